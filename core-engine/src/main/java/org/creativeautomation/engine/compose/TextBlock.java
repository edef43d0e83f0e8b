package org.creativeautomation.engine.compose;

import org.creativeautomation.engine.brand.RgbColor;

import java.util.List;

/**
 * A solved block of text: its lines as broken, the font and size chosen, and where each line sits.
 *
 * @param role       "message", "cta" or "disclaimer"
 * @param fontFamily the font's name as its file declares it (compliance checks it against the kit)
 * @param fontRole   "headline" or "body": which of the kit's fonts renders it
 * @param baselines  y of each line's baseline in canvas pixels
 * @param box        the block's bounds (all lines)
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
        Box box) {

    public TextBlock {
        lines = List.copyOf(lines);
        baselines = List.copyOf(baselines);
    }
}
