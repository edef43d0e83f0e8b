package org.creativeautomation.plugins.firefly;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import okhttp3.OkHttpClient;
import org.creativeautomation.engine.spi.ExpandRequest;
import org.creativeautomation.engine.spi.Failure;
import org.creativeautomation.engine.spi.ImageExpander;
import org.creativeautomation.engine.spi.ImageResult;
import org.creativeautomation.engine.spi.ProviderException;
import org.creativeautomation.engine.spi.ProviderSettings;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Generative Expand against local servers that answer as Adobe IMS, Firefly's storage upload and
 * expand-async, and presigned storage do: token, upload, submit, poll, download.
 */
class FireflyImageExpanderTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CLIENT_ID = "ff-client-id-123";
    private static final String CLIENT_SECRET = "p8e-s3cr3t-VALUE";
    private static final String TOKEN = "eyJ-token-one";
    private static final String UPLOAD_ID = "8d2f6a47-3c1e-4f0e-9c55-0c2b3a1d9e77";

    @StartStop
    private final MockWebServer ims = new MockWebServer();
    @StartStop
    private final MockWebServer api = new MockWebServer();
    @StartStop
    private final MockWebServer storage = new MockWebServer();

    private final SteppedTime time = new SteppedTime();

    private ImageExpander expander() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("FIREFLY_CLIENT_ID", CLIENT_ID);
        values.put("FIREFLY_CLIENT_SECRET", CLIENT_SECRET);
        values.put("FIREFLY_IMS_URL", ims.url("/ims/token/v3").toString());
        values.put("FIREFLY_BASE_URL", api.url("/").toString());
        OkHttpClient client = new OkHttpClient.Builder().readTimeout(Duration.ofSeconds(10)).build();
        return new FireflyImageGeneratorProvider(time, time, () -> client)
                .create(ProviderSettings.of(values, Map.of())).orElseThrow().expander().orElseThrow();
    }

    private static MockResponse json(int code, String body) {
        return new MockResponse.Builder().code(code).addHeader("Content-Type", "application/json").body(body).build();
    }

    private static byte[] png(int w, int h) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB), "png", bytes);
        return bytes.toByteArray();
    }

    private static ExpandRequest request() throws IOException {
        return new ExpandRequest(png(800, 400), 800, 400, 0, 250, 0, 772, "Continue the studio sweep. No text.",
                (1L << 40) + 5);
    }

    private void enqueueToken() {
        ims.enqueue(json(200, "{\"access_token\":\"" + TOKEN + "\",\"token_type\":\"bearer\",\"expires_in\":86399}"));
    }

    private void enqueueUpload() {
        api.enqueue(json(200, "{\"images\":[{\"id\":\"" + UPLOAD_ID + "\"}]}"));
    }

    private void enqueueExpandJob(String jobId, byte[] image) {
        api.enqueue(json(202, "{\"jobId\":\"" + jobId + "\",\"statusUrl\":\"" + api.url("/v3/status/" + jobId)
                + "\",\"cancelUrl\":\"" + api.url("/v3/cancel/" + jobId) + "\"}"));
        api.enqueue(json(200, "{\"status\":\"running\",\"jobId\":\"" + jobId + "\"}"));
        api.enqueue(json(200, "{\"status\":\"succeeded\",\"jobId\":\"" + jobId + "\",\"result\":{\"size\":{\"width\":800,"
                + "\"height\":1422},\"outputs\":[{\"seed\":5,\"image\":{\"url\":\""
                + storage.url("/expanded/" + jobId + ".png?X-Amz-Signature=abc") + "\"}}]}}"));
        storage.enqueue(new MockResponse.Builder().code(200).addHeader("Content-Type", "image/png")
                .body(new okio.Buffer().write(image)).build());
    }

    private static RecordedRequest next(MockWebServer server) throws InterruptedException {
        RecordedRequest request = server.takeRequest(5, TimeUnit.SECONDS);
        assertThat(request).as("a request reached " + server.url("/")).isNotNull();
        return request;
    }

    @Test
    void uploadsTheSourceThenSubmitsTheDocumentedExpandJobAndDownloadsItsImage() throws Exception {
        enqueueToken();
        enqueueUpload();
        byte[] expanded = png(800, 1422);
        enqueueExpandJob("urn:ff:jobs:x1", expanded);
        ExpandRequest asked = request();

        ImageResult result = expander().expand(asked);

        RecordedRequest upload = next(api);
        assertThat(upload.getMethod()).isEqualTo("POST");
        assertThat(upload.getUrl().encodedPath()).isEqualTo("/v2/storage/image");
        assertThat(upload.getHeaders().get("Content-Type")).isEqualTo("image/png");
        assertThat(upload.getHeaders().get("Authorization")).isEqualTo("Bearer " + TOKEN);
        assertThat(upload.getHeaders().get("x-api-key")).isEqualTo(CLIENT_ID);
        assertThat(upload.getBody().toByteArray()).isEqualTo(asked.image());

        RecordedRequest submit = next(api);
        assertThat(submit.getMethod()).isEqualTo("POST");
        assertThat(submit.getUrl().encodedPath()).isEqualTo("/v3/images/expand-async");
        assertThat(submit.getHeaders().get("Content-Type")).startsWith("application/json");
        assertThat(submit.getHeaders().get("Authorization")).isEqualTo("Bearer " + TOKEN);
        assertThat(submit.getHeaders().get("x-model-version")).as("expand takes no model header").isNull();
        JsonNode body = JSON.readTree(submit.getBody().utf8());
        assertThat(body.get("numVariations").asInt()).isEqualTo(1);
        assertThat(body.at("/size/width").asInt()).isEqualTo(800);
        assertThat(body.at("/size/height").asInt()).isEqualTo(1422);
        assertThat(body.at("/image/source/uploadId").asText()).isEqualTo(UPLOAD_ID);
        assertThat(body.at("/placement/inset/left").asInt()).isZero();
        assertThat(body.at("/placement/inset/top").asInt()).isEqualTo(250);
        assertThat(body.at("/placement/inset/right").asInt()).isZero();
        assertThat(body.at("/placement/inset/bottom").asInt()).isEqualTo(772);
        assertThat(body.get("prompt").asText()).isEqualTo("Continue the studio sweep. No text.");
        assertThat(body.get("seeds").get(0).asLong()).as("folded into Firefly's 31 bits").isEqualTo(5);
        assertThat(body.has("mask")).as("a mask would forbid placement").isFalse();

        assertThat(next(api).getUrl().encodedPath()).isEqualTo("/v3/status/urn:ff:jobs:x1");
        RecordedRequest download = next(storage);
        assertThat(download.getHeaders().get("Authorization")).as("storage never sees the token").isNull();
        assertThat(download.getHeaders().get("x-api-key")).isNull();

        assertThat(result.images().get(0)).isEqualTo(expanded);
        assertThat(result.costUsd()).isEqualTo(0.04);
        assertThat(result.metadata()).containsEntry("jobId", "urn:ff:jobs:x1").containsEntry("model", "image3")
                .containsEntry("size", "800x1422");
    }

    @Test
    void anUploadAnswerWithoutAnIdIsABadResponseAndNothingIsSubmitted() throws Exception {
        enqueueToken();
        api.enqueue(json(200, "{\"images\":[]}"));
        ExpandRequest asked = request();

        assertThatThrownBy(() -> expander().expand(asked))
                .isInstanceOfSatisfying(ProviderException.class, e -> assertThat(e.failure()).isEqualTo(Failure.BAD_RESPONSE));
        assertThat(api.getRequestCount()).isEqualTo(1);
    }

    @Test
    void failuresAreClassifiedAndNeverShowTheSecret() throws Exception {
        enqueueToken();
        api.enqueue(json(429, "{\"error_code\":\"rate_limited\"}"));
        ExpandRequest asked = request();
        ImageExpander expander = expander();

        assertThatThrownBy(() -> expander.expand(asked))
                .isInstanceOfSatisfying(ProviderException.class, e -> assertThat(e.failure()).isEqualTo(Failure.RATE_LIMITED));

        enqueueUpload();
        api.enqueue(json(451, "{\"error_code\":\"input_media_unsafe\",\"message\":\"echo " + CLIENT_SECRET + "\"}"));
        assertThatThrownBy(() -> expander.expand(asked)).isInstanceOfSatisfying(ProviderException.class, e -> {
            assertThat(e.failure()).isEqualTo(Failure.REFUSED);
            assertThat(e.getMessage()).doesNotContain(CLIENT_SECRET).doesNotContain(TOKEN);
        });

        enqueueUpload();
        api.enqueue(json(202, "{\"jobId\":\"urn:ff:jobs:x2\",\"statusUrl\":\"" + api.url("/v3/status/urn:ff:jobs:x2")
                + "\",\"cancelUrl\":\"" + api.url("/v3/cancel/urn:ff:jobs:x2") + "\"}"));
        api.enqueue(json(200, "{\"status\":\"failed\",\"jobId\":\"urn:ff:jobs:x2\",\"error_code\":\"runtime_error\"}"));
        assertThatThrownBy(() -> expander.expand(asked))
                .isInstanceOfSatisfying(ProviderException.class, e -> assertThat(e.failure()).isEqualTo(Failure.SERVER_ERROR));
    }

    @Test
    void aCanvasLargerThanFireflyExpandsToIsRefusedBeforeAnyCall() throws Exception {
        ExpandRequest huge = new ExpandRequest(png(8, 8), 3000, 2000, 0, 1000, 0, 1000, "Continue.", null);

        assertThatThrownBy(() -> expander().expand(huge))
                .isInstanceOfSatisfying(ProviderException.class, e -> assertThat(e.failure()).isEqualTo(Failure.BAD_RESPONSE));
        assertThat(ims.getRequestCount() + api.getRequestCount()).isZero();
    }
}
