package org.creativeautomation.engine.report;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageFitWidthDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.creativeautomation.engine.store.AtomicFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;

/**
 * The proof sheet PDF a creative lead reviews and signs off: a cover with the campaign, brand kit and
 * totals, then per product every creative with its badge and finding boxes, the findings, and a
 * fillable approval block. Text is real (embedded DejaVu subsets), so it can be searched and copied.
 */
public final class ProofSheet {
    /** The sheet's name in an output folder. */
    public static final String FILE_NAME = "proof-sheet.pdf";
    private static final Logger LOG = LoggerFactory.getLogger(ProofSheet.class);

    private ProofSheet() {
    }

    /**
     * Writes the sheet to {@code target}, replacing it in one step: readers see the old sheet or the
     * new one, never half of one.
     */
    public static void write(ProofSheetInput input, Path target) throws IOException {
        try (PDDocument document = new PDDocument()) {
            compose(document, input);
            AtomicFiles.write(target, document::save);
        }
        LOG.debug("Proof sheet for {} written to {}", input.campaign(), target);
    }

    private static void compose(PDDocument document, ProofSheetInput input) throws IOException {
        describe(document, input);
        ProofFonts fonts = ProofFonts.load(document);
        PDPage cover = new PDPage(ProofStyle.PAGE);
        document.addPage(cover);

        ProductPages productPages = new ProductPages(document, fonts, new ThumbnailImages(document),
                new ApprovalForm(document));
        List<CoverPage.ProductStart> starts = new ArrayList<>();
        for (ProofProduct product : input.products()) {
            int first = productPages.write(product);
            starts.add(new CoverPage.ProductStart(product, document.getPage(first), first + 1));
        }
        try (PageDrawing drawing = PageDrawing.on(document, cover, fonts)) {
            new CoverPage(drawing, cover).draw(input, starts);
        }
        PageFrame.draw(document, fonts, input);
        outline(document, cover, starts);
    }

    private static void describe(PDDocument document, ProofSheetInput input) {
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle("Proof sheet: " + input.campaignName());
        info.setSubject("Creatives of campaign " + input.campaign() + " checked against brand kit "
                + input.brandKitId() + " " + input.brandKitVersion());
        info.setCreator("Creative Automation Studio");
        info.setCreationDate(Calendar.getInstance());
    }

    /** Bookmarks: the cover, then each product's first page. */
    private static void outline(PDDocument document, PDPage cover, List<CoverPage.ProductStart> starts) {
        PDDocumentOutline outline = new PDDocumentOutline();
        outline.addLast(bookmark("Cover", cover));
        for (CoverPage.ProductStart start : starts) {
            outline.addLast(bookmark(start.product().name(), start.page()));
        }
        document.getDocumentCatalog().setDocumentOutline(outline);
    }

    private static PDOutlineItem bookmark(String title, PDPage page) {
        PDPageFitWidthDestination destination = new PDPageFitWidthDestination();
        destination.setPage(page);
        PDOutlineItem item = new PDOutlineItem();
        item.setTitle(title);
        item.setDestination(destination);
        return item;
    }
}
