package org.creativeautomation.engine.spi;

/** An output size a provider can produce, in pixels. */
public record ImageSize(int width, int height) {

    public ImageSize {
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("image size must be positive, was " + width + "x" + height);
        }
    }
}
