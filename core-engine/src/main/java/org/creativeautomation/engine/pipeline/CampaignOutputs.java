package org.creativeautomation.engine.pipeline;

import org.creativeautomation.engine.brand.BrandKit;
import org.creativeautomation.engine.brief.Brief;
import org.creativeautomation.engine.comply.ComplianceReport;
import org.creativeautomation.engine.comply.ComplianceReportFile;
import org.creativeautomation.engine.comply.ComplianceStatus;
import org.creativeautomation.engine.compose.OutputFormat;
import org.creativeautomation.engine.compose.TextDirection;
import org.creativeautomation.engine.localize.market.MarketProfile;
import org.creativeautomation.engine.localize.market.MarketProfiles;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Writes what a run leaves beside the creatives: compliance.json, manifest.json and the proof sheet. */
final class CampaignOutputs {
    private CampaignOutputs() {
    }

    record Counts(int creatives, int rendered, int removed, int generated, int cached, long elapsedMs) {
    }

    record Written(Path manifest, Path compliance, Path proofSheet, ComplianceTally tally) {
    }

    static Written write(Path outDir, Brief brief, BrandKit kit, OutputFormat format, List<ProducedCreative> creatives,
                         Counts counts, Clock clock) {
        ComplianceReport report = new ComplianceReport(brief.campaign(), kit.id() + "@" + kit.version(),
                creatives.stream().map(c -> new ComplianceReport.Entry(c.entry().path(), c.entry().product(),
                        c.entry().ratio(), c.entry().locale(), ComplianceStatus.of(c.findings()),
                        c.findings().stream().map(ComplianceReport.FindingJson::of).toList(), c.performance())).toList());
        Path compliance = ComplianceReportFile.write(outDir, report);

        ComplianceTally tally = ComplianceTally.of(creatives.stream().map(ProducedCreative::findings).toList());
        Manifest.Stats stats = new Manifest.Stats(counts.creatives(), counts.rendered(),
                counts.creatives() - counts.rendered(), counts.removed(), counts.generated(), counts.cached(),
                counts.elapsedMs(), tally.passed(), tally.warned(), tally.failed());
        Manifest manifest = new Manifest(brief.campaign(), brief.displayName(),
                new Manifest.KitRef(kit.id(), kit.version(), kit.name()), brief.market().region(),
                markets(brief), EngineVersion.value(), format.extension(),
                brief.products().stream().map(p -> new Manifest.ProductRef(p.id(), p.name())).toList(),
                creatives.stream().map(ProducedCreative::entry).toList(), stats);
        Path manifestFile = ManifestFile.write(outDir, manifest);

        Map<String, byte[]> thumbnails = new HashMap<>();
        creatives.stream().filter(c -> c.thumbnail() != null).forEach(c -> thumbnails.put(c.entry().path(), c.thumbnail()));
        Path proofSheet = ProofSheets.write(outDir, manifest, report, LocalDate.now(clock), thumbnails);
        return new Written(manifestFile, compliance, proofSheet, tally);
    }

    private static List<Manifest.MarketRef> markets(Brief brief) {
        MarketProfiles profiles = MarketProfiles.shipped();
        return brief.markets().stream().map(market -> {
            MarketProfile profile = profiles.forRegion(market.region()).orElse(null);
            return new Manifest.MarketRef(market.region(), market.locales(),
                    profile == null ? null : profile.currency(),
                    profile == null ? null : profile.direction() == TextDirection.RIGHT_TO_LEFT ? "rtl" : "ltr");
        }).toList();
    }
}
