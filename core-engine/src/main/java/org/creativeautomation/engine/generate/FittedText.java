package org.creativeautomation.engine.generate;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.util.ArrayList;
import java.util.List;

/**
 * A product name broken into lines and sized to fill a label area. Sizes are measured with a fixed
 * font render context (antialiased, fractional metrics), so the result does not depend on the screen.
 *
 * @param lineAdvance baseline to baseline
 * @param capHeight   height of a capital letter; upper-case labels are centred on it, not on the ascent
 */
record FittedText(Font font, List<String> lines, double lineAdvance, double capHeight) {

    static final FontRenderContext RENDER_CONTEXT = new FontRenderContext(null, true, true);
    private static final float MEASURE_SIZE = 100f;
    private static final double LINE_ADVANCE_PER_CAP = 1.32;
    /** A further line must make the text this much larger to be worth the break. */
    private static final double GAIN_FOR_EXTRA_LINE = 1.18;
    private static final int MAX_PIECES_FOR_SEARCH = 14;

    FittedText {
        lines = List.copyOf(lines);
    }

    static FittedText fit(String text, Font baseFont, double maxWidth, double maxHeight, int maxLines) {
        if (text.isBlank()) {
            return new FittedText(baseFont, List.of(), 0, 0);
        }
        Font measure = baseFont.deriveFont(MEASURE_SIZE);
        double cap = capHeight(measure);
        List<String> pieces = pieces(text);
        List<String> bestLines = List.of(text.strip());
        double bestSize = 0;
        // Names are short; the cap keeps the search over line breaks small for long ones.
        int mostLines = pieces.size() > MAX_PIECES_FOR_SEARCH ? 1 : Math.min(maxLines, pieces.size());
        for (int lineCount = 1; lineCount <= mostLines; lineCount++) {
            List<String> lines = balancedLines(pieces, lineCount, measure);
            double widest = lines.stream().mapToDouble(line -> width(measure, line)).max().orElse(1);
            double blockHeight = cap * (1 + (lineCount - 1) * LINE_ADVANCE_PER_CAP);
            double size = MEASURE_SIZE * Math.min(maxWidth / Math.max(1e-6, widest), maxHeight / blockHeight);
            if (bestSize == 0 || size > bestSize * GAIN_FOR_EXTRA_LINE) {
                bestSize = size;
                bestLines = lines;
            }
        }
        Font font = baseFont.deriveFont((float) Math.max(1, bestSize));
        double fittedCap = cap * bestSize / MEASURE_SIZE;
        return new FittedText(font, bestLines, fittedCap * LINE_ADVANCE_PER_CAP, fittedCap);
    }

    double width(String line) {
        return width(font, line);
    }

    /** Baseline of line {@code index} when the block is centred vertically on {@code centreY}. */
    double baseline(int index, double centreY) {
        double blockHeight = capHeight + (lines.size() - 1) * lineAdvance;
        return centreY - blockHeight / 2 + capHeight + index * lineAdvance;
    }

    /** Draws the lines centred on a point, in the graphics' current colour and transform. */
    void drawCentred(Graphics2D g, double centreX, double centreY) {
        g.setFont(font);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            GlyphVector glyphs = font.createGlyphVector(RENDER_CONTEXT, line);
            g.fill(glyphs.getOutline((float) (centreX - width(line) / 2), (float) baseline(i, centreY)));
        }
    }

    private static double width(Font font, String line) {
        return font.createGlyphVector(RENDER_CONTEXT, line).getLogicalBounds().getWidth();
    }

    private static double capHeight(Font font) {
        return font.createGlyphVector(RENDER_CONTEXT, "H").getVisualBounds().getHeight();
    }

    /**
     * Splits the text into {@code count} lines whose widest line is as narrow as possible. Lines
     * break at spaces and after hyphens ("COLD-" / "PRESSED"), which narrow labels need.
     */
    private static List<String> balancedLines(List<String> pieces, int count, Font font) {
        List<String> best = null;
        double bestWidest = Double.MAX_VALUE;
        for (int[] breaks : breakPositions(pieces.size(), count)) {
            List<String> lines = new ArrayList<>(count);
            int start = 0;
            for (int i = 0; i <= breaks.length; i++) {
                int end = i < breaks.length ? breaks[i] : pieces.size();
                lines.add(join(pieces.subList(start, end)));
                start = end;
            }
            double widest = lines.stream().mapToDouble(line -> width(font, line)).max().orElse(0);
            if (widest < bestWidest) {
                bestWidest = widest;
                best = lines;
            }
        }
        return best;
    }

    /** Pieces of a line: words, where a piece ending in a hyphen joins the next without a space. */
    private static List<String> pieces(String text) {
        List<String> pieces = new ArrayList<>();
        for (String word : text.strip().split("\\s+")) {
            int from = 0;
            for (int hyphen = word.indexOf('-', 1); hyphen > 0 && hyphen < word.length() - 1;
                 hyphen = word.indexOf('-', hyphen + 1)) {
                pieces.add(word.substring(from, hyphen + 1));
                from = hyphen + 1;
            }
            pieces.add(word.substring(from));
        }
        return pieces;
    }

    private static String join(List<String> pieces) {
        StringBuilder line = new StringBuilder();
        for (String piece : pieces) {
            if (line.length() > 0 && line.charAt(line.length() - 1) != '-') {
                line.append(' ');
            }
            line.append(piece);
        }
        return line.toString();
    }

    /** Every way to cut {@code pieceCount} pieces into {@code lineCount} non-empty lines, as the first index of each further line. */
    private static List<int[]> breakPositions(int pieceCount, int lineCount) {
        List<int[]> result = new ArrayList<>();
        collectBreaks(new int[lineCount - 1], 0, 1, pieceCount, result);
        return result;
    }

    private static void collectBreaks(int[] breaks, int index, int from, int pieceCount, List<int[]> result) {
        if (index == breaks.length) {
            result.add(breaks.clone());
            return;
        }
        int remaining = breaks.length - index - 1;
        for (int at = from; at < pieceCount - remaining; at++) {
            breaks[index] = at;
            collectBreaks(breaks, index + 1, at + 1, pieceCount, result);
        }
    }
}
