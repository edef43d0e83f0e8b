package org.creativeautomation.engine.pipeline;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.List;

/**
 * How a creative's canvas was widened when its hero could not fill the ratio uncut, as the manifest
 * records it: by a provider's generative expand (made now or taken from the cache), or by the
 * composer's own extension, with the reason the expansion was not used.
 *
 * @param source   {@value #GENERATED}, {@value #CACHED} or {@value #COMPOSER}
 * @param provider the provider that expanded the hero; null for the composer
 * @param model    its expand model; null for the composer
 * @param sha256   SHA-256 of the provider's expansion in the blob store; null for the composer
 * @param fill     what fills the added canvas: {@code generative}, or the composer's {@code backdrop},
 *                 {@code blur} or {@code colour}
 * @param reason   why the composer's extension was used; null when an expansion was
 * @param attempts the provider calls made (or refused) for the expansion
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"source", "provider", "model", "sha256", "fill", "reason", "attempts"})
public record ExpansionInfo(String source, String provider, String model, String sha256, String fill, String reason,
                            List<HeroInfo.HeroAttempt> attempts) {
    public static final String GENERATED = "generated";
    public static final String CACHED = "cached";
    public static final String COMPOSER = "composer";

    public ExpansionInfo {
        attempts = attempts == null ? List.of() : List.copyOf(attempts);
    }

    /** Whether the creative's margins were drawn by a provider's model. */
    @JsonIgnore
    public boolean generative() {
        return GENERATED.equals(source) || CACHED.equals(source);
    }

    /**
     * Whether the composer's extension stands in for an expansion a later run may get: a call was
     * tried or refused (failure, budget), as opposed to one that was never possible.
     */
    @JsonIgnore
    public boolean worthRetrying() {
        return COMPOSER.equals(source) && !attempts.isEmpty();
    }
}
