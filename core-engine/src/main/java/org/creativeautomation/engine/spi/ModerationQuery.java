package org.creativeautomation.engine.spi;

import java.util.Objects;

/**
 * What to moderate: text, an image, or both.
 *
 * @param text      copy to judge; null for an image alone
 * @param image     an encoded PNG or JPEG; null for text alone
 * @param mediaType the image's type, {@code image/png} or {@code image/jpeg}; null without an image
 */
public record ModerationQuery(String text, byte[] image, String mediaType) {
    public ModerationQuery {
        if (text == null && image == null) {
            throw new IllegalArgumentException("a moderation query needs text or an image");
        }
        if (image != null) {
            Objects.requireNonNull(mediaType, "mediaType");
            image = image.clone();
        }
    }

    public static ModerationQuery ofImage(byte[] image, String mediaType) {
        return new ModerationQuery(null, image, mediaType);
    }

    @Override
    public byte[] image() {
        return image == null ? null : image.clone();
    }
}
