package org.creativeautomation.engine.asset;

import java.awt.image.BufferedImage;

/**
 * An image ready for the engine: upright (EXIF orientation applied), in sRGB, TYPE_INT_RGB or
 * TYPE_INT_ARGB (PNG with alpha). {@code originalWidth/Height} are the stored size before orientation;
 * {@code colorProfile} is the embedded profile's description, or "sRGB" when there was none.
 */
public record DecodedImage(
        BufferedImage image, ImageFormat format, int originalWidth, int originalHeight, int orientation, String colorProfile) {

    public int width() {
        return image.getWidth();
    }

    public int height() {
        return image.getHeight();
    }
}
