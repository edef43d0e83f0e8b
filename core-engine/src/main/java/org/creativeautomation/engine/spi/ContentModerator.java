package org.creativeautomation.engine.spi;

/**
 * A content-safety classifier for text and images, such as a hosted moderation endpoint. Used to
 * keep generated heroes that a policy flags out of creatives. Implementations must be safe to call
 * from several threads; failures are reported as {@link ProviderException}.
 */
public interface ContentModerator {
    /** Stable provider id, e.g. {@code openai}. */
    String id();

    /** @throws ProviderException when the provider cannot answer */
    ModerationAnswer moderate(ModerationQuery query);
}
