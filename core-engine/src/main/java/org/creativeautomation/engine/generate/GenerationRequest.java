package org.creativeautomation.engine.generate;

import java.util.Objects;

/**
 * What an image provider is asked to make. Two equal requests must give the same image, so the
 * generation cache stores results under {@link #key()}.
 *
 * @param provider provider id, e.g. {@code local} or {@code openai}
 * @param model    the provider's model name; a provider bumps it whenever its output changes
 * @param prompt   the full prompt text
 * @param width    pixels
 * @param height   pixels
 * @param seed     the seed for providers that take one; part of the key for all
 */
public record GenerationRequest(String provider, String model, String prompt, int width, int height, long seed) {

    /** Keeps a key from ever matching a different kind of hashed record. */
    private static final String KEY_FORMAT = "generation-request/1";
    private static final String SEED_FORMAT = "generation-seed/1";

    public GenerationRequest {
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(prompt, "prompt");
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("image size must be positive, was " + width + "x" + height);
        }
    }

    /** SHA-256 (64 hex digits) of provider, model, prompt, size and seed. */
    public String key() {
        return new LengthPrefixedDigest()
                .add(KEY_FORMAT)
                .add(provider)
                .add(model)
                .add(prompt)
                .add(width)
                .add(height)
                .add(seed)
                .hex();
    }

    /**
     * A stable seed per campaign and product, so re-running a campaign asks for the same images
     * while two products of one campaign still get different ones.
     */
    public static long seedFor(String campaign, String productId) {
        return new LengthPrefixedDigest()
                .add(SEED_FORMAT)
                .add(Objects.requireNonNull(campaign, "campaign"))
                .add(Objects.requireNonNull(productId, "productId"))
                .firstLong();
    }
}
