package org.creativeautomation.engine.compose;

import org.creativeautomation.engine.brand.RgbColor;

/**
 * The call to action drawn as a rounded button: its fill and the text inside it.
 *
 * @param labelContrast WCAG 2 contrast of the label's colour on the fill; the solver deepens a kit
 *                      colour that would fall short of what the label's size needs
 */
public record CtaButton(Box box, RgbColor fill, TextBlock label, double labelContrast) {

    /** A button whose label contrast is that of its two colours. */
    public CtaButton(Box box, RgbColor fill, TextBlock label) {
        this(box, fill, label, label == null || label.color() == null || fill == null ? 0
                : ContrastRule.ratio(fill, label.color()));
    }
}
