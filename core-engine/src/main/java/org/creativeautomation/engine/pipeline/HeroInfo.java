package org.creativeautomation.engine.pipeline;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.creativeautomation.engine.generate.BudgetStop;

import java.util.List;

/**
 * Where a product's hero image came from, as the manifest records it.
 *
 * @param source         where the image came from
 * @param provider       the generator ("local" offline), null for input assets
 * @param model          the generator's model, null for input assets
 * @param prompt         the prompt a generator receives (recorded even for the offline one), null for input
 * @param negativePrompt the negative prompt the generator received, for providers that take one; else null
 *                       and left out of the manifest (the others get it in the prompt as "Avoid: ...")
 * @param assetSha256    SHA-256 of the hero image bytes in the blob store
 * @param attempts       the provider calls that led to a generated hero (empty otherwise)
 * @param budgetStop     the paid call a spending cap did not cover, when the offline generator drew the
 *                       hero instead; absent otherwise
 */
public record HeroInfo(HeroSource source, String provider, String model, String prompt,
                       @JsonInclude(JsonInclude.Include.NON_NULL) String negativePrompt, String assetSha256,
                       List<HeroAttempt> attempts,
                       @JsonInclude(JsonInclude.Include.NON_NULL) BudgetStop budgetStop) {
    public HeroInfo {
        attempts = attempts == null ? List.of() : List.copyOf(attempts);
    }

    public HeroInfo(HeroSource source, String provider, String model, String prompt, String negativePrompt,
                    String assetSha256, List<HeroAttempt> attempts) {
        this(source, provider, model, prompt, negativePrompt, assetSha256, attempts, null);
    }

    public HeroInfo(HeroSource source, String provider, String model, String prompt, String assetSha256,
                    List<HeroAttempt> attempts) {
        this(source, provider, model, prompt, null, assetSha256, attempts, null);
    }

    public HeroInfo(HeroSource source, String provider, String model, String prompt, String assetSha256) {
        this(source, provider, model, prompt, null, assetSha256, List.of(), null);
    }

    /** One call to a provider on the way to this hero: who, how it ended, how long it took. */
    public record HeroAttempt(String provider, String outcome, long latencyMs) {
    }
}
