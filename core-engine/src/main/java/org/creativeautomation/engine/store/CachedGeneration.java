package org.creativeautomation.engine.store;

import java.util.Objects;

/**
 * An image a provider made for a request, keyed by the hash of everything that shaped it.
 * {@code blobSha256} may be null on an entry handed to {@link GenerationCache#put}, which fills it.
 */
public record CachedGeneration(
        String key, String provider, String model, String prompt, int width, int height, long seed, String blobSha256) {

    public CachedGeneration {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(prompt, "prompt");
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("a generation has a positive size, not " + width + " x " + height);
        }
        if (blobSha256 != null) {
            Sha256.requireHex(blobSha256);
        }
    }

    public CachedGeneration withBlob(String sha256) {
        return new CachedGeneration(key, provider, model, prompt, width, height, seed, sha256);
    }
}
