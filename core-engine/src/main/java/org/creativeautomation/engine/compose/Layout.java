package org.creativeautomation.engine.compose;

import org.creativeautomation.engine.brand.RgbColor;

import java.util.List;

/**
 * A creative as data: where the hero crop, scrim, text, CTA and logo go, with which fonts, sizes
 * and colours. The solver produces it, the renderer draws it, compliance reads it.
 *
 * @param backdrop   the kit's background colour, seen wherever the hero is transparent
 * @param cta        null when the brief has no CTA for the locale
 * @param disclaimer null when there is none
 */
public record Layout(
        Ratio ratio,
        int width,
        int height,
        RgbColor backdrop,
        CropWindow crop,
        Scrim scrim,
        TextBlock message,
        CtaButton cta,
        TextBlock disclaimer,
        LogoPlacement logo,
        List<LayoutIssue> issues) {

    public Layout {
        issues = List.copyOf(issues);
    }

    /** The direction the copy reads in; right-to-left layouts are mirrored (text and CTA on the right, logo corners swapped). */
    public TextDirection direction() {
        return message == null ? TextDirection.LEFT_TO_RIGHT : message.direction();
    }

    public Box canvas() {
        return new Box(0, 0, width, height);
    }
}
