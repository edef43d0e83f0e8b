package org.creativeautomation.engine.pipeline;

import org.creativeautomation.engine.comply.ComplianceReport;
import org.creativeautomation.engine.comply.ComplianceReportFile;
import org.creativeautomation.engine.document.InvalidInputException;
import org.creativeautomation.engine.report.ProofCreative;
import org.creativeautomation.engine.report.ProofProduct;
import org.creativeautomation.engine.report.ProofSheet;
import org.creativeautomation.engine.report.ProofSheetInput;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Builds {@code proof-sheet.pdf} from an output folder's manifest and findings. */
public final class ProofSheets {
    public static final String NAME = ProofSheet.FILE_NAME;

    private ProofSheets() {
    }

    /** Rebuilds the proof sheet of an output folder, as {@code studio report DIR} does. */
    public static Path rebuild(Path outDir, LocalDate date) {
        if (!Files.isDirectory(outDir)) {
            throw new InvalidInputException(outDir + ": no such folder (expected a campaign's output folder)");
        }
        Manifest manifest = ManifestFile.read(outDir).orElseThrow(() -> new InvalidInputException(
                outDir + ": has no readable " + ManifestFile.NAME + " (expected the output folder of 'studio run')"));
        ComplianceReport report = ComplianceReportFile.read(outDir).orElseThrow(() -> new InvalidInputException(
                outDir + ": has no readable " + ComplianceReportFile.NAME + " (run the campaign again to check it)"));
        return write(outDir, manifest, report, date, Map.of());
    }

    /** @param thumbnails proof-sheet thumbnails of creatives made in this run, by output path */
    static Path write(Path outDir, Manifest manifest, ComplianceReport report, LocalDate date,
                      Map<String, byte[]> thumbnails) {
        Map<String, ComplianceReport.Entry> byPath = new HashMap<>();
        report.creatives().forEach(e -> byPath.put(e.path(), e));
        List<ProofProduct> products = manifest.products().stream()
                .map(p -> new ProofProduct(p.id(), p.name(), manifest.creatives().stream()
                        .filter(c -> c.product().equals(p.id()))
                        .map(c -> proofCreative(outDir, c, byPath.get(c.path()), thumbnails.get(c.path())))
                        .toList()))
                .toList();
        ProofSheetInput input = new ProofSheetInput(manifest.campaign(), manifest.name(), manifest.brandKit().id(),
                manifest.brandKit().version(), manifest.brandKit().name(), date, products);
        Path target = outDir.resolve(NAME);
        try {
            ProofSheet.write(input, target);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target, e);
        }
        return target;
    }

    private static ProofCreative proofCreative(Path outDir, Manifest.Entry c, ComplianceReport.Entry checked,
                                               byte[] thumbnail) {
        return new ProofCreative(c.ratio(), c.locale(), outDir.resolve(c.path()), c.width(), c.height(),
                checked == null ? c.compliance().status() : checked.status(),
                checked == null ? List.of() : checked.findings().stream().map(ComplianceReport.FindingJson::toFinding).toList(),
                thumbnail);
    }
}
