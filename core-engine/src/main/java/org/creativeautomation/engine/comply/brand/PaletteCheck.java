package org.creativeautomation.engine.comply.brand;

import org.creativeautomation.engine.brand.Palette;
import org.creativeautomation.engine.brand.RgbColor;
import org.creativeautomation.engine.compose.Box;
import org.creativeautomation.engine.compose.CtaButton;
import org.creativeautomation.engine.compose.Layout;
import org.creativeautomation.engine.compose.Scrim;
import org.creativeautomation.engine.comply.Check;
import org.creativeautomation.engine.comply.CheckId;
import org.creativeautomation.engine.comply.CreativeUnderCheck;
import org.creativeautomation.engine.comply.Finding;
import org.creativeautomation.engine.comply.Severity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The designed areas of a creative (the scrim's solid band and the CTA button) must be in brand
 * colours: their dominant colours, in CIELAB, within a ΔE2000 tolerance of the kit's palette.
 *
 * <p>The scrim is translucent, so its pixels mix the brand colour with the photo below. A dominant
 * colour counts as a brand colour when some photo colour under the scrim's opacity would give it;
 * the distance is measured to the nearest colour that mixing can give.
 *
 * <p>Only creatives with a layout are judged: without one, nothing says which pixels were designed
 * and which are the photo's own (a red product is not an off-brand scrim), and guessing a bottom
 * band would flag photos, not design.
 */
public final class PaletteCheck implements Check {
    /** ΔE2000 beyond which a colour is another colour, not the brand's one rendered slightly off. */
    static final double TOLERANCE = 10;
    /** A colour covering less than this share of an area is detail (anti-aliasing, shadow), not its colour. */
    private static final double DOMINANT_SHARE = 0.15;
    private static final int MAX_DOMINANT = 3;
    /** Sampling step in pixels: areas are large and flat, every pixel would add nothing but time. */
    private static final int STEP = 4;

    @Override
    public String name() {
        return "palette";
    }

    @Override
    public boolean appliesTo(CreativeUnderCheck creative) {
        return creative.layout() != null && creative.pixels() != null && creative.kit() != null
                && creative.kit().colors() != null;
    }

    @Override
    public List<Finding> check(CreativeUnderCheck creative) {
        Layout layout = creative.layout();
        CanvasPixels pixels = CanvasPixels.of(creative.pixels());
        // Text, the CTA (with its shadow) and the logo with its clear space are not the scrim's colour.
        List<Box> notScrim = new ArrayList<>();
        for (LayoutText.Named area : LayoutText.areas(layout)) {
            notScrim.add(area.box().inflate(4));
        }
        if (layout.logo() != null) {
            notScrim.add(layout.logo().clearSpace() != null ? layout.logo().clearSpace() : layout.logo().box());
        }
        List<Finding> findings = new ArrayList<>();
        Palette palette = creative.kit().colors();
        Scrim scrim = layout.scrim();
        if (scrim != null && scrim.opacity() > 0) {
            Box solid = scrim.solidPart();
            if (solid != null) {
                judge(findings, "the scrim", pixels, solid, notScrim, scrim.opacity(), palette);
            }
        }
        CtaButton cta = layout.cta();
        if (cta != null) {
            Box b = cta.box();
            // The straight middle of the pill (its ends are rounded) less the label.
            Box middle = new Box(b.x() + b.height() / 2, b.y() + 2, Math.max(0, b.width() - b.height()), b.height() - 4);
            List<Box> label = cta.label() == null ? List.of() : List.of(cta.label().box().inflate(2));
            judge(findings, "the CTA button", pixels, middle, label, 1.0, palette);
        }
        return findings;
    }

    private static void judge(List<Finding> findings, String what, CanvasPixels pixels, Box area, List<Box> excluded,
                              double opacity, Palette palette) {
        Box clipped = pixels.clip(area);
        if (clipped == null) {
            return;
        }
        List<RgbColor> brand = List.of(palette.primary(), palette.secondary(), palette.accent(), palette.textOnDark(),
                palette.textOnLight(), palette.background());
        for (RgbColor dominant : DominantColours.of(pixels, clipped, excluded, STEP, DOMINANT_SHARE, MAX_DOMINANT)) {
            CieLab seen = CieLab.of(dominant);
            double best = Double.MAX_VALUE;
            RgbColor nearest = null;
            for (RgbColor colour : brand) {
                double d = seen.deltaE2000(CieLab.of(nearestMix(dominant, colour, opacity)));
                if (d < best) {
                    best = d;
                    nearest = colour;
                }
            }
            if (best > TOLERANCE) {
                findings.add(Finding.of(CheckId.PALETTE_OFF_BRAND, Severity.WARNING,
                        what + "'s colour " + dominant.hex() + " is not a brand colour", clipped,
                        String.format(Locale.ROOT, "ΔE %.1f from nearest brand colour %s", best, nearest.hex()),
                        String.format(Locale.ROOT, "<= %.0f", TOLERANCE)));
            }
        }
    }

    /**
     * Of the colours {@code brand} at {@code opacity} over any photo colour can give, the one
     * nearest {@code seen}: the photo colour that would explain it, clamped to what exists.
     */
    static RgbColor nearestMix(RgbColor seen, RgbColor brand, double opacity) {
        if (opacity >= 1) {
            return brand;
        }
        return new RgbColor(mix(seen.red(), brand.red(), opacity), mix(seen.green(), brand.green(), opacity),
                mix(seen.blue(), brand.blue(), opacity));
    }

    private static int mix(int seen, int brand, double opacity) {
        double below = (seen - opacity * brand) / (1 - opacity);
        below = Math.max(0, Math.min(255, below));
        return (int) Math.max(0, Math.min(255, Math.round(opacity * brand + (1 - opacity) * below)));
    }
}
