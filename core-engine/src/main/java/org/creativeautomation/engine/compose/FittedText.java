package org.creativeautomation.engine.compose;

import java.util.List;

/**
 * Text broken into lines at a chosen size.
 *
 * @param runs        which font sets each stretch of each line (every character of every line is in one run)
 * @param lineHeight  baseline to baseline
 * @param ascent      from the first baseline up to the top of the block (the face's ascent, or higher ink)
 * @param descent     from the last baseline down to the bottom of the block
 * @param width       the widest line as drawn
 * @param overflow    true when the text could not meet the limits even at the minimum size
 * @param splitsWords true when a word wider than the line had to be broken between its letters
 */
public record FittedText(List<String> lines, List<TextRun> runs, float sizePx, int lineHeight, int ascent,
                         int descent, int width, boolean overflow, boolean splitsWords) {
    public FittedText {
        lines = List.copyOf(lines);
        runs = List.copyOf(runs);
    }

    public int height() {
        return ascent + descent + (lines.size() - 1) * lineHeight;
    }

    FittedText overflowing() {
        return new FittedText(lines, runs, sizePx, lineHeight, ascent, descent, width, true, splitsWords);
    }
}
