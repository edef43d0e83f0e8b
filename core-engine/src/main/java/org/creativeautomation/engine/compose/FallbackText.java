package org.creativeautomation.engine.compose;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.font.TextAttribute;
import java.awt.font.TextLayout;
import java.text.AttributedString;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Sets text in a kit font, switching to the system's sans-serif for characters the kit font has no
 * glyph for, so a missing glyph never shows as an empty box.
 */
public final class FallbackText {
    static final FontRenderContext FRC = new FontRenderContext(null, true, true);

    private FallbackText() {
    }

    /** True when every character of the text has a glyph in the font. */
    public static boolean coveredBy(Font font, String text) {
        return font.canDisplayUpTo(text) == -1;
    }

    /** The text with the kit font, and the fallback on the characters the kit font lacks. */
    public static AttributedString styled(String text, Font font) {
        AttributedString styled = new AttributedString(text);
        styled.addAttribute(TextAttribute.FONT, font);
        if (coveredBy(font, text)) {
            return styled;
        }
        Font fallback = fallbackFor(font);
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            int n = Character.charCount(cp);
            if (!font.canDisplay(cp) && !Character.isWhitespace(cp)) {
                styled.addAttribute(TextAttribute.FONT, fallback, i, i + n);
            }
            i += n;
        }
        return styled;
    }

    /**
     * The distinct code points of the text, in order of first use, that neither the font nor its
     * fallback has a glyph for: they would be drawn as empty boxes. Spaces, controls, format
     * characters (joiners) and variation selectors are skipped since they draw nothing anyway.
     */
    public static List<Integer> undrawable(Font font, String text) {
        if (text == null || coveredBy(font, text)) {
            return List.of();
        }
        Font fallback = fallbackFor(font);
        Set<Integer> missing = new LinkedHashSet<>();
        text.codePoints()
                .filter(cp -> drawsSomething(cp) && !font.canDisplay(cp) && !fallback.canDisplay(cp))
                .forEach(missing::add);
        return List.copyOf(missing);
    }

    private static boolean drawsSomething(int cp) {
        return !Character.isWhitespace(cp) && !Character.isISOControl(cp)
                && Character.getType(cp) != Character.FORMAT && !isVariationSelector(cp);
    }

    private static boolean isVariationSelector(int cp) {
        return (cp >= 0xFE00 && cp <= 0xFE0F) || (cp >= 0xE0100 && cp <= 0xE01EF);
    }

    /** Width in pixels of a line as it will be drawn. */
    public static double advance(Font font, String text) {
        if (text.isEmpty()) {
            return 0;
        }
        if (coveredBy(font, text)) {
            return font.getStringBounds(text, FRC).getWidth();
        }
        return new TextLayout(styled(text, font).getIterator(), FRC).getAdvance();
    }

    /** The system sans-serif at the same size, bold when the kit face is a bold or heavier weight. */
    static Font fallbackFor(Font font) {
        String name = font.getFontName().toLowerCase(Locale.ROOT);
        boolean heavy = font.isBold() || name.contains("bold") || name.contains("black") || name.contains("heavy");
        return new Font(Font.SANS_SERIF, heavy ? Font.BOLD : Font.PLAIN, 1).deriveFont(font.getSize2D());
    }
}
