package org.creativeautomation.studio.cli;

import org.creativeautomation.engine.localize.xliff.XliffImporter;
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

/** {@code studio l10n import BRIEF FILE.xlf...}: translators' work into the translation memory. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Stores translators' XLIFF 2.0 files as approved translations.",
                "Every unit with a target goes into the translation memory, and the next run uses",
                "it (copy origin: memory). Every file is checked first against the brief: with any",
                "problem, nothing is stored."})
final class L10nImportCommand implements Callable<Integer> {
    @ParentCommand
    L10nCommand parent;

    @Mixin
    StudioOptions studio;

    @Parameters(index = "0", paramLabel = "BRIEF", description = "The campaign brief (.yaml, .yml or .json).")
    Path brief;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "FILE.xlf", description = "Translated XLIFF 2.0 files.")
    List<Path> files;

    @Override
    public Integer call() {
        var out = parent.context().out();
        try (StudioEngine engine = studio.openEngine(parent.context().env())) {
            Campaign campaign = engine.loader().load(brief);
            List<XliffImporter.Imported> imported = new XliffImporter(engine.translationMemory())
                    .importFiles(campaign.brief(), files);
            for (XliffImporter.Imported file : imported) {
                out.printf(Locale.ROOT, "%s: %s approved (%s)%s%n", file.file(),
                        Counts.of(file.approved(), "translation"), file.targetLocale(),
                        file.empty() == 0 ? "" : ", " + Counts.of(file.empty(), "unit") + " without a translation");
                file.notes().forEach(note -> out.println("  " + note));
            }
            out.println("The next run of " + brief + " uses them (copy origin: memory).");
        }
        return StudioCli.OK;
    }
}
