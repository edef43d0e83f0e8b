package org.creativeautomation.engine.report;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;

import java.io.IOException;

/**
 * Content laid out top to bottom over as many pages as it needs: callers ask whether the next block
 * fits and start a new page when it does not, so no block is ever cut by the page edge.
 */
final class PageFlow implements AutoCloseable {
    private final PDDocument document;
    private final ProofFonts fonts;
    private PDPage page;
    private PageDrawing drawing;
    private float y;

    PageFlow(PDDocument document, ProofFonts fonts) {
        this.document = document;
        this.fonts = fonts;
    }

    /** Starts a page; the cursor is at the top of its content area. Returns the page's index. */
    int newPage() throws IOException {
        close();
        page = new PDPage(ProofStyle.PAGE);
        document.addPage(page);
        drawing = PageDrawing.on(document, page, fonts);
        y = ProofStyle.CONTENT_TOP;
        return document.getNumberOfPages() - 1;
    }

    PDPage page() {
        return page;
    }

    PageDrawing drawing() {
        return drawing;
    }

    /** The cursor: where the next block's top goes. */
    float y() {
        return y;
    }

    void down(float by) {
        y -= by;
    }

    boolean fits(float height) {
        return y - height >= ProofStyle.CONTENT_BOTTOM;
    }

    @Override
    public void close() throws IOException {
        if (drawing != null) {
            drawing.close();
            drawing = null;
        }
    }
}
