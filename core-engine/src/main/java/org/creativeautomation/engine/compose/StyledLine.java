package org.creativeautomation.engine.compose;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.font.FontRenderContext;
import java.awt.font.TextAttribute;
import java.awt.font.TextLayout;
import java.text.AttributedString;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One line of a text block set for drawing: its characters with the font of each run, in the
 * block's direction, shaped by Java2D ({@link TextLayout}: bidi reordering, Arabic joining, Thai and
 * Devanagari clusters). The fitter measures lines built here and the renderer draws them, so what
 * is drawn is exactly what was measured. Right-to-left lines are aligned to the block's right edge.
 */
public final class StyledLine {
    static final FontRenderContext FRC = new FontRenderContext(null, true, true);

    private final TextLayout layout;
    private final float x;
    private final float baseline;

    private StyledLine(TextLayout layout, float x, float baseline) {
        this.layout = layout;
        this.x = x;
        this.baseline = baseline;
    }

    /**
     * Line {@code line} of a solved block, placed where the block puts it. The runs the block
     * records name the fonts; a line without runs (a block edited by hand) is set afresh with the
     * faces' fallback chain.
     *
     * @throws IllegalArgumentException for an empty line, which draws nothing
     */
    public static StyledLine of(TextBlock block, int line, TypeFaces faces) {
        String text = block.lines().get(line);
        if (text.isEmpty()) {
            throw new IllegalArgumentException("line " + line + " of the " + block.role() + " is empty");
        }
        Font face = faces.forRole(block.fontRole());
        List<FontSpan> spans = spansOf(block, line, face, faces.fallback())
                .orElseGet(() -> faces.fallback().spans(text, face, Locale.ROOT));
        TextLayout layout = layout(text, spans, block.sizePx(), block.direction());
        float left = block.x();
        if (block.direction().isRightToLeft()) {
            left = block.x() + block.box().width() - layout.getAdvance();
        }
        return new StyledLine(layout, left, block.baselines().get(line));
    }

    /** The shaped line. */
    public TextLayout layout() {
        return layout;
    }

    /** Canvas x of the line's left edge. */
    public float x() {
        return x;
    }

    /** Canvas y of the line's baseline. */
    public float baseline() {
        return baseline;
    }

    /** Draws the line with the graphics' current paint, shifted by ({@code dx}, {@code dy}). */
    public void draw(Graphics2D g, float dx, float dy) {
        layout.draw(g, x + dx, baseline + dy);
    }

    /** The runs of a line as font spans, when they cover it exactly and every font they name is at hand. */
    private static Optional<List<FontSpan>> spansOf(TextBlock block, int line, Font face, FontChain chain) {
        int length = block.lines().get(line).length();
        boolean heavy = FontChain.isHeavy(face);
        List<FontSpan> spans = new ArrayList<>();
        int at = 0;
        for (TextRun run : block.runs()) {
            if (run.line() != line) {
                continue;
            }
            if (run.start() != at || run.end() <= run.start() || run.end() > length) {
                return Optional.empty();
            }
            Optional<Font> font = isFace(face, run.fontName()) ? Optional.of(face) : chain.named(run.fontName(), heavy);
            if (font.isEmpty()) {
                return Optional.empty();
            }
            spans.add(new FontSpan(run.start(), run.end(), font.get()));
            at = run.end();
        }
        return at == length ? Optional.of(spans) : Optional.empty();
    }

    private static boolean isFace(Font face, String name) {
        return face.getFontName(Locale.ROOT).equalsIgnoreCase(name) || face.getFontName().equalsIgnoreCase(name);
    }

    /** A line of text shaped with its spans' fonts at a size, in a direction. */
    static TextLayout layout(String text, List<FontSpan> spans, float sizePx, TextDirection direction) {
        return new TextLayout(attributed(text, spans, sizePx, direction).getIterator(), FRC);
    }

    /** The text with each span's font at {@code sizePx}, kerned, in the given base direction. */
    static AttributedString attributed(String text, List<FontSpan> spans, float sizePx, TextDirection direction) {
        AttributedString styled = new AttributedString(text);
        styled.addAttribute(TextAttribute.RUN_DIRECTION, direction.runDirection());
        for (FontSpan span : spans) {
            styled.addAttribute(TextAttribute.FONT, sized(span.font(), sizePx), span.start(), span.end());
        }
        return styled;
    }

    /** The font at a size with kerning and ligatures on: brand faces are drawn as their designers spaced them. */
    static Font sized(Font font, float sizePx) {
        return font.deriveFont(Map.of(
                TextAttribute.SIZE, sizePx,
                TextAttribute.KERNING, TextAttribute.KERNING_ON,
                TextAttribute.LIGATURES, TextAttribute.LIGATURES_ON));
    }
}
