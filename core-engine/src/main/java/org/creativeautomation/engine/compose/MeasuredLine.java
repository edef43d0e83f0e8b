package org.creativeautomation.engine.compose;

/**
 * One line of text to keep legible: where it sits, the contrast it needs and the measured pixels
 * behind it.
 *
 * @param required WCAG 2's minimum for the line's size: 4.5, or 3.0 for large text
 * @param behind   packed {@code 0xRRGGBB} pixels of the background under the line's box
 */
record MeasuredLine(String role, int index, Box box, double required, int[] behind) {
}
