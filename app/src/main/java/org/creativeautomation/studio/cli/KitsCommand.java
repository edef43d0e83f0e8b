package org.creativeautomation.studio.cli;

import org.creativeautomation.engine.brand.BrandKit;
import org.creativeautomation.engine.brand.BrandKitException;
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
        int result = StudioCli.OK;
        try (StudioEngine engine = studio.openEngine(root.context.env())) {
            var out = root.context.out();
            for (String id : engine.kits().availableIds()) {
                try {
                    BrandKit kit = engine.kits().find(id);
                    out.printf(Locale.ROOT, "%-20s %-8s %-28s %s%n", id, kit.version(), kit.name(), kit.folder());
                } catch (BrandKitException e) {
                    // A broken kit is listed with its problems; the others still are listed.
                    out.printf(Locale.ROOT, "%-20s %-8s %-28s %s%n", id, "-", "(cannot be used)",
                            engine.kits().folderOf(id).map(Object::toString).orElse(""));
                    e.lines().forEach(line -> root.context.err().println("  " + line));
                    result = StudioCli.BAD_INPUT;
                }
            }
        }
        return result;
    }
}
