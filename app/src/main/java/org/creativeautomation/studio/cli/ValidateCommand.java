package org.creativeautomation.studio.cli;

import org.creativeautomation.engine.brief.Brief;
import org.creativeautomation.engine.pipeline.Campaign;
import org.creativeautomation.engine.pipeline.StudioEngine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code studio validate BRIEF}: checks a brief and its brand kit without producing anything. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Checks a brief and the brand kit it names.",
                "Prints OK, or every problem one per line as file:line:column field: problem.",
                "Exit code 0 when the brief is valid, 2 when it is not."})
final class ValidateCommand implements Callable<Integer> {
    @ParentCommand
    StudioCommand root;

    @Mixin
    StudioOptions studio;

    @Parameters(index = "0", paramLabel = "BRIEF", description = "The campaign brief (.yaml, .yml or .json).")
    Path brief;

    @Override
    public Integer call() {
        try (StudioEngine engine = studio.openEngine(root.context.env())) {
            Campaign campaign = engine.loader().load(brief);
            Brief b = campaign.brief();
            root.context.out().println("OK");
            root.context.out().printf(Locale.ROOT, "%s: %s, brand kit %s %s%n", b.campaign(), Counts.matrix(b),
                    campaign.kit().kit().id(), campaign.kit().kit().version());
            List<String> toTranslate = b.locales().stream().filter(locale -> !b.message().has(locale)
                    || b.cta() != null && !b.cta().has(locale)
                    || b.disclaimer() != null && !b.disclaimer().has(locale)).toList();
            if (!toTranslate.isEmpty()) {
                root.context.out().printf(Locale.ROOT, "copy to translate when the campaign runs: %s%n",
                        String.join(", ", toTranslate));
            }
        }
        return StudioCli.OK;
    }
}
