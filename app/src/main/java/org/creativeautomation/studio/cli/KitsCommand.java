package org.creativeautomation.studio.cli;

import org.creativeautomation.engine.brand.BrandKit;
import org.creativeautomation.engine.pipeline.StudioEngine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code studio kits}: lists the brand kits briefs can name. */
@Command(name = "kits", mixinStandardHelpOptions = true,
        description = {"Lists the brand kits a brief can name.",
                "A kit id is looked up in --brand-kits, then in the studio home's installed",
                "kits, then in the kits shipped with the studio; the first match is used."})
final class KitsCommand implements Callable<Integer> {
    @ParentCommand
    StudioCommand root;

    @Mixin
    StudioOptions studio;

    @Override
    public Integer call() {
        try (StudioEngine engine = studio.openEngine(root.context.env())) {
            var out = root.context.out();
            for (String id : engine.kits().availableIds()) {
                BrandKit kit = engine.kits().find(id);
                out.printf(Locale.ROOT, "%-20s %-8s %-28s %s%n", id, kit.version(), kit.name(), kit.folder());
            }
        }
        return StudioCli.OK;
    }
}
