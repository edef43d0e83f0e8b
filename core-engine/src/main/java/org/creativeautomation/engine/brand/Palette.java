package org.creativeautomation.engine.brand;

/** The kit's named colours. */
public record Palette(
        RgbColor primary,
        RgbColor secondary,
        RgbColor accent,
        RgbColor textOnDark,
        RgbColor textOnLight,
        RgbColor background) {
}
