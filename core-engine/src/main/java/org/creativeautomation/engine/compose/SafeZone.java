package org.creativeautomation.engine.compose;

/**
 * Fractions of the canvas height kept free of text and logo because platforms draw their own UI
 * there (Stories and Reels put the profile bar on top and the reply box at the bottom).
 */
public record SafeZone(double top, double bottom) {

    public static SafeZone defaultFor(Ratio ratio) {
        return ratio == Ratio.STORY ? new SafeZone(0.14, 0.20) : new SafeZone(0, 0);
    }
}
