package org.creativeautomation.engine.asset;

/**
 * An image in the catalog, named by the SHA-256 of its original bytes. Width and height are upright
 * (after EXIF orientation); {@code phash} is the {@link PerceptualHash} of the normalised image.
 */
public record IngestedAsset(
        String sha256, ImageFormat format, int width, int height, int orientation, String colorProfile, long phash, long byteSize) {

    public String phashHex() {
        return PerceptualHash.toHex(phash);
    }
}
