package org.creativeautomation.engine.spi;

import java.util.Arrays;
import java.util.Objects;

/**
 * What an image expander is asked to do: draw new margins around an image (outpainting), so a photo
 * reaches a wider or taller canvas without being cropped or stretched.
 *
 * @param image  the source image, encoded as PNG
 * @param width  the source image's width in pixels
 * @param height the source image's height in pixels
 * @param left   pixels to add on the left
 * @param top    pixels to add above
 * @param right  pixels to add on the right
 * @param bottom pixels to add below
 * @param prompt what the new margins should show
 * @param seed   null lets the provider choose
 */
public record ExpandRequest(byte[] image, int width, int height, int left, int top, int right, int bottom,
                            String prompt, Long seed) {

    public ExpandRequest {
        Objects.requireNonNull(image, "image");
        Objects.requireNonNull(prompt, "prompt");
        // Copied so a caller reusing its buffer cannot change a request a provider is still sending.
        image = image.clone();
        if (image.length == 0) {
            throw new IllegalArgumentException("an expand request needs an image");
        }
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("image size must be positive, was " + width + "x" + height);
        }
        if (left < 0 || top < 0 || right < 0 || bottom < 0) {
            throw new IllegalArgumentException("margins must not be negative, were " + left + ", " + top + ", "
                    + right + ", " + bottom);
        }
        if (left + top + right + bottom == 0) {
            throw new IllegalArgumentException("an expand request adds at least one pixel");
        }
    }

    /** The image bytes; a copy, so the request stays as it was made. */
    @Override
    public byte[] image() {
        return image.clone();
    }

    /** Width of the expanded canvas: the source plus its left and right margins. */
    public int expandedWidth() {
        return left + width + right;
    }

    /** Height of the expanded canvas: the source plus its top and bottom margins. */
    public int expandedHeight() {
        return top + height + bottom;
    }

    /** The same request with another prompt, e.g. a sanitised one after a content-policy refusal. */
    public ExpandRequest withPrompt(String newPrompt) {
        return new ExpandRequest(image, width, height, left, top, right, bottom, newPrompt, seed);
    }

    /** The same request with another seed (null lets the provider choose), e.g. after a rejected answer. */
    public ExpandRequest withSeed(Long newSeed) {
        return new ExpandRequest(image, width, height, left, top, right, bottom, prompt, newSeed);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ExpandRequest r && Arrays.equals(image, r.image) && width == r.width
                && height == r.height && left == r.left && top == r.top && right == r.right && bottom == r.bottom
                && prompt.equals(r.prompt) && Objects.equals(seed, r.seed);
    }

    @Override
    public int hashCode() {
        return Objects.hash(Arrays.hashCode(image), width, height, left, top, right, bottom, prompt, seed);
    }

    @Override
    public String toString() {
        return "ExpandRequest[" + width + "x" + height + " + left " + left + ", top " + top + ", right " + right
                + ", bottom " + bottom + ", " + image.length + " bytes]";
    }
}
