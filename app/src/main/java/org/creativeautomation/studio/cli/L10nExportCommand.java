package org.creativeautomation.studio.cli;

import org.creativeautomation.engine.document.InvalidInputException;
import org.creativeautomation.engine.localize.CampaignCopy;
import org.creativeautomation.engine.localize.market.MarketProfiles;
import org.creativeautomation.engine.localize.xliff.XliffExporter;
import org.creativeautomation.engine.pipeline.Campaign;
import org.creativeautomation.engine.pipeline.StudioEngine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code studio l10n export BRIEF --out DIR}: the copy translators should do, as XLIFF 2.0. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Writes the copy translators should do as XLIFF 2.0 files.",
                "One file per target locale (DIR/<locale>.xlf), a unit per text the brief gives in",
                "another locale only. Approved translations are the units' targets; machine",
                "translations are offered as candidates. Each unit notes its length budget and",
                "the terms that stay as written."})
final class L10nExportCommand implements Callable<Integer> {
    @ParentCommand
    L10nCommand parent;

    @Mixin
    StudioOptions studio;

    @Parameters(index = "0", paramLabel = "BRIEF", description = "The campaign brief (.yaml, .yml or .json).")
    Path brief;

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "Folder for the .xlf files.")
    Path out;

    @Override
    public Integer call() {
        var print = parent.context().out();
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new InvalidInputException("--out " + out + ": not a folder (the .xlf files go into a folder)");
        }
        try (StudioEngine engine = studio.openEngine(parent.context().env())) {
            Campaign campaign = engine.loader().load(brief);
            CampaignCopy copy = engine.localizer().localize(campaign.brief(), campaign.kit().kit(),
                    campaign.kit().faces(), null);
            List<XliffExporter.Written> written = new XliffExporter(MarketProfiles.shipped(), engine.localizer())
                    .export(campaign.brief(), campaign.kit().kit(), campaign.kit().faces(), copy, out);
            if (written.isEmpty()) {
                print.println("Nothing to translate: the brief gives every locale its text.");
                return StudioCli.OK;
            }
            for (XliffExporter.Written file : written) {
                print.printf(Locale.ROOT, "%s: %s, %d to translate%n", file.file(), Counts.of(file.units(), "unit"),
                        file.toTranslate());
            }
            print.println("Send them to translators; bring them back with: studio l10n import " + brief + " FILE.xlf...");
        }
        return StudioCli.OK;
    }
}
