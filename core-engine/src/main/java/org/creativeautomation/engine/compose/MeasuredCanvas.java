package org.creativeautomation.engine.compose;

/**
 * A creative's background (photo, extension and grade, over the backdrop) rendered small from the
 * hero's reduced copy, for measuring what lies behind text and logo before anything is drawn.
 *
 * @param scale pixels of this canvas per canvas pixel of the creative
 * @param rgb   packed {@code 0xRRGGBB}, row by row
 */
record MeasuredCanvas(int width, int height, double scale, int[] rgb) {

    /** The pixel under a creative's canvas pixel. */
    int at(int canvasX, int canvasY) {
        int x = Math.min(width - 1, Math.max(0, (int) (canvasX * scale)));
        int y = Math.min(height - 1, Math.max(0, (int) (canvasY * scale)));
        return rgb[y * width + x];
    }
}
