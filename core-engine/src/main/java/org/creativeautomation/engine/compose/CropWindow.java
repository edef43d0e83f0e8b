package org.creativeautomation.engine.compose;

/**
 * The part of the hero image (in the hero's own pixels) that fills the canvas.
 *
 * @param subject the subject's box in hero pixels the crop was centred on
 */
public record CropWindow(double x, double y, double width, double height, Box subject) {
}
