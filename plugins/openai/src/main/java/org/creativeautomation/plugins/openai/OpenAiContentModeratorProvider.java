package org.creativeautomation.plugins.openai;

import com.openai.client.okhttp.OpenAIOkHttpClient;
import org.creativeautomation.engine.spi.ContentModerator;
import org.creativeautomation.engine.spi.ContentModeratorProvider;
import org.creativeautomation.engine.spi.ProviderSettings;
import org.creativeautomation.engine.spi.Secret;

import java.time.Duration;
import java.util.Optional;

/**
 * Creates the OpenAI moderator when an API key is configured ({@code OPENAI_API_KEY});
 * {@code OPENAI_BASE_URL} points it at another server speaking the same API and
 * {@code OPENAI_MODERATION_MODEL} picks the model (default {@value #DEFAULT_MODEL}, which reads images).
 */
public final class OpenAiContentModeratorProvider implements ContentModeratorProvider {
    static final String DEFAULT_MODEL = "omni-moderation-latest";
    static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

    @Override
    public String id() {
        return OpenAiContentModerator.ID;
    }

    @Override
    public Optional<ContentModerator> create(ProviderSettings settings) {
        return create(settings, DEFAULT_TIMEOUT);
    }

    /** As {@link #create(ProviderSettings)} with another per-request timeout; tests use a short one. */
    Optional<ContentModerator> create(ProviderSettings settings, Duration timeout) {
        Optional<Secret> key = settings.secret("OPENAI_API_KEY");
        if (key.isEmpty()) {
            return Optional.empty();
        }
        String baseUrl = settings.get("OPENAI_BASE_URL").orElse(OpenAiImageGeneratorProvider.DEFAULT_BASE_URL).trim();
        String model = settings.get("OPENAI_MODERATION_MODEL").map(String::trim).orElse(DEFAULT_MODEL);
        return Optional.of(new OpenAiContentModerator(OpenAIOkHttpClient.builder()
                .apiKey(key.get().reveal())
                .baseUrl(baseUrl)
                .maxRetries(0)
                .timeout(timeout)
                .build(), model));
    }
}
