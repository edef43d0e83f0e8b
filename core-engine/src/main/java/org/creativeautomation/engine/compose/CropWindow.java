package org.creativeautomation.engine.compose;

/**
 * The part of the hero image (in the hero's own pixels) that fills the canvas. When the canvas is
 * extended, the window reaches outside the hero (a negative {@code x} or {@code y}, or past its
 * width or height) by as much.
 *
 * @param subject the subject's box in hero pixels the crop was chosen to keep
 */
public record CropWindow(double x, double y, double width, double height, Box subject) {

    public double right() {
        return x + width;
    }

    public double bottom() {
        return y + height;
    }

    /** A box in hero pixels as it lands on a {@code canvasWidth} x {@code canvasHeight} canvas, unclipped. */
    public Box toCanvas(Box heroBox, int canvasWidth, int canvasHeight) {
        double sx = canvasWidth / width;
        double sy = canvasHeight / height;
        int x0 = (int) Math.floor((heroBox.x() - x) * sx);
        int y0 = (int) Math.floor((heroBox.y() - y) * sy);
        int x1 = (int) Math.ceil((heroBox.right() - x) * sx);
        int y1 = (int) Math.ceil((heroBox.bottom() - y) * sy);
        return new Box(x0, y0, x1 - x0, y1 - y0);
    }
}
