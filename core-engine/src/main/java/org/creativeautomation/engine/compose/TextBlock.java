package org.creativeautomation.engine.compose;

import org.creativeautomation.engine.brand.RgbColor;

import java.util.List;

/**
 * A solved block of text: its lines as broken, the font and size chosen, and where each line sits.
 * Left-to-right lines start at {@code x}; right-to-left lines end at the box's right edge.
 *
 * @param role       "message", "cta" or "disclaimer"
 * @param fontFamily the font's name as its file declares it (compliance checks it against the kit)
 * @param fontRole   "headline" or "body": which of the kit's fonts renders it
 * @param baselines  y of each line's baseline in canvas pixels
 * @param box        the block's bounds (all lines)
 * @param direction  the base direction the lines are set in, which also decides their alignment
 * @param runs       which font drew each stretch of each line: the kit's face, or the fallback font
 *                   that has the glyphs it lacks; empty when not yet known (then worked out when drawn)
 */
public record TextBlock(
        String role,
        List<String> lines,
        String fontRole,
        String fontFamily,
        float sizePx,
        RgbColor color,
        double opacity,
        int x,
        List<Integer> baselines,
        Box box,
        TextDirection direction,
        List<TextRun> runs) {

    public TextBlock {
        lines = List.copyOf(lines);
        baselines = List.copyOf(baselines);
        runs = List.copyOf(runs);
    }

    /** A left-to-right block whose fonts per run are worked out when it is drawn. */
    public TextBlock(String role, List<String> lines, String fontRole, String fontFamily, float sizePx, RgbColor color,
                     double opacity, int x, List<Integer> baselines, Box box) {
        this(role, lines, fontRole, fontFamily, sizePx, color, opacity, x, baselines, box, TextDirection.LEFT_TO_RIGHT,
                List.of());
    }

    /** The fonts that drew line {@code line}, in order. */
    public List<TextRun> runsOf(int line) {
        return runs.stream().filter(run -> run.line() == line).toList();
    }
}
