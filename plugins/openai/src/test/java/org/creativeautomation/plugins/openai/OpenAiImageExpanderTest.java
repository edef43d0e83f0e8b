package org.creativeautomation.plugins.openai;

import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.creativeautomation.engine.spi.ExpandRequest;
import org.creativeautomation.engine.spi.Failure;
import org.creativeautomation.engine.spi.ImageExpander;
import org.creativeautomation.engine.spi.ImageResult;
import org.creativeautomation.engine.spi.ProviderException;
import org.creativeautomation.engine.spi.ProviderSettings;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Generative expand against a local server that answers as OpenAI's image edits endpoint documents. */
class OpenAiImageExpanderTest {
    private static final int SOURCE = 0xc83c1e;
    private static final int FILLED = 0x3c78c8;
    private static final int LETTERBOX = 0xff00ff;

    @StartStop
    private final MockWebServer server = new MockWebServer();

    private ImageExpander expander() {
        return new OpenAiImageGeneratorProvider().create(ProviderSettings.of(Map.of(
                        "OPENAI_API_KEY", "sk-test-123", "OPENAI_BASE_URL", server.url("/v1").toString()), Map.of()))
                .orElseThrow().expander().orElseThrow();
    }

    private static byte[] png(BufferedImage image) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageIO.write(image, "png", bytes);
        return bytes.toByteArray();
    }

    private static BufferedImage read(byte[] bytes) throws IOException {
        return ImageIO.read(new ByteArrayInputStream(bytes));
    }

    private static BufferedImage filled(int w, int h, int rgb) {
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(rgb));
        g.fillRect(0, 0, w, h);
        g.dispose();
        return image;
    }

    private static MockResponse answer(BufferedImage image) throws IOException {
        return new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json")
                .body("{\"created\": 1, \"data\": [{\"b64_json\": \"" + Base64.getEncoder().encodeToString(png(image))
                        + "\"}], \"usage\": {\"total_tokens\": 10, \"input_tokens\": 5, \"output_tokens\": 5,"
                        + " \"input_tokens_details\": {\"text_tokens\": 1, \"image_tokens\": 4}}}")
                .build();
    }

    /** A 400 x 200 photo that needs 100 px above and 300 below: exactly the 1024 x 1536 edit canvas's shape. */
    private static ExpandRequest tallRequest() throws IOException {
        return new ExpandRequest(png(filled(400, 200, SOURCE)), 400, 200, 0, 100, 0, 300,
                "Continue the studio sweep. No text.", 42L);
    }

    @Test
    void sendsTheDocumentedEditWithTheSourceOnATransparentCanvasAndAMaskOfWhatToFill() throws Exception {
        server.enqueue(answer(filled(1024, 1536, FILLED)));

        ImageResult result = expander().expand(tallRequest());

        RecordedRequest request = server.takeRequest(5, TimeUnit.SECONDS);
        assertThat(request.getMethod()).isEqualTo("POST");
        assertThat(request.getUrl().encodedPath()).isEqualTo("/v1/images/edits");
        assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer sk-test-123");
        assertThat(request.getHeaders().get("Content-Type")).startsWith("multipart/form-data");
        MultipartForm form = MultipartForm.of(request);
        assertThat(form.part("model").text()).isEqualTo("gpt-image-1");
        assertThat(form.part("size").text()).isEqualTo("1024x1536");
        assertThat(form.part("n").text()).isEqualTo("1");
        assertThat(form.part("quality").text()).isEqualTo("high");
        assertThat(form.part("prompt").text()).isEqualTo("Continue the studio sweep. No text.");

        MultipartForm.Part image = form.part("image");
        assertThat(image.filename()).isEqualTo("image.png");
        assertThat(image.contentType()).isEqualTo("image/png");
        BufferedImage sent = read(image.bytes());
        assertThat(sent.getWidth()).isEqualTo(1024);
        assertThat(sent.getHeight()).isEqualTo(1536);
        // The source, scaled by 2.56, sits from y = 256 to 768; the rest is transparent.
        assertThat(sent.getRGB(512, 500)).isEqualTo(0xff000000 | SOURCE);
        assertThat(sent.getRGB(512, 100) >>> 24).isZero();
        assertThat(sent.getRGB(512, 1200) >>> 24).isZero();

        MultipartForm.Part mask = form.part("mask");
        assertThat(mask.filename()).isEqualTo("mask.png");
        assertThat(mask.contentType()).isEqualTo("image/png");
        BufferedImage sentMask = read(mask.bytes());
        assertThat(sentMask.getWidth()).isEqualTo(1024);
        assertThat(sentMask.getHeight()).isEqualTo(1536);
        assertThat(sentMask.getRGB(512, 500) >>> 24).as("kept").isEqualTo(255);
        assertThat(sentMask.getRGB(0, 256) >>> 24).isEqualTo(255);
        assertThat(sentMask.getRGB(512, 255) >>> 24).as("to fill").isZero();
        assertThat(sentMask.getRGB(512, 768) >>> 24).isZero();

        BufferedImage expanded = read(result.images().get(0));
        assertThat(expanded.getWidth()).isEqualTo(400);
        assertThat(expanded.getHeight()).isEqualTo(600);
        assertThat(expanded.getRGB(200, 300) & 0xffffff).isEqualTo(FILLED);
        assertThat(result.costUsd()).isEqualTo(0.25);
        assertThat(result.metadata()).containsEntry("model", "gpt-image-1").containsEntry("size", "1024x1536");
    }

    @Test
    void aCanvasOfAnotherShapeIsCentredOnTheNearestEditSizeAndCutBackOut() throws Exception {
        // 600 x 200 expanded: on the 1536 x 1024 canvas it is 1536 x 512, from y = 256.
        BufferedImage answer = filled(1536, 1024, LETTERBOX);
        Graphics2D g = answer.createGraphics();
        g.setColor(new Color(FILLED));
        g.fillRect(0, 256, 1536, 512);
        g.dispose();
        server.enqueue(answer(answer));

        ImageResult result = expander().expand(new ExpandRequest(png(filled(400, 200, SOURCE)), 400, 200, 100, 0, 100, 0,
                "Continue the sweep.", null));

        MultipartForm form = MultipartForm.of(server.takeRequest(5, TimeUnit.SECONDS));
        assertThat(form.part("size").text()).isEqualTo("1536x1024");
        BufferedImage sentMask = read(form.part("mask").bytes());
        assertThat(sentMask.getRGB(768, 512) >>> 24).isEqualTo(255);
        assertThat(sentMask.getRGB(100, 512) >>> 24).as("the left margin").isZero();
        assertThat(sentMask.getRGB(768, 100) >>> 24).as("outside the expanded canvas").isZero();
        BufferedImage expanded = read(result.images().get(0));
        assertThat(expanded.getWidth()).isEqualTo(600);
        assertThat(expanded.getHeight()).isEqualTo(200);
        for (int y = 2; y < 198; y += 7) {
            for (int x = 2; x < 598; x += 7) {
                assertThat(expanded.getRGB(x, y) & 0xffffff).as("no letterbox at %d,%d", x, y).isEqualTo(FILLED);
            }
        }
    }

    @Test
    void refusalsRateLimitsAndRejectedKeysAreClassifiedWithoutShowingTheKey() throws IOException {
        server.enqueue(new MockResponse.Builder().code(400).addHeader("Content-Type", "application/json")
                .body("{\"error\": {\"message\": \"Your request was rejected by the safety system.\","
                        + " \"type\": \"image_generation_user_error\", \"code\": \"content_policy_violation\"}}").build());
        server.enqueue(new MockResponse.Builder().code(429).addHeader("Content-Type", "application/json")
                .addHeader("Retry-After", "3")
                .body("{\"error\": {\"message\": \"Rate limit\", \"type\": \"requests\", \"code\": \"rate_limit_exceeded\"}}")
                .build());
        server.enqueue(new MockResponse.Builder().code(401).addHeader("Content-Type", "application/json")
                .body("{\"error\": {\"message\": \"Incorrect API key provided: sk-test-123\", \"type\": "
                        + "\"invalid_request_error\", \"code\": \"invalid_api_key\"}}").build());
        ExpandRequest request = tallRequest();

        assertThatThrownBy(() -> expander().expand(request))
                .isInstanceOfSatisfying(ProviderException.class, e -> assertThat(e.failure()).isEqualTo(Failure.REFUSED));
        assertThatThrownBy(() -> expander().expand(request))
                .isInstanceOfSatisfying(ProviderException.class, e -> assertThat(e.failure()).isEqualTo(Failure.RATE_LIMITED));
        assertThatThrownBy(() -> expander().expand(request)).isInstanceOfSatisfying(ProviderException.class, e -> {
            assertThat(e.failure()).isEqualTo(Failure.AUTH);
            assertThat(e.getMessage()).doesNotContain("sk-test-123");
        });
        assertThat(server.getRequestCount()).as("the SDK must not retry on its own").isEqualTo(3);
    }

    @Test
    void anAnswerWithoutAnImageIsABadResponse() throws IOException {
        server.enqueue(new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json")
                .body("{\"created\": 1, \"data\": []}").build());
        ExpandRequest request = tallRequest();

        assertThatThrownBy(() -> expander().expand(request))
                .isInstanceOfSatisfying(ProviderException.class, e -> assertThat(e.failure()).isEqualTo(Failure.BAD_RESPONSE));
    }

    @Test
    void expansionsAreMadeWithGptImage1WhateverTheGenerationModel() {
        ImageExpander dalle = new OpenAiImageGeneratorProvider().create(ProviderSettings.of(Map.of(
                "OPENAI_API_KEY", "sk-test-123", "OPENAI_IMAGE_MODEL", "dall-e-3"), Map.of()))
                .orElseThrow().expander().orElseThrow();

        assertThat(dalle.model()).isEqualTo("gpt-image-1");
    }
}
