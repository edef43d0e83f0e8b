package org.creativeautomation.engine.compose;

import java.awt.image.BufferedImage;

/** The kit's logo variants decoded once: light for dark backgrounds, dark for light ones. */
public record LogoImages(BufferedImage light, BufferedImage dark) {

    public BufferedImage variant(String name) {
        return "light".equals(name) ? light : dark;
    }
}
