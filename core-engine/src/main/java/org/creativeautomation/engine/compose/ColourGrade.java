package org.creativeautomation.engine.compose;

import org.creativeautomation.engine.brand.BrandKit;
import org.creativeautomation.engine.brand.Palette;
import org.creativeautomation.engine.brand.RgbColor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A pull of the photo's colours toward the kit's palette: each pixel is mapped by its brightness
 * onto a ramp of palette colours ordered dark to light (a gradient map, so shadows take the dark
 * brand colours and highlights the light ones, and the photo keeps its tones), then mixed with the
 * original by {@code strength}.
 *
 * @param strength 0 leaves the photo as shot, 1 is the gradient map alone
 * @param ramp     the palette colours the map runs through, darkest first
 */
public record ColourGrade(double strength, List<RgbColor> ramp) {
    public static final ColourGrade NONE = new ColourGrade(0, List.of());

    public ColourGrade {
        ramp = List.copyOf(ramp);
    }

    public boolean isNone() {
        return strength <= 0 || ramp.isEmpty();
    }

    /**
     * The kit's grade: its palette's brand colours and the text colours (which are the palette's
     * darkest and lightest), without the accent, which is for highlights and would tint whole photos.
     */
    public static ColourGrade of(BrandKit kit) {
        if (kit.grading() == null || kit.grading().isOff()) {
            return NONE;
        }
        Palette p = kit.colors();
        List<RgbColor> ramp = new ArrayList<>(List.of(p.textOnLight(), p.primary(), p.secondary(), p.background(),
                p.textOnDark()));
        ramp.sort(Comparator.comparingDouble(ColourGrade::luma));
        return new ColourGrade(kit.grading().strength(), ramp);
    }

    /** Grades packed {@code 0xRRGGBB} pixels in place. */
    public void apply(int[] rgb, int offset, int length) {
        if (isNone()) {
            return;
        }
        int[] map = gradientMap();
        int mix = (int) Math.round(Math.min(1, strength) * 256);
        for (int i = offset; i < offset + length; i++) {
            int c = rgb[i];
            int r = (c >> 16) & 0xff;
            int g = (c >> 8) & 0xff;
            int b = c & 0xff;
            int m = map[(r * 77 + g * 150 + b * 29) >> 8];
            r += (((m >> 16) & 0xff) - r) * mix >> 8;
            g += (((m >> 8) & 0xff) - g) * mix >> 8;
            b += ((m & 0xff) - b) * mix >> 8;
            rgb[i] = (c & 0xff000000) | (r << 16) | (g << 8) | b;
        }
    }

    /**
     * For each brightness 0-255, the ramp's colour there: the palette colours sit at their own
     * brightness, with black and white at the ends, and the map interpolates between them.
     */
    private int[] gradientMap() {
        List<double[]> stops = new ArrayList<>();
        stops.add(new double[]{0, 0, 0, 0});
        for (RgbColor c : ramp) {
            stops.add(new double[]{luma(c), c.red(), c.green(), c.blue()});
        }
        stops.add(new double[]{255, 255, 255, 255});
        int[] map = new int[256];
        int s = 0;
        for (int v = 0; v < 256; v++) {
            while (s < stops.size() - 2 && stops.get(s + 1)[0] < v) {
                s++;
            }
            double[] a = stops.get(s);
            double[] b = stops.get(s + 1);
            double t = b[0] > a[0] ? Math.max(0, Math.min(1, (v - a[0]) / (b[0] - a[0]))) : 1;
            int r = (int) Math.round(a[1] + (b[1] - a[1]) * t);
            int g = (int) Math.round(a[2] + (b[2] - a[2]) * t);
            int bl = (int) Math.round(a[3] + (b[3] - a[3]) * t);
            map[v] = (r << 16) | (g << 8) | bl;
        }
        return map;
    }

    private static double luma(RgbColor c) {
        return (c.red() * 77 + c.green() * 150 + c.blue() * 29) / 256.0;
    }
}
