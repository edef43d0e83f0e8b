package org.creativeautomation.engine.compose;

import org.creativeautomation.engine.brand.Palette;
import org.creativeautomation.engine.brand.RgbColor;

import java.util.ArrayList;
import java.util.List;

/**
 * The text colour and the scrim under it that keep every line legible with as little scrim as
 * possible: light text over the kit's primary colour, or dark text over its background colour,
 * whichever needs the weaker scrim over this photo. The scrim is made just strong enough for the
 * worst line's measured contrast to reach its WCAG minimum (with a margin for anti-aliasing and
 * JPEG ringing), so calm, well-exposed photos keep most of their pixels.
 *
 * @param opacity  of the scrim's solid part, 0 when the photo alone gives every line its contrast
 * @param contrast what each line measures at that opacity
 */
record Legibility(RgbColor text, RgbColor scrim, double opacity, List<LineContrast> contrast) {
    /** Measured contrast must clear the minimum by this factor: edges blend text and background. */
    static final double MARGIN = 1.1;
    /** Options within this much opacity are equal; the brand's primary look wins then. */
    private static final double TIE = 0.05;

    Legibility {
        contrast = List.copyOf(contrast);
    }

    static Legibility of(List<MeasuredLine> lines, Palette palette) {
        RgbColor light = palette.textOnDark().luminance() >= palette.textOnLight().luminance()
                ? palette.textOnDark() : palette.textOnLight();
        RgbColor dark = light == palette.textOnDark() ? palette.textOnLight() : palette.textOnDark();
        Legibility onPrimary = with(lines, bestContrast(palette.primary(), light, dark), palette.primary());
        if (onPrimary.opacity() <= TIE) {
            return onPrimary; // no alternative can be weaker by more than the tie margin
        }
        RgbColor other = onPrimary.text().equals(light) ? dark : light;
        // Dark text goes over the kit's light background colour; light text over its dark text colour.
        RgbColor otherScrim = other == dark ? palette.background() : dark;
        Legibility alternative = with(lines, other, otherScrim);
        return alternative.opacity() < onPrimary.opacity() - TIE ? alternative : onPrimary;
    }

    /** The weakest scrim of (a deepened) {@code kitColour} under which {@code text} reads on every line. */
    static Legibility with(List<MeasuredLine> lines, RgbColor text, RgbColor kitColour) {
        RgbColor scrim = deepened(kitColour, text, ContrastRule.NORMAL * MARGIN);
        double opacity = 0;
        for (MeasuredLine line : lines) {
            double target = line.required() * MARGIN;
            // A line that already reads at the scrim the lines before it need cannot raise it: one
            // measurement instead of a search (this runs for every zone on every keystroke).
            if (opacity > 0 && ContrastMeter.contrast(line.behind(), text, scrim, opacity) >= target) {
                continue;
            }
            opacity = Math.max(opacity, ContrastMeter.opacityFor(line.behind(), text, scrim, target));
        }
        List<LineContrast> measured = new ArrayList<>(lines.size());
        for (MeasuredLine line : lines) {
            measured.add(new LineContrast(line.role(), line.index(),
                    ContrastMeter.contrast(line.behind(), text, scrim, opacity), line.required()));
        }
        return new Legibility(text, scrim, opacity, measured);
    }

    /** The same colours with the scrim at {@code stronger} opacity, each line measured again. */
    Legibility at(double stronger, List<MeasuredLine> lines) {
        List<LineContrast> measured = new ArrayList<>(lines.size());
        for (MeasuredLine line : lines) {
            measured.add(new LineContrast(line.role(), line.index(),
                    ContrastMeter.contrast(line.behind(), text, scrim, stronger), line.required()));
        }
        return new Legibility(text, scrim, stronger, measured);
    }

    /**
     * The kit colour, deepened (towards black under light text, towards white under dark text) only
     * as far as a solid band of it needs to give the text its contrast.
     */
    static RgbColor deepened(RgbColor kitColour, RgbColor text, double target) {
        RgbColor towards = text.luminance() > 0.5 ? new RgbColor(0, 0, 0) : new RgbColor(255, 255, 255);
        RgbColor colour = kitColour;
        for (int step = 1; ContrastRule.ratio(text, colour) < target && step <= 16; step++) {
            colour = LayoutSolver.mix(kitColour, towards, step * 0.06);
        }
        return colour;
    }

    /** Of two text colours, the one with the higher WCAG contrast against {@code background}. */
    static RgbColor bestContrast(RgbColor background, RgbColor a, RgbColor b) {
        return ContrastRule.ratio(background, a) >= ContrastRule.ratio(background, b) ? a : b;
    }
}
