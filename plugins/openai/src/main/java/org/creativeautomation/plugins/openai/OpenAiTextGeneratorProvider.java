package org.creativeautomation.plugins.openai;

import com.openai.client.okhttp.OpenAIOkHttpClient;
import org.creativeautomation.engine.spi.ProviderSettings;
import org.creativeautomation.engine.spi.Secret;
import org.creativeautomation.engine.spi.TextGenerator;
import org.creativeautomation.engine.spi.TextGeneratorProvider;

import java.time.Duration;
import java.util.Optional;

/**
 * Creates the OpenAI text generator when an API key is configured ({@code OPENAI_API_KEY} in the
 * settings or the environment). {@code OPENAI_BASE_URL} (ending in {@code /v1}, as the SDK
 * expects) points it at another server that speaks the same API; {@code OPENAI_TEXT_MODEL} picks
 * the default model.
 */
public final class OpenAiTextGeneratorProvider implements TextGeneratorProvider {
    /** Fast, cheap, and by OpenAI's account clear and natural in its writing: fits short copy. */
    static final String DEFAULT_MODEL = "gpt-6.1-terra";
    static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);

    @Override
    public String id() {
        return OpenAiTextGenerator.ID;
    }

    @Override
    public Optional<TextGenerator> create(ProviderSettings settings) {
        return create(settings, DEFAULT_TIMEOUT);
    }

    /** As {@link #create(ProviderSettings)} with another per-request timeout; tests use a short one. */
    Optional<TextGenerator> create(ProviderSettings settings, Duration timeout) {
        Optional<Secret> key = settings.secret("OPENAI_API_KEY");
        if (key.isEmpty()) {
            return Optional.empty();
        }
        String baseUrl = settings.get("OPENAI_BASE_URL").orElse(OpenAiImageGeneratorProvider.DEFAULT_BASE_URL).trim();
        if (!baseUrl.replaceAll("/+$", "").endsWith("/v1")) {
            throw new IllegalArgumentException("OPENAI_BASE_URL must end in /v1 (e.g. "
                    + OpenAiImageGeneratorProvider.DEFAULT_BASE_URL + "), was '" + baseUrl + "'");
        }
        String model = settings.get("OPENAI_TEXT_MODEL").map(String::trim).orElse(DEFAULT_MODEL);
        return Optional.of(new OpenAiTextGenerator(OpenAIOkHttpClient.builder()
                .apiKey(key.get().reveal())
                .baseUrl(baseUrl)
                .maxRetries(0)
                .timeout(timeout)
                .build(), model));
    }
}
