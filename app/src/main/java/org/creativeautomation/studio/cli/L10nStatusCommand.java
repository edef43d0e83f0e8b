package org.creativeautomation.studio.cli;

import org.creativeautomation.engine.comply.legal.CopyField;
import org.creativeautomation.engine.localize.CampaignCopy;
import org.creativeautomation.engine.localize.CopyText;
import org.creativeautomation.engine.localize.LocaleCopy;
import org.creativeautomation.engine.pipeline.Campaign;
import org.creativeautomation.engine.pipeline.StudioEngine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code studio l10n status BRIEF}: where each locale's copy comes from now. */
@Command(name = "status", mixinStandardHelpOptions = true,
        description = {"Shows where the copy of each locale of a brief comes from.",
                "As the next run without a translator would take it: brief, memory (approved),",
                "machine (awaiting approval) or source (untranslated)."})
final class L10nStatusCommand implements Callable<Integer> {
    @ParentCommand
    L10nCommand parent;

    @Mixin
    StudioOptions studio;

    @Parameters(index = "0", paramLabel = "BRIEF", description = "The campaign brief (.yaml, .yml or .json).")
    Path brief;

    @Override
    public Integer call() {
        var out = parent.context().out();
        try (StudioEngine engine = studio.openEngine(parent.context().env())) {
            Campaign campaign = engine.loader().load(brief);
            CampaignCopy copy = engine.localizer().localize(campaign.brief(), campaign.kit().kit(),
                    campaign.kit().faces(), null);
            out.printf(Locale.ROOT, "%s: %s%n", campaign.brief().campaign(),
                    Counts.of(copy.byLocale().size(), "locale"));
            for (LocaleCopy locale : copy.byLocale().values()) {
                out.printf(Locale.ROOT, "  %-8s %s%n", locale.localeTag(), locale.origin().label());
                for (Map.Entry<CopyField, CopyText> text : locale.translated()) {
                    out.printf(Locale.ROOT, "    %-11s %-28s \"%s\"%n", text.getKey().label(), describe(text.getValue()),
                            text.getValue().text());
                }
            }
        }
        return StudioCli.OK;
    }

    static String describe(CopyText text) {
        return switch (text.origin()) {
            case BRIEF -> "brief";
            case MEMORY -> text.isFuzzy() ? "memory (" + text.matchPercent() + "% match)" : "memory (approved)";
            case MACHINE -> "machine (" + text.by() + ")";
            case SOURCE -> "source (untranslated)";
        };
    }
}
