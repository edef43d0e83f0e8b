package org.creativeautomation.engine.report;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

/**
 * The two faces of the sheet (DejaVu Sans and its bold), embedded as subsets so the text is real,
 * selectable and looks the same in every reader. Findings and captions can hold any Unicode; a
 * character the font cannot draw becomes {@code ?} instead of failing the whole report.
 */
final class ProofFonts {
    private static final char REPLACEMENT = '?';

    private final PDType0Font regular;
    private final PDType0Font bold;
    /** Per font, whether it can encode a code point; findings repeat the same characters a lot. */
    private final Map<PDFont, Map<Integer, Boolean>> encodable = new HashMap<>();

    private ProofFonts(PDType0Font regular, PDType0Font bold) {
        this.regular = regular;
        this.bold = bold;
    }

    static ProofFonts load(PDDocument document) throws IOException {
        return new ProofFonts(load(document, "fonts/DejaVuSans.ttf"), load(document, "fonts/DejaVuSans-Bold.ttf"));
    }

    private static PDType0Font load(PDDocument document, String resource) throws IOException {
        TrueTypeFont ttf;
        try (InputStream in = ProofFonts.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("font resource missing from the engine: " + resource);
            }
            ttf = new TTFParser().parse(new RandomAccessReadBuffer(in));
        }
        // Without this PDFBox swaps "ff", "fi", "fl" for ligature glyphs, which readers then copy
        // and search as U+FB00..FB04: "palette.off-brand" would not be found by its id.
        ttf.setEnableGsub(false);
        // The subset is cut from the parsed font when the document is saved, so it lives as long as the document.
        document.registerTrueTypeFontForClosing(ttf);
        return PDType0Font.load(document, ttf, true);
    }

    PDFont regular() {
        return regular;
    }

    PDFont bold() {
        return bold;
    }

    /**
     * {@code text} as the font can show it: line breaks and tabs become spaces, other control
     * characters are dropped, and characters without a glyph become {@code ?}.
     */
    String printable(PDFont font, String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (cp == '\n' || cp == '\r' || cp == '\t') {
                out.append(' ');
            } else if (Character.isISOControl(cp) || Character.getType(cp) == Character.FORMAT) {
                // Invisible: nothing to show, and they would only confuse width measurement.
                return;
            } else if (canEncode(font, cp)) {
                out.appendCodePoint(cp);
            } else {
                out.append(REPLACEMENT);
            }
        });
        return out.toString();
    }

    /** The width in points of text already made {@link #printable}. */
    float width(PDFont font, String printable, float size) {
        try {
            return font.getStringWidth(printable) / 1000f * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private boolean canEncode(PDFont font, int codePoint) {
        return encodable.computeIfAbsent(font, f -> new HashMap<>()).computeIfAbsent(codePoint, cp -> {
            try {
                font.encode(new String(Character.toChars(cp)));
                return true;
            } catch (IllegalArgumentException | IOException noGlyph) {
                return false;
            }
        });
    }
}
