package org.creativeautomation.plugins.firefly;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import mockwebserver3.junit5.StartStop;
import okhttp3.OkHttpClient;
import org.creativeautomation.engine.spi.Failure;
import org.creativeautomation.engine.spi.ImageGenerationRequest;
import org.creativeautomation.engine.spi.ImageGenerator;
import org.creativeautomation.engine.spi.ImageResult;
import org.creativeautomation.engine.spi.ProviderException;
import org.creativeautomation.engine.spi.ProviderSettings;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The plugin against local servers that answer as Adobe IMS, the Firefly API and presigned
 * storage do: token, submit, poll, download.
 */
class FireflyImageGeneratorTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CLIENT_ID = "ff-client-id-123";
    private static final String CLIENT_SECRET = "p8e-s3cr3t-VALUE";
    private static final String TOKEN = "eyJ-token-one";
    private static final String TOKEN_2 = "eyJ-token-two";

    @StartStop
    private final MockWebServer ims = new MockWebServer();
    @StartStop
    private final MockWebServer api = new MockWebServer();
    @StartStop
    private final MockWebServer storage = new MockWebServer();

    private final SteppedTime time = new SteppedTime();
    private final Map<String, String> extraSettings = new HashMap<>();
    private OkHttpClient http = new OkHttpClient.Builder().readTimeout(Duration.ofSeconds(10)).build();

    private ImageGenerator generator() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("FIREFLY_CLIENT_ID", CLIENT_ID);
        values.put("FIREFLY_CLIENT_SECRET", CLIENT_SECRET);
        values.put("FIREFLY_IMS_URL", ims.url("/ims/token/v3").toString());
        values.put("FIREFLY_BASE_URL", api.url("/").toString());
        values.putAll(extraSettings);
        OkHttpClient client = http;
        return new FireflyImageGeneratorProvider(time, time, () -> client)
                .create(ProviderSettings.of(values, Map.of())).orElseThrow();
    }

    private static ImageGenerationRequest square(Long seed) {
        return new ImageGenerationRequest(null, "A can of sparkling water on a beach. No text in the image.",
                "people, logos", 2048, 2048, seed, null);
    }

    // --- answers as the real services give them ---------------------------------------------

    private static MockResponse json(int code, String body) {
        return new MockResponse.Builder().code(code).addHeader("Content-Type", "application/json").body(body).build();
    }

    private static MockResponse token(String token, long expiresIn) {
        return json(200, "{\"access_token\":\"" + token + "\",\"token_type\":\"bearer\",\"expires_in\":" + expiresIn + "}");
    }

    private MockResponse accepted(String jobId) {
        return json(202, "{\"jobId\":\"" + jobId + "\",\"statusUrl\":\"" + api.url("/v3/status/" + jobId)
                + "\",\"cancelUrl\":\"" + api.url("/v3/cancel/" + jobId) + "\"}");
    }

    private static MockResponse running(String jobId) {
        return json(200, "{\"status\":\"running\",\"jobId\":\"" + jobId + "\"}");
    }

    private MockResponse succeeded(String jobId, long seed) {
        return json(200, "{\"status\":\"succeeded\",\"jobId\":\"" + jobId + "\",\"result\":{\"size\":{\"width\":2048,"
                + "\"height\":2048},\"outputs\":[{\"seed\":" + seed + ",\"image\":{\"url\":\""
                + storage.url("/images/" + jobId + ".png?X-Amz-Signature=abc") + "\"}}],\"contentClass\":\"photo\"}}");
    }

    private static byte[] png() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB), "png", bytes);
        return bytes.toByteArray();
    }

    private void enqueueSucceedingJob(String jobId, byte[] image) {
        api.enqueue(accepted(jobId));
        api.enqueue(succeeded(jobId, 1234));
        storage.enqueue(new MockResponse.Builder().code(200).addHeader("Content-Type", "image/png")
                .body(new okio.Buffer().write(image)).build());
    }

    private static RecordedRequest next(MockWebServer server) throws InterruptedException {
        RecordedRequest request = server.takeRequest(5, TimeUnit.SECONDS);
        assertThat(request).as("a request reached " + server.url("/")).isNotNull();
        return request;
    }

    private static Map<String, String> form(RecordedRequest request) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String pair : request.getBody().utf8().split("&")) {
            String[] parts = pair.split("=", 2);
            fields.put(URLDecoder.decode(parts[0], StandardCharsets.UTF_8), URLDecoder.decode(parts[1], StandardCharsets.UTF_8));
        }
        return fields;
    }

    private static ProviderException failureOf(Runnable call) {
        try {
            call.run();
        } catch (ProviderException e) {
            return e;
        }
        throw new AssertionError("expected a ProviderException");
    }

    // --- the token -----------------------------------------------------------------------------

    @Test
    void asksImsForAClientCredentialsTokenWithTheFireflyScopes() throws Exception {
        ims.enqueue(token(TOKEN, 86399));
        enqueueSucceedingJob("urn:ff:jobs:1", png());

        generator().generate(square(null));

        RecordedRequest request = next(ims);
        assertThat(request.getMethod()).isEqualTo("POST");
        assertThat(request.getUrl().encodedPath()).isEqualTo("/ims/token/v3");
        assertThat(request.getHeaders().get("Content-Type")).startsWith("application/x-www-form-urlencoded");
        assertThat(form(request)).containsExactlyInAnyOrderEntriesOf(Map.of(
                "client_id", CLIENT_ID,
                "client_secret", CLIENT_SECRET,
                "grant_type", "client_credentials",
                "scope", "openid,AdobeID,session,additional_info,read_organizations,firefly_api,ff_apis"));
    }

    @Test
    void reusesTheCachedTokenForTheNextGeneration() throws Exception {
        ims.enqueue(token(TOKEN, 86399));
        enqueueSucceedingJob("urn:ff:jobs:1", png());
        enqueueSucceedingJob("urn:ff:jobs:2", png());
        ImageGenerator generator = generator();

        generator.generate(square(null));
        generator.generate(square(null));

        assertThat(ims.getRequestCount()).isEqualTo(1);
        for (int i = 0; i < 4; i++) {
            assertThat(next(api).getHeaders().get("Authorization")).isEqualTo("Bearer " + TOKEN);
        }
    }

    @Test
    void fetchesANewTokenFiveMinutesBeforeTheOldOneExpires() throws Exception {
        ims.enqueue(token(TOKEN, 3600));
        ims.enqueue(token(TOKEN_2, 3600));
        enqueueSucceedingJob("urn:ff:jobs:1", png());
        enqueueSucceedingJob("urn:ff:jobs:2", png());
        enqueueSucceedingJob("urn:ff:jobs:3", png());
        ImageGenerator generator = generator();
        List<String> bearers = new java.util.ArrayList<>();

        // The token lives 3600 s and is replaced 300 s early, at 3300 s. Each generation submits,
        // sleeps 2 s and polls once; the first leaves the clock at 2 s.
        generator.generate(square(null));
        time.advance(Duration.ofSeconds(3295).minusNanos(1));
        generator.generate(square(null)); // submits at 3297 s, polls 1 ns before 3299 s
        time.advance(Duration.ofSeconds(1).plusNanos(1));
        generator.generate(square(null)); // submits at 3300 s

        for (int i = 0; i < 6; i++) {
            bearers.add(next(api).getHeaders().get("Authorization"));
        }
        assertThat(ims.getRequestCount()).isEqualTo(2);
        assertThat(bearers).containsExactly("Bearer " + TOKEN, "Bearer " + TOKEN, "Bearer " + TOKEN, "Bearer " + TOKEN,
                "Bearer " + TOKEN_2, "Bearer " + TOKEN_2);
    }

    @Test
    void aRejectedTokenIsReplacedOnceAndTheCallRepeated() throws Exception {
        ims.enqueue(token(TOKEN, 86399));
        ims.enqueue(token(TOKEN_2, 86399));
        api.enqueue(json(401, "{\"error_code\":\"401013\",\"message\":\"Oauth token is not valid\"}"));
        enqueueSucceedingJob("urn:ff:jobs:1", png());

        ImageResult result = generator().generate(square(null));

        assertThat(result.metadata()).containsEntry("jobId", "urn:ff:jobs:1");
        assertThat(ims.getRequestCount()).isEqualTo(2);
        RecordedRequest rejected = next(api);
        RecordedRequest repeated = next(api);
        assertThat(rejected.getHeaders().get("Authorization")).isEqualTo("Bearer " + TOKEN);
        assertThat(repeated.getHeaders().get("Authorization")).isEqualTo("Bearer " + TOKEN_2);
        assertThat(repeated.getUrl().encodedPath()).isEqualTo("/v3/images/generate-async");
        assertThat(repeated.getBody().utf8()).isEqualTo(rejected.getBody().utf8());
        assertThat(next(api).getHeaders().get("Authorization")).isEqualTo("Bearer " + TOKEN_2);
    }

    @Test
    void aSecondRejectionIsAnAuthFailure() {
        ims.enqueue(token(TOKEN, 86399));
        ims.enqueue(token(TOKEN_2, 86399));
        api.enqueue(json(401, "{\"error_code\":\"401013\",\"message\":\"Oauth token is not valid\"}"));
        api.enqueue(json(401, "{\"error_code\":\"401013\",\"message\":\"Oauth token is not valid\"}"));

        ProviderException failure = failureOf(() -> generator().generate(square(null)));

        assertThat(failure.failure()).isEqualTo(Failure.AUTH);
        assertThat(failure.getMessage()).contains("401").contains("FIREFLY_CLIENT_SECRET");
        assertThat(api.getRequestCount()).isEqualTo(2);
    }

    @Test
    void aForbiddenCredentialIsAnAuthFailureWithoutANewToken() {
        ims.enqueue(token(TOKEN, 86399));
        api.enqueue(json(403, "{\"error_code\":\"10007\",\"message\":\"Missing required IMS scope\"}"));

        ProviderException failure = failureOf(() -> generator().generate(square(null)));

        assertThat(failure.failure()).isEqualTo(Failure.AUTH);
        assertThat(ims.getRequestCount()).isEqualTo(1);
        assertThat(api.getRequestCount()).isEqualTo(1);
    }

    @Test
    void aWrongClientSecretIsAnAuthFailureThatNeverShowsTheSecret() {
        ims.enqueue(json(400, "{\"error\":\"invalid_client\",\"error_description\":\"invalid client_secret parameter "
                + CLIENT_SECRET + "\"}"));

        ProviderException failure = failureOf(() -> generator().generate(square(null)));

        assertThat(failure.failure()).isEqualTo(Failure.AUTH);
        assertThat(failure.getMessage()).contains("invalid_client").doesNotContain(CLIENT_SECRET);
        assertThat(api.getRequestCount()).isZero();
    }

    // --- the job -------------------------------------------------------------------------------

    @Test
    void submitsPollsUntilSucceededAndDownloadsThePresignedImage() throws Exception {
        byte[] image = png();
        ims.enqueue(token(TOKEN, 86399));
        api.enqueue(accepted("urn:ff:jobs:eso851211:86ffe2ea"));
        api.enqueue(json(200, "{\"status\":\"not_started\",\"jobId\":\"urn:ff:jobs:eso851211:86ffe2ea\"}"));
        api.enqueue(running("urn:ff:jobs:eso851211:86ffe2ea"));
        api.enqueue(succeeded("urn:ff:jobs:eso851211:86ffe2ea", 2142812600L));
        storage.enqueue(new MockResponse.Builder().code(200).addHeader("Content-Type", "image/png")
                .body(new okio.Buffer().write(image)).build());

        ImageResult result = generator().generate(square(42L));

        RecordedRequest submit = next(api);
        assertThat(submit.getMethod()).isEqualTo("POST");
        assertThat(submit.getUrl().encodedPath()).isEqualTo("/v3/images/generate-async");
        assertThat(submit.getHeaders().get("Authorization")).isEqualTo("Bearer " + TOKEN);
        assertThat(submit.getHeaders().get("x-api-key")).isEqualTo(CLIENT_ID);
        assertThat(submit.getHeaders().get("Content-Type")).startsWith("application/json");
        assertThat(submit.getHeaders().get("x-model-version")).isEqualTo("image4_standard");
        JsonNode body = JSON.readTree(submit.getBody().utf8());
        assertThat(body.get("prompt").asText()).isEqualTo("A can of sparkling water on a beach. No text in the image.");
        assertThat(body.get("negativePrompt").asText()).isEqualTo("people, logos");
        assertThat(body.get("numVariations").asInt()).isEqualTo(1);
        assertThat(body.get("size").get("width").asInt()).isEqualTo(2048);
        assertThat(body.get("size").get("height").asInt()).isEqualTo(2048);
        assertThat(body.get("seeds")).hasSize(1);
        assertThat(body.get("seeds").get(0).asLong()).isEqualTo(42);
        assertThat(body.get("contentClass").asText()).isEqualTo("photo");
        for (int poll = 0; poll < 3; poll++) {
            RecordedRequest status = next(api);
            assertThat(status.getMethod()).isEqualTo("GET");
            assertThat(status.getUrl().encodedPath()).isEqualTo("/v3/status/urn:ff:jobs:eso851211:86ffe2ea");
            assertThat(status.getHeaders().get("Authorization")).isEqualTo("Bearer " + TOKEN);
            assertThat(status.getHeaders().get("x-api-key")).isEqualTo(CLIENT_ID);
        }
        RecordedRequest download = next(storage);
        assertThat(download.getMethod()).isEqualTo("GET");
        assertThat(download.getUrl().encodedPath()).isEqualTo("/images/urn:ff:jobs:eso851211:86ffe2ea.png");
        assertThat(download.getUrl().queryParameter("X-Amz-Signature")).isEqualTo("abc");
        assertThat(download.getHeaders().get("Authorization")).isNull();
        assertThat(download.getHeaders().get("x-api-key")).isNull();

        assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(2), Duration.ofSeconds(2));
        assertThat(result.images()).hasSize(1);
        assertThat(result.images().get(0)).isEqualTo(image);
        assertThat(result.costUsd()).isEqualTo(0.04);
        assertThat(result.metadata()).containsEntry("jobId", "urn:ff:jobs:eso851211:86ffe2ea")
                .containsEntry("model", "image4_standard")
                .containsEntry("seed", "2142812600")
                .containsEntry("size", "2048x2048");
    }

    @Test
    void asksForTheSupportedSizeNearestTheRequestAndTheConfiguredModel() throws Exception {
        extraSettings.put("FIREFLY_IMAGE_MODEL", "image3");
        extraSettings.put("FIREFLY_CONTENT_CLASS", "art");
        extraSettings.put("FIREFLY_PRICE_PER_IMAGE_USD", "0.025");
        ims.enqueue(token(TOKEN, 86399));
        enqueueSucceedingJob("urn:ff:jobs:1", png());
        ImageGenerator generator = generator();

        ImageResult result = generator.generate(new ImageGenerationRequest(null, "wide beach", null, 1280, 720,
                -5L, null));

        RecordedRequest submit = next(api);
        JsonNode body = JSON.readTree(submit.getBody().utf8());
        assertThat(submit.getHeaders().get("x-model-version")).isEqualTo("image3");
        assertThat(body.get("size").get("width").asInt()).isEqualTo(1344);
        assertThat(body.get("size").get("height").asInt()).isEqualTo(768);
        assertThat(body.get("contentClass").asText()).isEqualTo("art");
        assertThat(body.has("negativePrompt")).isFalse();
        assertThat(body.get("seeds").get(0).asLong()).as("folded into Firefly's 32-bit range").isEqualTo((1L << 31) - 5);
        assertThat(result.costUsd()).isEqualTo(0.025);
        assertThat(generator.capabilities().models().get(0)).isEqualTo("image3");
        assertThat(generator.capabilities().pricePerImageUsd()).isEqualTo(0.025);
        assertThat(generator.capabilities().supports(1344, 768)).isTrue();
    }

    @Test
    void aJobFailedByTheContentPolicyIsARefusal() {
        ims.enqueue(token(TOKEN, 86399));
        api.enqueue(accepted("urn:ff:jobs:1"));
        api.enqueue(running("urn:ff:jobs:1"));
        api.enqueue(json(200, "{\"status\":\"failed\",\"jobId\":\"urn:ff:jobs:1\",\"error_code\":\"output_media_unsafe\","
                + "\"message\":\"The generated image was flagged\"}"));

        ProviderException failure = failureOf(() -> generator().generate(square(null)));

        assertThat(failure.failure()).isEqualTo(Failure.REFUSED);
        assertThat(failure.getMessage()).contains("urn:ff:jobs:1").contains("output_media_unsafe");
        assertThat(storage.getRequestCount()).isZero();
    }

    @Test
    void aJobFailedForAnyOtherReasonIsAServerError() {
        ims.enqueue(token(TOKEN, 86399));
        api.enqueue(accepted("urn:ff:jobs:1"));
        api.enqueue(json(200, "{\"status\":\"failed\",\"jobId\":\"urn:ff:jobs:1\",\"error_code\":\"runtime_error\","
                + "\"message\":\"Internal error\"}"));

        ProviderException failure = failureOf(() -> generator().generate(square(null)));

        assertThat(failure.failure()).isEqualTo(Failure.SERVER_ERROR);
        assertThat(failure.failure().isTransient()).isTrue();
    }

    @Test
    void aJobCancelledOnFireflysSideIsAServerError() {
        ims.enqueue(token(TOKEN, 86399));
        api.enqueue(accepted("urn:ff:jobs:1"));
        api.enqueue(json(200, "{\"status\":\"cancel_pending\",\"jobId\":\"urn:ff:jobs:1\"}"));
        api.enqueue(json(200, "{\"status\":\"canceled\",\"jobId\":\"urn:ff:jobs:1\"}"));

        ProviderException failure = failureOf(() -> generator().generate(square(null)));

        assertThat(failure.failure()).isEqualTo(Failure.SERVER_ERROR);
        assertThat(api.getRequestCount()).isEqualTo(3);
    }

    @Test
    void aJobThatOutlivesTheTimeoutIsCancelledAndTimesOut() throws Exception {
        extraSettings.put("FIREFLY_JOB_TIMEOUT_SECONDS", "10");
        ims.enqueue(token(TOKEN, 86399));
        api.enqueue(accepted("urn:ff:jobs:1"));
        for (int i = 0; i < 5; i++) {
            api.enqueue(running("urn:ff:jobs:1"));
        }
        api.enqueue(json(200, "{}"));

        ProviderException failure = failureOf(() -> generator().generate(square(null)));

        assertThat(failure.failure()).isEqualTo(Failure.TIMEOUT);
        assertThat(time.sleeps()).hasSize(5).allMatch(Duration.ofSeconds(2)::equals);
        next(api);
        for (int i = 0; i < 5; i++) {
            assertThat(next(api).getMethod()).isEqualTo("GET");
        }
        RecordedRequest cancel = next(api);
        assertThat(cancel.getMethod()).isEqualTo("PUT");
        assertThat(cancel.getUrl().encodedPath()).isEqualTo("/v3/cancel/urn:ff:jobs:1");
        assertThat(cancel.getHeaders().get("Authorization")).isEqualTo("Bearer " + TOKEN);
    }

    @Test
    void anInterruptedCallerCancelsTheJob() throws Exception {
        ims.enqueue(token(TOKEN, 86399));
        api.enqueue(accepted("urn:ff:jobs:1"));
        api.enqueue(json(200, "{}"));
        time.interruptNextSleep();

        ProviderException failure;
        try {
            failure = failureOf(() -> generator().generate(square(null)));
            assertThat(Thread.currentThread().isInterrupted()).as("the interrupt is kept for the caller").isTrue();
        } finally {
            Thread.interrupted();
        }

        assertThat(failure.failure()).isEqualTo(Failure.CANCELLED);
        next(api);
        RecordedRequest cancel = next(api);
        assertThat(cancel.getMethod()).isEqualTo("PUT");
        assertThat(cancel.getUrl().encodedPath()).isEqualTo("/v3/cancel/urn:ff:jobs:1");
    }

    @Test
    void withoutAStatusUrlTheJobIsPolledAtTheDocumentedPath() throws Exception {
        ims.enqueue(token(TOKEN, 86399));
        api.enqueue(json(202, "{\"jobId\":\"urn:ff:jobs:7\"}"));
        api.enqueue(succeeded("urn:ff:jobs:7", 7));
        storage.enqueue(new MockResponse.Builder().code(200).body(new okio.Buffer().write(png())).build());

        generator().generate(square(null));

        next(api);
        assertThat(next(api).getUrl().encodedPath()).isEqualTo("/v3/status/urn:ff:jobs:7");
    }

    @Test
    void credentialsAreNotSentToAStatusUrlOutsideFirefly() {
        ims.enqueue(token(TOKEN, 86399));
        api.enqueue(json(202, "{\"jobId\":\"urn:ff:jobs:1\",\"statusUrl\":\"" + storage.url("/v3/status/urn:ff:jobs:1")
                + "\"}"));

        ProviderException failure = failureOf(() -> generator().generate(square(null)));

        assertThat(failure.failure()).isEqualTo(Failure.BAD_RESPONSE);
        assertThat(storage.getRequestCount()).isZero();
    }

    // --- errors --------------------------------------------------------------------------------

    @Test
    void rateLimitIsReportedWithRetryAfter() {
        ims.enqueue(token(TOKEN, 86399));
        api.enqueue(new MockResponse.Builder().code(429).addHeader("Content-Type", "application/json")
                .addHeader("Retry-After", "30").body("{\"error_code\":\"429001\",\"message\":\"Too many requests\"}").build());

        ProviderException failure = failureOf(() -> generator().generate(square(null)));

        assertThat(failure.failure()).isEqualTo(Failure.RATE_LIMITED);
        assertThat(failure.retryAfter()).contains(Duration.ofSeconds(30));
        assertThat(api.getRequestCount()).as("the router retries, not the plugin").isEqualTo(1);
    }

    @Test
    void aServerErrorIsTransient() {
        ims.enqueue(token(TOKEN, 86399));
        api.enqueue(json(500, "{\"error_code\":\"10002\",\"message\":\"Internal Server Error\"}"));

        ProviderException failure = failureOf(() -> generator().generate(square(null)));

        assertThat(failure.failure()).isEqualTo(Failure.SERVER_ERROR);
        assertThat(failure.getMessage()).contains("500");
    }

    @Test
    void anUnsafePromptIsARefusal() {
        ims.enqueue(token(TOKEN, 86399));
        api.enqueue(json(451, "{\"error_code\":\"prompt_unsafe\",\"message\":\"The prompt is not allowed\"}"));

        ProviderException failure = failureOf(() -> generator().generate(square(null)));

        assertThat(failure.failure()).isEqualTo(Failure.REFUSED);
        assertThat(failure.getMessage()).contains("prompt_unsafe");
    }

    @Test
    void aDeniedEntityInABadRequestIsARefusalButAValidationErrorIsNot() {
        ims.enqueue(token(TOKEN, 86399));
        api.enqueue(json(400, "{\"error_code\":\"prompt_entity_denied\",\"message\":\"Denied entity\"}"));
        api.enqueue(json(422, "{\"error_code\":\"validation_error\",\"message\":\"prompt too long\"}"));
        ImageGenerator generator = generator();

        assertThat(failureOf(() -> generator.generate(square(null))).failure()).isEqualTo(Failure.REFUSED);
        assertThat(failureOf(() -> generator.generate(square(null))).failure()).isEqualTo(Failure.BAD_RESPONSE);
    }

    @Test
    void anAnswerThatNeverComesIsATimeout() {
        http = new OkHttpClient.Builder().readTimeout(Duration.ofMillis(300)).build();
        ims.enqueue(token(TOKEN, 86399));
        api.enqueue(new MockResponse.Builder().onResponseStart(SocketEffect.Stall.INSTANCE).build());

        ProviderException failure = failureOf(() -> generator().generate(square(null)));

        assertThat(failure.failure()).isEqualTo(Failure.TIMEOUT);
    }

    @Test
    void malformedJsonIsABadResponse() {
        ims.enqueue(token(TOKEN, 86399));
        api.enqueue(json(202, "{\"jobId\": \"urn:ff:jobs:1\", \"statusUrl\": "));

        ProviderException failure = failureOf(() -> generator().generate(square(null)));

        assertThat(failure.failure()).isEqualTo(Failure.BAD_RESPONSE);
        assertThat(failure.getMessage()).contains("malformed JSON");
    }

    @Test
    void aDownloadThatIsNotAnImageIsABadResponse() {
        ims.enqueue(token(TOKEN, 86399));
        enqueueSucceedingJob("urn:ff:jobs:1", "<Error>AccessDenied</Error>".getBytes(StandardCharsets.UTF_8));

        assertThat(failureOf(() -> generator().generate(square(null))).failure()).isEqualTo(Failure.BAD_RESPONSE);
    }

    @Test
    void secretsAndTokensNeverReachExceptionMessages() {
        ims.enqueue(token(TOKEN, 86399));
        // A misbehaving gateway echoing what it was sent.
        api.enqueue(json(500, "{\"error_code\":\"10002\",\"message\":\"bad header Bearer " + TOKEN + " for "
                + CLIENT_SECRET + "\"}"));

        ProviderException failure = failureOf(() -> generator().generate(square(null)));

        assertThat(failure.getMessage()).contains("500").doesNotContain(TOKEN).doesNotContain(CLIENT_SECRET);
        assertThat(String.valueOf(failure.getCause())).doesNotContain(TOKEN).doesNotContain(CLIENT_SECRET);
    }

    // --- client-side rate limit -----------------------------------------------------------------

    @Test
    void submissionsBeyondThePerMinuteLimitWaitForTheirTurn() throws Exception {
        extraSettings.put("FIREFLY_REQUESTS_PER_MINUTE", "2");
        extraSettings.put("FIREFLY_POLL_INTERVAL_MS", "1");
        ims.enqueue(token(TOKEN, 86399));
        for (int i = 1; i <= 3; i++) {
            enqueueSucceedingJob("urn:ff:jobs:" + i, png());
        }
        ImageGenerator generator = generator();

        for (int i = 0; i < 3; i++) {
            generator.generate(square(null));
        }

        // Two submissions pass at once; the third waits for the bucket to refill, less the 2 ms polled meanwhile.
        assertThat(time.sleeps()).containsExactly(Duration.ofMillis(1), Duration.ofMillis(1),
                Duration.ofSeconds(30).minusMillis(2), Duration.ofMillis(1));
        assertThat(api.getRequestCount()).isEqualTo(6);
    }
}
