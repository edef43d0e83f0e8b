package org.creativeautomation.engine.brand;

/**
 * Typography limits.
 *
 * @param minFontPx minimum font size in pixels on a 1080 px wide canvas (scaled with the canvas width)
 * @param maxLines  most lines the message may wrap to
 */
public record TextRules(int minFontPx, int maxLines) {
}
