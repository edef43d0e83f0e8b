package org.creativeautomation.engine.pipeline;

/**
 * Where a product's hero image came from, as the manifest records it.
 *
 * @param source      where the image came from
 * @param provider    the generator ("local" offline), null for input assets
 * @param model       the generator's model, null for input assets
 * @param prompt      the prompt a generator receives (recorded even for the offline one), null for input
 * @param assetSha256 SHA-256 of the hero image bytes in the blob store
 */
public record HeroInfo(HeroSource source, String provider, String model, String prompt, String assetSha256) {
}
