package org.creativeautomation.engine.report;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState;

import java.awt.Color;
import java.io.IOException;
import java.util.List;

/**
 * Drawing on one page in points, origin bottom left as in PDF. Text goes through {@link ProofFonts}
 * so anything the callers pass is safe to show.
 */
final class PageDrawing implements AutoCloseable {
    /** Bezier handle length that makes a quarter circle. */
    private static final float KAPPA = 0.5523f;

    private final PDPageContentStream stream;
    private final ProofFonts fonts;
    private final LineBreaker breaker;

    private PageDrawing(PDPageContentStream stream, ProofFonts fonts) {
        this.stream = stream;
        this.fonts = fonts;
        this.breaker = new LineBreaker(fonts);
    }

    /** Draws on a fresh page. */
    static PageDrawing on(PDDocument document, PDPage page, ProofFonts fonts) throws IOException {
        return new PageDrawing(new PDPageContentStream(document, page), fonts);
    }

    /** Draws over what a page already shows (headers and footers, added once the page count is known). */
    static PageDrawing over(PDDocument document, PDPage page, ProofFonts fonts) throws IOException {
        return new PageDrawing(new PDPageContentStream(document, page, PDPageContentStream.AppendMode.APPEND, true, true),
                fonts);
    }

    ProofFonts fonts() {
        return fonts;
    }

    LineBreaker breaker() {
        return breaker;
    }

    float width(String text, PDFont font, float size) {
        return fonts.width(font, fonts.printable(font, text), size);
    }

    /** Text with its baseline at {@code y}, starting at {@code x}. Returns the width drawn. */
    float text(String text, float x, float y, PDFont font, float size, Color color) throws IOException {
        String printable = fonts.printable(font, text);
        if (printable.isEmpty()) {
            return 0;
        }
        stream.beginText();
        stream.setFont(font, size);
        stream.setNonStrokingColor(color);
        stream.newLineAtOffset(x, y);
        stream.showText(printable);
        stream.endText();
        return fonts.width(font, printable, size);
    }

    /** Text ending at {@code right}. */
    float textRight(String text, float right, float y, PDFont font, float size, Color color) throws IOException {
        float w = width(text, font, size);
        return text(text, right - w, y, font, size, color);
    }

    float textCentered(String text, float centre, float y, PDFont font, float size, Color color) throws IOException {
        float w = width(text, font, size);
        return text(text, centre - w / 2, y, font, size, color);
    }

    /** One line shortened with an ellipsis to fit {@code width}. */
    float textFitted(String text, float x, float y, float width, PDFont font, float size, Color color)
            throws IOException {
        return text(breaker.ellipsized(text, font, size, width), x, y, font, size, color);
    }

    /** Lines from the first baseline {@code y} down, {@code leading} apart. Returns the y below the last. */
    float lines(List<String> lines, float x, float y, float leading, PDFont font, float size, Color color)
            throws IOException {
        float baseline = y;
        for (String line : lines) {
            text(line, x, baseline, font, size, color);
            baseline -= leading;
        }
        return baseline;
    }

    void fillRect(float x, float y, float w, float h, Color color) throws IOException {
        stream.setNonStrokingColor(color);
        stream.addRect(x, y, w, h);
        stream.fill();
    }

    void strokeRect(float x, float y, float w, float h, Color color, float lineWidth) throws IOException {
        stream.setStrokingColor(color);
        stream.setLineWidth(lineWidth);
        stream.addRect(x, y, w, h);
        stream.stroke();
    }

    /** A rectangle filled with {@code color} at {@code alpha} opacity, so what is below still shows. */
    void tintRect(float x, float y, float w, float h, Color color, float alpha) throws IOException {
        stream.saveGraphicsState();
        PDExtendedGraphicsState translucent = new PDExtendedGraphicsState();
        translucent.setNonStrokingAlphaConstant(alpha);
        stream.setGraphicsStateParameters(translucent);
        fillRect(x, y, w, h, color);
        stream.restoreGraphicsState();
    }

