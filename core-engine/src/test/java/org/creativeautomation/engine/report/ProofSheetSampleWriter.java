package org.creativeautomation.engine.report;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;

import javax.imageio.ImageIO;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Writes the fixture campaign's proof sheet and renders its pages as PNGs for looking at the design;
 * not a test. Run with the test class path: {@code ProofSheetSampleWriter [folder]} (default /tmp):
 * writes {@code proof-sample.pdf}, {@code proof-sample-<page>.png} at 80 dpi, and the creatives it shows
 * under {@code proof-sample-creatives/}.
 */
public final class ProofSheetSampleWriter {
    private ProofSheetSampleWriter() {
    }

    public static void main(String[] args) throws IOException {
        System.setProperty("java.awt.headless", "true");
        Path folder = Path.of(args.length > 0 ? args[0] : "/tmp");
        Path creatives = folder.resolve("proof-sample-creatives");
        Path pdf = folder.resolve("proof-sample.pdf");
        ProofSheet.write(ProofFixtures.campaign(creatives), pdf);
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            PDFRenderer renderer = new PDFRenderer(document);
            for (int i = 0; i < document.getNumberOfPages(); i++) {
                ImageIO.write(renderer.renderImageWithDPI(i, 80), "png",
                        folder.resolve("proof-sample-" + (i + 1) + ".png").toFile());
            }
        }
    }
}
