package org.creativeautomation.engine.compose;

import org.creativeautomation.engine.brand.RgbColor;
import org.creativeautomation.engine.brand.TextZone;

import java.util.List;

/**
 * A creative as data: where the hero crop, scrim, text, CTA and logo go, with which fonts, sizes
 * and colours. The solver produces it, the renderer draws it, compliance reads it.
 *
 * @param backdrop   the kit's background colour, seen wherever the hero is transparent
 * @param crop       the window of the hero that fills the canvas; it reaches outside the hero by
 *                   as much as the canvas is extended
 * @param extension  how far the canvas reaches past the photo and what fills it
 *                   ({@link CanvasExtension#NONE} when the product fits the ratio uncut)
 * @param grade      the pull of the photo toward the kit's palette ({@link ColourGrade#NONE} by default)
 * @param zone       where the text stack went
 * @param cta        null when the brief has no CTA for the locale
 * @param disclaimer null when there is none
 * @param safeZone   the platform bands text and logo were kept out of
 * @param legibility the contrast the solver measured behind each line of message and disclaimer
 */
public record Layout(
        Ratio ratio,
        int width,
        int height,
        RgbColor backdrop,
        CropWindow crop,
        CanvasExtension extension,
        ColourGrade grade,
        TextZone zone,
        Scrim scrim,
        TextBlock message,
        CtaButton cta,
        TextBlock disclaimer,
        LogoPlacement logo,
        SafeZone safeZone,
        List<LineContrast> legibility,
        List<LayoutIssue> issues) {

    public Layout {
        legibility = List.copyOf(legibility);
        issues = List.copyOf(issues);
    }

    /** The direction the copy reads in; right-to-left layouts are mirrored (text and CTA on the right, logo corners swapped). */
    public TextDirection direction() {
        return message == null ? TextDirection.LEFT_TO_RIGHT : message.direction();
    }

    /**
     * A layout whose photo fills the canvas as cropped, ungraded, with text in the bottom band, the
     * ratio's default safe zone and no measurements recorded.
     */
    public Layout(Ratio ratio, int width, int height, RgbColor backdrop, CropWindow crop, Scrim scrim,
                  TextBlock message, CtaButton cta, TextBlock disclaimer, LogoPlacement logo, List<LayoutIssue> issues) {
        this(ratio, width, height, backdrop, crop, CanvasExtension.NONE, ColourGrade.NONE, TextZone.BOTTOM, scrim,
                message, cta, disclaimer, logo, ratio == null ? new SafeZone(0, 0, 0, 0) : SafeZone.defaultFor(ratio),
                List.of(), issues);
    }

    public Box canvas() {
        return new Box(0, 0, width, height);
    }
}
