package org.creativeautomation.plugins.openai;

import com.openai.client.okhttp.OpenAIOkHttpClient;
import org.creativeautomation.engine.spi.ImageGenerator;
import org.creativeautomation.engine.spi.ImageGeneratorProvider;
import org.creativeautomation.engine.spi.ProviderSettings;
import org.creativeautomation.engine.spi.Secret;

import java.time.Duration;
import java.util.Optional;

/**
 * Creates the OpenAI image generator when an API key is configured ({@code OPENAI_API_KEY} in the
 * settings or the environment). {@code OPENAI_BASE_URL} (ending in {@code /v1}, as the SDK expects)
 * points it at another server that speaks the same API.
 */
public final class OpenAiImageGeneratorProvider implements ImageGeneratorProvider {
    static final String DEFAULT_BASE_URL = "https://api.openai.com/v1";

    @Override
    public String id() {
        return OpenAiImageGenerator.ID;
    }

    @Override
    public Optional<ImageGenerator> create(ProviderSettings settings) {
        Optional<Secret> key = settings.secret("OPENAI_API_KEY");
        if (key.isEmpty()) {
            return Optional.empty();
        }
        String baseUrl = settings.get("OPENAI_BASE_URL").orElse(DEFAULT_BASE_URL);
        String model = settings.get("OPENAI_IMAGE_MODEL").orElse(OpenAiImageGenerator.GPT_IMAGE_1);
        return Optional.of(new OpenAiImageGenerator(OpenAIOkHttpClient.builder()
                .apiKey(key.get().reveal())
                .baseUrl(baseUrl)
                .maxRetries(0)
                .timeout(Duration.ofSeconds(120))
                .build(), model));
    }
}
