package org.creativeautomation.engine.comply;

/**
 * What the quality checks need to know about the hero behind a creative.
 *
 * @param sourceWidth    the hero image's width in pixels
 * @param sourceHeight   its height
 * @param upscale        how much the crop was enlarged to fill the canvas (1.0 = no enlargement)
 * @param generated      true when the hero came from an image generator
 * @param budgetFallback why the hero is the offline generator's instead of the paid provider's; null
 *                       when no budget stopped a call for it
 */
public record HeroFacts(int sourceWidth, int sourceHeight, double upscale, boolean generated,
                        BudgetFallback budgetFallback) {

    public HeroFacts(int sourceWidth, int sourceHeight, double upscale, boolean generated) {
        this(sourceWidth, sourceHeight, upscale, generated, null);
    }

    /**
     * A paid call a spending cap did not cover, as a finding states it.
     *
     * @param reason   one sentence: which provider, what it would have cost, which cap
     * @param measured e.g. {@code openai gpt-image-1: estimate $0.167}
     * @param expected e.g. {@code at most $0.10 left of the run's budget (--budget) of $0.20}
     */
    public record BudgetFallback(String reason, String measured, String expected) {
    }
}
