package org.creativeautomation.plugins.anthropic;

import com.anthropic.client.okhttp.AnthropicOkHttpClient;
import org.creativeautomation.engine.spi.ProviderSettings;
import org.creativeautomation.engine.spi.Secret;
import org.creativeautomation.engine.spi.TextGenerator;
import org.creativeautomation.engine.spi.TextGeneratorProvider;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.Optional;

/**
 * Creates the Claude text generator when an API key is configured ({@code ANTHROPIC_API_KEY} in
 * the settings or the environment). {@code ANTHROPIC_BASE_URL} (without {@code /v1}, as the SDK
 * expects) points it at a proxy or a test server; {@code ANTHROPIC_MODEL} picks the default model.
 */
public final class AnthropicTextGeneratorProvider implements TextGeneratorProvider {
    static final String DEFAULT_BASE_URL = "https://api.anthropic.com";
    /** The current Sonnet: Anthropic's balance of speed, writing quality and price for short copy. */
    static final String DEFAULT_MODEL = "claude-sonnet-5-5";
    static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);

    @Override
    public String id() {
        return AnthropicTextGenerator.ID;
    }

    @Override
    public Optional<TextGenerator> create(ProviderSettings settings) {
        return create(settings, DEFAULT_TIMEOUT);
    }

    /** As {@link #create(ProviderSettings)} with another per-request timeout; tests use a short one. */
    Optional<TextGenerator> create(ProviderSettings settings, Duration timeout) {
        Optional<Secret> key = settings.secret("ANTHROPIC_API_KEY");
        if (key.isEmpty()) {
            return Optional.empty();
        }
        String baseUrl = baseUrl(settings.get("ANTHROPIC_BASE_URL").orElse(DEFAULT_BASE_URL));
        String model = settings.get("ANTHROPIC_MODEL").map(String::trim).orElse(DEFAULT_MODEL);
        return Optional.of(new AnthropicTextGenerator(AnthropicOkHttpClient.builder()
                .apiKey(key.get().reveal())
                .baseUrl(baseUrl)
                .maxRetries(0)
                .timeout(timeout)
                .build(), model));
    }

    private static String baseUrl(String value) {
        String trimmed = value.trim();
        try {
            URI uri = new URI(trimmed);
            if (uri.getHost() == null || !("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))) {
                throw new URISyntaxException(trimmed, "not an http(s) URL with a host");
            }
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("ANTHROPIC_BASE_URL must be an http(s) URL such as "
                    + DEFAULT_BASE_URL + ", was '" + trimmed + "'", e);
        }
        if (trimmed.replaceAll("/+$", "").endsWith("/v1")) {
            throw new IllegalArgumentException("ANTHROPIC_BASE_URL must not end in /v1 (the SDK adds /v1/messages), was '"
                    + trimmed + "'");
        }
        return trimmed;
    }
}
