package org.creativeautomation.engine.generate;

import org.creativeautomation.engine.brand.Palette;
import org.creativeautomation.engine.brand.RgbColor;

import java.awt.Color;
import java.util.SplittableRandom;

/**
 * The colours of one studio render, derived from the brand palette: the backdrop is a tint of the
 * palette background, shadows are a deep tone of the floor (shadows in photographs carry the
 * colour of what they fall on), and the seeded decor colour varies between renders.
 */
record StudioColours(
        Color primary,
        Color secondary,
        Color accent,
        Color textOnDark,
        Color textOnLight,
        Color wallTop,
        Color wallLow,
        Color crease,
        Color floorBack,
        Color floorFront,
        Color shadow,
        Color decor,
        Color firstProp,
        Color secondProp) {

    static StudioColours from(Palette palette, SplittableRandom random) {
        Color primary = palette.primary().toAwt();
        Color secondary = palette.secondary().toAwt();
        Color accent = palette.accent().toAwt();
        Color background = palette.background().toAwt();
        boolean darkStudio = palette.background().luminance() < 0.18;

        Color[] brand = {secondary, accent, primary};
        Color decorSource = brand[random.nextInt(brand.length)];
        Color base = mix(background, decorSource, 0.035);
        Color wallTop = darkStudio ? mix(base, Color.WHITE, 0.08) : mix(base, Color.WHITE, 0.55);
        Color wallLow = darkStudio ? mix(base, Color.BLACK, 0.15) : mix(mix(base, primary, 0.05), Color.BLACK, 0.07);
        Color crease = mix(wallLow, Color.BLACK, darkStudio ? 0.2 : 0.06);
        Color floorBack = darkStudio ? mix(base, Color.WHITE, 0.05) : mix(base, Color.WHITE, 0.3);
        Color floorFront = darkStudio ? mix(base, Color.BLACK, 0.35) : mix(mix(base, primary, 0.06), Color.BLACK, 0.13);
        Color shadow = mix(mix(floorFront, primary, 0.15), Color.BLACK, 0.78);
        Color decor = darkStudio ? mix(decorSource, base, 0.7) : mix(decorSource, wallTop, 0.72 + 0.1 * random.nextDouble());

        boolean accentFirst = random.nextBoolean();
        return new StudioColours(primary, secondary, accent,
                palette.textOnDark().toAwt(), palette.textOnLight().toAwt(),
                wallTop, wallLow, crease, floorBack, floorFront, shadow, decor,
                accentFirst ? accent : secondary, accentFirst ? secondary : accent);
    }

    /** Whichever of the palette's two text colours reads better on {@code surface}. */
    Color textOn(Color surface) {
        return contrast(textOnDark, surface) >= contrast(textOnLight, surface) ? textOnDark : textOnLight;
    }

    static Color mix(Color from, Color to, double amount) {
        double t = Math.max(0, Math.min(1, amount));
        return new Color(
                (int) Math.round(from.getRed() + (to.getRed() - from.getRed()) * t),
                (int) Math.round(from.getGreen() + (to.getGreen() - from.getGreen()) * t),
                (int) Math.round(from.getBlue() + (to.getBlue() - from.getBlue()) * t));
    }

    static Color withAlpha(Color colour, double alpha) {
        int a = (int) Math.round(255 * Math.max(0, Math.min(1, alpha)));
        return new Color(colour.getRed(), colour.getGreen(), colour.getBlue(), a);
    }

    static double luminance(Color colour) {
        return new RgbColor(colour.getRed(), colour.getGreen(), colour.getBlue()).luminance();
    }

    private static double contrast(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }
}
