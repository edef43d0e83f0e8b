package org.creativeautomation.studio.cli;

import org.creativeautomation.engine.localize.CampaignCopy;
import org.creativeautomation.engine.localize.TranslationApprover;
import org.creativeautomation.engine.pipeline.Campaign;
import org.creativeautomation.engine.pipeline.StudioEngine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code studio l10n approve BRIEF --locale TAG}: a person stands behind a locale's translated copy. */
@Command(name = "approve", mixinStandardHelpOptions = true,
        description = {"Approves the translated copy of locales of a brief.",
                "Its machine translations (and approved translations of similar texts standing in",
                "for one) become approved translations in the translation memory, which the next",
                "run uses (origin memory). A locale with untranslated text is refused, and then",
                "nothing is approved."})
final class L10nApproveCommand implements Callable<Integer> {
    @ParentCommand
    L10nCommand parent;

    @Mixin
    StudioOptions studio;

    @Parameters(index = "0", paramLabel = "BRIEF", description = "The campaign brief (.yaml, .yml or .json).")
    Path brief;

    @Option(names = "--locale", paramLabel = "TAG", required = true,
            description = "A locale whose translated copy to approve, e.g. de-DE; repeat for several.")
    List<String> locales;

    @Override
    public Integer call() {
        var out = parent.context().out();
        try (StudioEngine engine = studio.openEngine(parent.context().env())) {
            Campaign campaign = engine.loader().load(brief);
            CampaignCopy copy = engine.localizer().localize(campaign.brief(), campaign.kit().kit(),
                    campaign.kit().faces(), null);
            List<TranslationApprover.Approved> approved = new TranslationApprover(engine.translationMemory())
                    .approve(campaign.brief(), copy, locales);
            if (approved.isEmpty()) {
                out.printf(Locale.ROOT, "Nothing awaits approval in %s: every text is the brief's or approved.%n",
                        String.join(", ", locales));
                return StudioCli.OK;
            }
            out.printf(Locale.ROOT, "Approved %s into the translation memory:%n",
                    Counts.of(approved.size(), "text"));
            for (TranslationApprover.Approved a : approved) {
                out.printf(Locale.ROOT, "  %s %s: \"%s\" (was: %s)%n", a.locale(), a.field().label(), a.text(), a.was());
            }
            out.println("The next run uses them (copy origin: memory).");
        }
        return StudioCli.OK;
    }
}
