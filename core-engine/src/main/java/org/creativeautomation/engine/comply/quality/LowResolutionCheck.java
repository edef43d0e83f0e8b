package org.creativeautomation.engine.comply.quality;

import org.creativeautomation.engine.comply.Check;
import org.creativeautomation.engine.comply.CheckId;
import org.creativeautomation.engine.comply.CreativeUnderCheck;
import org.creativeautomation.engine.comply.Finding;
import org.creativeautomation.engine.comply.Severity;
import org.creativeautomation.engine.compose.CropWindow;
import org.creativeautomation.engine.compose.Layout;

import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;

/**
 * {@code quality.low-resolution}: how far the hero was enlarged to fill the canvas. Up to
 * {@value #WARN_ABOVE}x resampling hides the enlargement (the solver uses the same limit for its
 * {@code quality.low-resolution} layout issue); past it edges soften and fine texture smears, a
 * warning; past {@value #ERROR_ABOVE}x every pixel of the source covers nine or more of the
 * creative and it looks blurred or blocky at any viewing size, an error.
 *
 * <p>The factor is the larger of the hero facts' upscale and the layout's crop window (canvas size
 * over crop size); images made elsewhere carry neither and are skipped.
 */
public final class LowResolutionCheck implements Check {
    static final double WARN_ABOVE = 1.5;
    static final double ERROR_ABOVE = 3.0;

    @Override
    public String name() {
        return "hero resolution";
    }

    @Override
    public boolean appliesTo(CreativeUnderCheck creative) {
        return upscale(creative).isPresent();
    }

    @Override
    public List<Finding> check(CreativeUnderCheck creative) {
        OptionalDouble measured = upscale(creative);
        if (measured.isEmpty() || measured.getAsDouble() <= WARN_ABOVE) {
            return List.of();
        }
        double factor = measured.getAsDouble();
        String shown = format(factor);
        String expected = "<= " + format(WARN_ABOVE) + "x";
        if (factor > ERROR_ABOVE) {
            return List.of(Finding.of(CheckId.QUALITY_LOW_RESOLUTION, Severity.ERROR,
                    "the hero is enlarged " + shown + "x to fill the canvas; past " + format(ERROR_ABOVE)
                            + "x it looks blurred or blocky — use a larger source image",
                    null, "upscaled " + shown + "x", expected));
        }
        return List.of(Finding.of(CheckId.QUALITY_LOW_RESOLUTION, Severity.WARNING,
                "the hero is enlarged " + shown + "x to fill the canvas; past " + format(WARN_ABOVE)
                        + "x edges soften — a larger source image would stay crisp",
                null, "upscaled " + shown + "x", expected));
    }

    /** The enlargement, when the creative says how its hero was cropped. */
    static OptionalDouble upscale(CreativeUnderCheck creative) {
        double factor = Double.NaN;
        if (creative.hero() != null && creative.hero().upscale() > 0) {
            factor = creative.hero().upscale();
        }
        Layout layout = creative.layout();
        if (layout != null && layout.crop() != null && layout.crop().width() > 0 && layout.crop().height() > 0) {
            CropWindow crop = layout.crop();
            double fromCrop = Math.max(layout.width() / crop.width(), layout.height() / crop.height());
            factor = Double.isNaN(factor) ? fromCrop : Math.max(factor, fromCrop);
        }
        return Double.isNaN(factor) ? OptionalDouble.empty() : OptionalDouble.of(factor);
    }

    /** One decimal, or more where one would round onto a limit (1.52x must not read "1.5x"). */
    private static String format(double factor) {
        String shown = String.format(Locale.ROOT, "%.1f", factor);
        for (int decimals = 2; decimals <= 4 && landsOnALimit(shown, factor); decimals++) {
            shown = String.format(Locale.ROOT, "%." + decimals + "f", factor);
        }
        return shown;
    }

    private static boolean landsOnALimit(String shown, double factor) {
        double value = Double.parseDouble(shown);
        return (value == WARN_ABOVE || value == ERROR_ABOVE) && value != factor;
    }
}
