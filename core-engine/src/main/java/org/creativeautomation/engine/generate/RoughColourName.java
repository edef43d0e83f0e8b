package org.creativeautomation.engine.generate;

import org.creativeautomation.engine.brand.RgbColor;

/**
 * A plain English name for a colour ("teal", "dark teal", "off-white"). Image models follow colour
 * words far better than hex codes, so prompts give both.
 */
final class RoughColourName {

    private RoughColourName() {
    }

    static String of(RgbColor colour) {
        double r = colour.red() / 255.0;
        double g = colour.green() / 255.0;
        double b = colour.blue() / 255.0;
        double max = Math.max(r, Math.max(g, b));
        double min = Math.min(r, Math.min(g, b));
        double chroma = max - min;
        double lightness = (max + min) / 2;

        if (chroma < 0.08 || (lightness > 0.93 && chroma < 0.12)) {
            return neutral(lightness);
        }
        double hue;
        if (max == r) {
            hue = 60 * (((g - b) / chroma) % 6);
        } else if (max == g) {
            hue = 60 * ((b - r) / chroma + 2);
        } else {
            hue = 60 * ((r - g) / chroma + 4);
        }
        if (hue < 0) {
            hue += 360;
        }
        if (lightness < 0.35 && chroma < 0.45 && hue >= 10 && hue < 45) {
            return "brown";
        }
        String family = family(hue, lightness);
        if (family.equals("navy") || family.equals("pink")) {
            return family;
        }
        if (lightness < 0.22) {
            return "dark " + family;
        }
        if (lightness > 0.82) {
            return "pale " + family;
        }
        return family;
    }

    private static String neutral(double lightness) {
        if (lightness < 0.12) {
            return "black";
        }
        if (lightness < 0.3) {
            return "charcoal";
        }
        if (lightness < 0.6) {
            return "grey";
        }
        if (lightness < 0.88) {
            return "light grey";
        }
        return lightness < 0.985 ? "off-white" : "white";
    }

    private static String family(double hue, double lightness) {
        if (hue < 12 || hue >= 345) {
            return lightness > 0.72 ? "pink" : "red";
        }
        if (hue < 25) {
            return "orange-red";
        }
        if (hue < 40) {
            return "orange";
        }
        if (hue < 50) {
            return "amber";
        }
        if (hue < 62) {
            return "yellow";
        }
        if (hue < 82) {
            return "lime";
        }
        if (hue < 150) {
            return "green";
        }
        if (hue < 180) {
            return lightness > 0.55 ? "mint" : "teal";
        }
        if (hue < 200) {
            return lightness > 0.55 ? "aqua" : "teal";
        }
        if (hue < 255 && lightness < 0.25) {
            return "navy";
        }
        if (hue < 225) {
            return lightness > 0.6 ? "sky blue" : "blue";
        }
        if (hue < 255) {
            return "blue";
        }
        if (hue < 280) {
            return "violet";
        }
        if (hue < 320) {
            return "purple";
        }
        return lightness > 0.65 ? "pink" : "magenta";
    }
}
