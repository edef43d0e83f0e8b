package org.creativeautomation.plugins.openai;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.creativeautomation.engine.spi.Failure;
import org.creativeautomation.engine.spi.ImageGenerationRequest;
import org.creativeautomation.engine.spi.ImageGenerator;
import org.creativeautomation.engine.spi.ImageResult;
import org.creativeautomation.engine.spi.ProviderException;
import org.creativeautomation.engine.spi.ProviderSettings;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The plugin against a local server that answers as OpenAI's images API documents. */
class OpenAiImageGeneratorTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @StartStop
    private final MockWebServer server = new MockWebServer();

    private ImageGenerator generator() {
        return new OpenAiImageGeneratorProvider().create(ProviderSettings.of(Map.of(
                "OPENAI_API_KEY", "sk-test-123", "OPENAI_BASE_URL", server.url("/v1").toString()), Map.of()))
                .orElseThrow();
    }

    private static String png() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(1024, 1536, BufferedImage.TYPE_INT_RGB), "png", bytes);
        return Base64.getEncoder().encodeToString(bytes.toByteArray());
    }

    private static ImageGenerationRequest portrait() {
        return new ImageGenerationRequest(null, "A can of sparkling water. No text in the image.", null, 2048, 3072,
                null, null);
    }

    @Test
    void sendsTheDocumentedRequestAndDecodesTheBase64Image() throws Exception {
        server.enqueue(new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json")
                .body("{\"created\": 1713833628, \"data\": [{\"b64_json\": \"" + png() + "\"}],"
                        + " \"usage\": {\"total_tokens\": 100, \"input_tokens\": 50, \"output_tokens\": 50,"
                        + " \"input_tokens_details\": {\"text_tokens\": 10, \"image_tokens\": 40}}}")
                .build());

        ImageResult result = generator().generate(portrait());

        RecordedRequest request = server.takeRequest(5, TimeUnit.SECONDS);
        assertThat(request.getMethod()).isEqualTo("POST");
        assertThat(request.getUrl().encodedPath()).isEqualTo("/v1/images/generations");
        assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer sk-test-123");
        JsonNode body = JSON.readTree(request.getBody().utf8());
        assertThat(body.get("model").asText()).isEqualTo("gpt-image-1");
        assertThat(body.get("prompt").asText()).contains("No text in the image");
        assertThat(body.get("size").asText()).isEqualTo("1024x1536");
        assertThat(body.get("n").asInt()).isEqualTo(1);
        assertThat(body.get("quality").asText()).isEqualTo("high");
        assertThat(body.has("response_format")).isFalse();
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(result.images().get(0)));
        assertThat(image.getWidth()).isEqualTo(1024);
        assertThat(image.getHeight()).isEqualTo(1536);
        assertThat(result.costUsd()).isEqualTo(0.25);
        assertThat(result.metadata()).containsEntry("model", "gpt-image-1").containsEntry("size", "1024x1536");
    }

    @Test
    void asksDallE3ForBase64AtItsOwnLandscapeSize() throws Exception {
        server.enqueue(new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json")
                .body("{\"created\": 1, \"data\": [{\"b64_json\": \"" + png() + "\", \"revised_prompt\": \"x\"}]}")
                .build());

        generator().generate(new ImageGenerationRequest("dall-e-3", "wide shot", null, 1920, 1080, null, "standard"));

        JsonNode body = JSON.readTree(server.takeRequest(5, TimeUnit.SECONDS).getBody().utf8());
        assertThat(body.get("model").asText()).isEqualTo("dall-e-3");
        assertThat(body.get("size").asText()).isEqualTo("1792x1024");
        assertThat(body.get("response_format").asText()).isEqualTo("b64_json");
        assertThat(body.get("quality").asText()).isEqualTo("standard");
    }

    @Test
    void rateLimitIsReportedWithRetryAfter() {
        server.enqueue(new MockResponse.Builder().code(429).addHeader("Content-Type", "application/json")
                .addHeader("Retry-After", "7")
                .body("{\"error\": {\"message\": \"Rate limit reached\", \"type\": \"requests\", \"code\": \"rate_limit_exceeded\"}}")
                .build());

        assertThatThrownBy(() -> generator().generate(portrait())).isInstanceOfSatisfying(ProviderException.class, e -> {
            assertThat(e.failure()).isEqualTo(Failure.RATE_LIMITED);
            assertThat(e.retryAfter()).contains(Duration.ofSeconds(7));
        });
        assertThat(server.getRequestCount()).as("the SDK must not retry on its own").isEqualTo(1);
    }

    @Test
    void contentPolicyRejectionIsARefusal() {
        server.enqueue(new MockResponse.Builder().code(400).addHeader("Content-Type", "application/json")
                .body("{\"error\": {\"message\": \"Your request was rejected as a result of our safety system.\","
                        + " \"type\": \"image_generation_user_error\", \"code\": \"content_policy_violation\"}}")
                .build());

        assertThatThrownBy(() -> generator().generate(portrait()))
                .isInstanceOfSatisfying(ProviderException.class, e -> assertThat(e.failure()).isEqualTo(Failure.REFUSED));
    }

    @Test
    void aRejectedKeyIsAnAuthFailureAndNeverShowsTheKey() {
        server.enqueue(new MockResponse.Builder().code(401).addHeader("Content-Type", "application/json")
                .body("{\"error\": {\"message\": \"Incorrect API key provided\", \"type\": \"invalid_request_error\","
                        + " \"code\": \"invalid_api_key\"}}")
                .build());

        assertThatThrownBy(() -> generator().generate(portrait())).isInstanceOfSatisfying(ProviderException.class, e -> {
            assertThat(e.failure()).isEqualTo(Failure.AUTH);
            assertThat(e.getMessage()).doesNotContain("sk-test-123");
        });
    }

    @Test
    void serverErrorsAndMalformedAnswersAreClassified() {
        server.enqueue(new MockResponse.Builder().code(500).addHeader("Content-Type", "application/json")
                .body("{\"error\": {\"message\": \"boom\", \"type\": \"server_error\"}}").build());
        server.enqueue(new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json")
                .body("{\"created\": 1, \"data\": [{\"url\": \"https://example.invalid/x.png\"}]}").build());

        assertThatThrownBy(() -> generator().generate(portrait()))
                .isInstanceOfSatisfying(ProviderException.class, e -> assertThat(e.failure()).isEqualTo(Failure.SERVER_ERROR));
        assertThatThrownBy(() -> generator().generate(portrait()))
                .isInstanceOfSatisfying(ProviderException.class, e -> assertThat(e.failure()).isEqualTo(Failure.BAD_RESPONSE));
    }

    @Test
    void withoutAKeyThePluginStaysOff() {
        assertThat(new OpenAiImageGeneratorProvider().create(ProviderSettings.of(Map.of(), Map.of()))).isEmpty();
    }

    @Test
    void theKeyCanComeFromTheEnvironment() {
        assertThat(new OpenAiImageGeneratorProvider().create(ProviderSettings.of(Map.of(),
                Map.of("OPENAI_API_KEY", "sk-env")))).isPresent();
    }

    @Test
    void statesTheSizesOfItsDefaultModelSoACallerGetsTheSizeItPicks() {
        ImageGenerator dalle = new OpenAiImageGeneratorProvider().create(ProviderSettings.of(Map.of(
                "OPENAI_API_KEY", "sk-test-123", "OPENAI_IMAGE_MODEL", "dall-e-3"), Map.of())).orElseThrow();

        assertThat(generator().capabilities().models()).startsWith("gpt-image-1");
        assertThat(generator().capabilities().sizes()).extracting(s -> s.width() + "x" + s.height())
                .containsExactlyInAnyOrder("1024x1024", "1024x1536", "1536x1024");
        assertThat(dalle.capabilities().models()).startsWith("dall-e-3");
        assertThat(dalle.capabilities().sizes()).extracting(s -> s.width() + "x" + s.height())
                .containsExactlyInAnyOrder("1024x1024", "1024x1792", "1792x1024");
        for (var size : dalle.capabilities().sizes()) {
            assertThat(OpenAiImageGenerator.sizeFor("dall-e-3", size.width(), size.height()))
                    .isEqualTo(size.width() + "x" + size.height());
        }
        for (var size : generator().capabilities().sizes()) {
            assertThat(OpenAiImageGenerator.sizeFor("gpt-image-1", size.width(), size.height()))
                    .isEqualTo(size.width() + "x" + size.height());
        }
    }
}
