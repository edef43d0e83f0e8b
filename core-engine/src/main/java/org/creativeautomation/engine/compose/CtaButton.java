package org.creativeautomation.engine.compose;

import org.creativeautomation.engine.brand.RgbColor;

/** The call to action drawn as a rounded button: its fill and the text inside it. */
public record CtaButton(Box box, RgbColor fill, TextBlock label) {
}
