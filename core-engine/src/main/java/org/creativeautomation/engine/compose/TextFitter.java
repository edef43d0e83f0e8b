package org.creativeautomation.engine.compose;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.font.LineMetrics;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the largest font size at which a text fits a box within a line limit, measuring real glyph
 * advances, and breaks its lines evenly so that no lone word hangs on the last line when avoidable.
 */
public final class TextFitter {
    private static final FontRenderContext FRC = new FontRenderContext(null, true, true);

    private final double lineSpacing;

    /** @param lineSpacing line height as a multiple of the font size (e.g. 1.1) */
    public TextFitter(double lineSpacing) {
        this.lineSpacing = lineSpacing;
    }

    /**
     * Fits {@code text} into {@code maxWidth} x {@code maxHeight}; sizes are tried between
     * {@code minPx} and {@code maxPx}. When nothing fits, the result is at {@code minPx} and flagged.
     */
    public FittedText fit(String text, Font font, int maxWidth, int maxHeight, int maxLines, float minPx, float maxPx) {
        int lo = (int) Math.ceil(minPx);
        int hi = Math.max(lo, (int) Math.floor(maxPx));
        FittedText best = null;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            FittedText candidate = layout(text, font, mid, maxWidth);
            if (candidate.lines().size() <= maxLines && candidate.height() <= maxHeight
                    && candidate.width() <= maxWidth) {
                best = candidate;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        if (best == null) {
            FittedText atMin = layout(text, font, minPx, maxWidth);
            return new FittedText(atMin.lines(), atMin.sizePx(), atMin.lineHeight(), atMin.ascent(),
                    atMin.descent(), atMin.width(), true);
        }
        return best;
    }

    /** Breaks the text at a fixed size into balanced lines no wider than {@code maxWidth}. */
    public FittedText layout(String text, Font font, float sizePx, int maxWidth) {
        Font sized = font.deriveFont(sizePx);
        List<String> greedy = wrap(text, sized, maxWidth);
        List<String> lines = balance(text, sized, maxWidth, greedy);
        LineMetrics metrics = sized.getLineMetrics("Hg", FRC);
        int ascent = (int) Math.ceil(metrics.getAscent());
        int descent = (int) Math.ceil(metrics.getDescent());
        int lineHeight = (int) Math.round(sizePx * lineSpacing);
        int width = 0;
        for (String line : lines) {
            width = Math.max(width, (int) Math.ceil(advance(sized, line)));
        }
        return new FittedText(lines, sizePx, lineHeight, ascent, descent, width, false);
    }

    /** Width in pixels of a line set in {@code font}. */
    public static double advance(Font font, String line) {
        return FallbackText.advance(font, line);
    }

    /** Narrows the wrap width as far as the line count allows, which evens out the line lengths. */
    private List<String> balance(String text, Font font, int maxWidth, List<String> greedy) {
        if (greedy.size() < 2) {
            return greedy;
        }
        int lo = maxWidth / 2;
        int hi = maxWidth;
        List<String> best = greedy;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            List<String> attempt = wrap(text, font, mid);
            if (attempt.size() <= greedy.size() && fitsWidth(attempt, font, mid)) {
                best = attempt;
                hi = mid - 1;
            } else {
                lo = mid + 1;
            }
        }
        return best;
    }

    private static boolean fitsWidth(List<String> lines, Font font, int width) {
        for (String line : lines) {
            if (advance(font, line) > width) {
                return false;
            }
        }
        return true;
    }

    /** Greedy word wrap; a word longer than the line is broken between characters. */
    static List<String> wrap(String text, Font font, int maxWidth) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.strip().split("\\R")) {
            StringBuilder line = new StringBuilder();
            for (String word : paragraph.trim().split("\\s+")) {
                if (word.isEmpty()) {
                    continue;
                }
                String candidate = line.length() == 0 ? word : line + " " + word;
                if (advance(font, candidate) <= maxWidth) {
                    line.setLength(0);
                    line.append(candidate);
                    continue;
                }
                if (line.length() > 0) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                if (advance(font, word) <= maxWidth) {
                    line.append(word);
                } else {
                    line.append(breakLongWord(word, font, maxWidth, lines));
                }
            }
            if (line.length() > 0) {
                lines.add(line.toString());
            }
        }
        if (lines.isEmpty()) {
            lines.add("");
        }
        return lines;
    }

    /** Adds full-width pieces of a too-long word to {@code lines} and returns the remainder. */
    private static String breakLongWord(String word, Font font, int maxWidth, List<String> lines) {
        int start = 0;
        for (int end = 1; end <= word.length(); end++) {
            if (end < word.length() && Character.isLowSurrogate(word.charAt(end))) {
                continue;
            }
            if (end - 1 > start && advance(font, word.substring(start, end)) > maxWidth) {
                int cut = Character.isLowSurrogate(word.charAt(end - 1)) ? end - 2 : end - 1;
                if (cut > start) {
                    lines.add(word.substring(start, cut));
                    start = cut;
                }
            }
        }
        return word.substring(start);
    }
}