    void fillRoundRect(float x, float y, float w, float h, float r, Color color) throws IOException {
        stream.setNonStrokingColor(color);
        roundRectPath(x, y, w, h, r);
        stream.fill();
    }

    void strokeRoundRect(float x, float y, float w, float h, float r, Color color, float lineWidth)
            throws IOException {
        stream.setStrokingColor(color);
        stream.setLineWidth(lineWidth);
        roundRectPath(x, y, w, h, r);
        stream.stroke();
    }

    void line(float x1, float y1, float x2, float y2, Color color, float lineWidth) throws IOException {
        stream.setStrokingColor(color);
        stream.setLineWidth(lineWidth);
        stream.moveTo(x1, y1);
        stream.lineTo(x2, y2);
        stream.stroke();
    }

    void fillCircle(float cx, float cy, float r, Color color) throws IOException {
        stream.setNonStrokingColor(color);
        float k = KAPPA * r;
        stream.moveTo(cx + r, cy);
        stream.curveTo(cx + r, cy + k, cx + k, cy + r, cx, cy + r);
        stream.curveTo(cx - k, cy + r, cx - r, cy + k, cx - r, cy);
        stream.curveTo(cx - r, cy - k, cx - k, cy - r, cx, cy - r);
        stream.curveTo(cx + k, cy - r, cx + r, cy - k, cx + r, cy);
        stream.fill();
    }

    /**
     * A rounded label ("pill") whose bottom left corner is at {@code x, y}. Returns its width so
     * callers can place the next one.
     */
    float pill(String label, float x, float y, float height, PDFont font, float size, Color fill, Color ink)
            throws IOException {
        float padding = height * 0.45f;
        float w = width(label, font, size) + 2 * padding;
        fillRoundRect(x, y, w, height, height / 2, fill);
        // Cap height of DejaVu is about 0.73 em: this centres capitals vertically.
        text(label, x + padding, y + (height - 0.73f * size) / 2, font, size, ink);
        return w;
    }

    float pillWidth(String label, float height, PDFont font, float size) {
        return width(label, font, size) + 2 * height * 0.45f;
    }

    /** A number in a filled circle, centred on {@code cx, cy}: the marker tying a box to its finding. */
    void marker(int number, float cx, float cy, float r, Color fill, Color ink) throws IOException {
        fillCircle(cx, cy, r, fill);
        float size = r * (number >= 10 ? 1.0f : 1.2f);
        textCentered(Integer.toString(number), cx, cy - 0.36f * size, fonts.bold(), size, ink);
    }

    void image(PDImageXObject image, float x, float y, float w, float h) throws IOException {
        stream.drawImage(image, x, y, w, h);
    }

    /** Limits what follows (until {@link #endClip}) to a rectangle. */
    void beginClip(float x, float y, float w, float h) throws IOException {
        stream.saveGraphicsState();
        stream.addRect(x, y, w, h);
        stream.clip();
    }

    void endClip() throws IOException {
        stream.restoreGraphicsState();
    }


    private void roundRectPath(float x, float y, float w, float h, float r) throws IOException {
        float radius = Math.min(r, Math.min(w, h) / 2);
        float k = KAPPA * radius;
        stream.moveTo(x + radius, y);
        stream.lineTo(x + w - radius, y);
        stream.curveTo(x + w - radius + k, y, x + w, y + radius - k, x + w, y + radius);
        stream.lineTo(x + w, y + h - radius);
        stream.curveTo(x + w, y + h - radius + k, x + w - radius + k, y + h, x + w - radius, y + h);
        stream.lineTo(x + radius, y + h);
        stream.curveTo(x + radius - k, y + h, x, y + h - radius + k, x, y + h - radius);
        stream.lineTo(x, y + radius);
        stream.curveTo(x, y + radius - k, x + radius - k, y, x + radius, y);
        stream.closePath();
    }

    @Override
    public void close() throws IOException {
        stream.close();
    }
}
