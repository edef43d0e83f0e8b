package org.creativeautomation.engine.compose;

import org.creativeautomation.engine.brand.BrandKit;
import org.creativeautomation.engine.brand.Palette;
import org.creativeautomation.engine.brand.RgbColor;

/**
 * The CTA button's colours: the kit's accent with whichever of its text colours reads better on
 * it. When neither reaches what the label needs (4.5:1 at button sizes, with a margin), the fill is
 * deepened step by step away from the label colour until it does, so the button stays in the
 * brand's hue.
 *
 * @param contrast the label's WCAG contrast on the fill
 */
record CtaStyle(RgbColor fill, RgbColor label, double contrast) {
    private static final double DEEPEN_STEP = 0.05;

    static CtaStyle of(BrandKit kit, Canvas canvas) {
        Palette p = kit.colors();
        float size = Math.max(canvas.minPx(), canvas.shortSide() * 0.034f);
        double required = ContrastRule.required(size, null, canvas.width()) * Legibility.MARGIN;
        RgbColor fill = p.accent();
        RgbColor label = Legibility.bestContrast(fill, p.textOnDark(), p.textOnLight());
        RgbColor towards = label.luminance() > 0.5 ? new RgbColor(0, 0, 0) : new RgbColor(255, 255, 255);
        RgbColor deepened = fill;
        for (int step = 1; ContrastRule.ratio(label, deepened) < required && step <= 20; step++) {
            deepened = LayoutSolver.mix(fill, towards, step * DEEPEN_STEP);
        }
        return new CtaStyle(deepened, label, ContrastRule.ratio(label, deepened));
    }
}
