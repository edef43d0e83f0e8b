package org.creativeautomation.engine.compose;

import java.util.List;

/**
 * Text broken into lines at a chosen size.
 *
 * @param overflow true when the text could not meet the limits even at the minimum size
 */
public record FittedText(List<String> lines, float sizePx, int lineHeight, int ascent, int descent,
                         int width, boolean overflow) {
    public FittedText {
        lines = List.copyOf(lines);
    }

    public int height() {
        return ascent + descent + (lines.size() - 1) * lineHeight;
    }
}
