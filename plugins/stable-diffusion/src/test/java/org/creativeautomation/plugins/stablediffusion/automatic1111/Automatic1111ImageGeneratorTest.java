package org.creativeautomation.plugins.stablediffusion.automatic1111;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import mockwebserver3.junit5.StartStop;
import org.creativeautomation.engine.spi.Failure;
import org.creativeautomation.engine.spi.ImageGenerationRequest;
import org.creativeautomation.engine.spi.ImageGenerator;
import org.creativeautomation.engine.spi.ImageResult;
import org.creativeautomation.engine.spi.ProviderException;
import org.creativeautomation.engine.spi.ProviderSettings;
import org.creativeautomation.plugins.stablediffusion.TestImages;
import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The plugin against a local server that answers as the WebUI's {@code /sdapi/v1/txt2img} does
 * (modules/api/api.py and models.py of AUTOMATIC1111/stable-diffusion-webui).
 */
class Automatic1111ImageGeneratorTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PASSWORD = "s3cret-Pa55word";

    @StartStop
    private final MockWebServer server = new MockWebServer();

    private ImageGenerator generator(Map<String, String> extra) {
        return generator(extra, UnaryOperator.identity());
    }

    private ImageGenerator generator(Map<String, String> extra, UnaryOperator<okhttp3.OkHttpClient.Builder> tuning) {
        Map<String, String> values = new HashMap<>(extra);
        values.putIfAbsent("SD_WEBUI_URL", server.url("/").toString());
        return new Automatic1111ImageGeneratorProvider(tuning).create(ProviderSettings.of(values, Map.of()))
                .orElseThrow();
    }

    /** What the WebUI answers: base64 images, the request echoed, and info as a string of JSON. */
    private static MockResponse txt2img(byte[] image, Map<String, Object> info) throws IOException {
        ObjectNode body = JSON.createObjectNode();
        body.putArray("images").add(Base64.getEncoder().encodeToString(image));
        body.putObject("parameters").put("prompt", "echoed");
        body.put("info", JSON.writeValueAsString(info));
        return json(200, body.toString());
    }

    private static MockResponse json(int code, String body) {
        return new MockResponse.Builder().code(code).addHeader("Content-Type", "application/json").body(body).build();
    }

    private static Map<String, Object> info(long seed, int width, int height) {
        Map<String, Object> info = new HashMap<>();
        info.put("prompt", "echoed");
        info.put("seed", seed);
        info.put("all_seeds", List.of(seed));
        info.put("width", width);
        info.put("height", height);
        info.put("sampler_name", "Euler a");
        info.put("steps", 30);
        info.put("cfg_scale", 7.0);
        info.put("sd_model_name", "sd_xl_base_1.0");
        info.put("sd_model_hash", "31e35c80fc");
        info.put("infotexts", List.of("echoed\nSteps: 30, Sampler: Euler a"));
        return info;
    }

    private static ImageGenerationRequest request(int width, int height, Long seed) {
        return new ImageGenerationRequest(null, "A can of sparkling water on a beach. No text.", "text, watermark",
                width, height, seed, null);
    }

    private JsonNode sentBody() throws InterruptedException, IOException {
        return JSON.readTree(sent().getBody().utf8());
    }

    private RecordedRequest sent() throws InterruptedException {
        RecordedRequest request = server.takeRequest(5, TimeUnit.SECONDS);
        assertThat(request).as("a request reached the server").isNotNull();
        return request;
    }

    @Test
    void sendsTxt2ImgWithTheDocumentedFieldsAndDecodesThePng() throws Exception {
        server.enqueue(txt2img(TestImages.png(1000, 600), info(42, 1000, 600)));

        ImageResult result = generator(Map.of()).generate(request(1001, 603, 42L));

        RecordedRequest request = sent();
        assertThat(request.getMethod()).isEqualTo("POST");
        assertThat(request.getUrl().encodedPath()).isEqualTo("/sdapi/v1/txt2img");
        assertThat(request.getHeaders().get("Content-Type")).startsWith("application/json");
        assertThat(request.getHeaders().get("Authorization")).isNull();
        JsonNode body = JSON.readTree(request.getBody().utf8());
        assertThat(body.get("prompt").asText()).isEqualTo("A can of sparkling water on a beach. No text.");
        assertThat(body.get("negative_prompt").asText()).isEqualTo("text, watermark");
        assertThat(body.get("width").asInt()).as("1001 rounded to a multiple of 8").isEqualTo(1000);
        assertThat(body.get("height").asInt()).as("603 rounded to a multiple of 8").isEqualTo(600);
        assertThat(body.get("seed").asLong()).isEqualTo(42);
        assertThat(body.get("steps").asInt()).isEqualTo(30);
        assertThat(body.get("cfg_scale").asDouble()).isEqualTo(7.0);
        assertThat(body.get("sampler_name").asText()).isEqualTo("Euler a");
        assertThat(body.get("batch_size").asInt()).isEqualTo(1);
        assertThat(body.get("n_iter").asInt()).isEqualTo(1);
        assertThat(body.get("send_images").asBoolean()).isTrue();
        assertThat(body.get("save_images").asBoolean()).isFalse();
        assertThat(body.has("override_settings")).as("no checkpoint configured").isFalse();

        BufferedImage image = TestImages.read(result.images().get(0));
        assertThat(image.getWidth()).isEqualTo(1000);
        assertThat(image.getHeight()).isEqualTo(600);
        assertThat(result.images()).hasSize(1);
        assertThat(result.costUsd()).isZero();
        assertThat(result.metadata())
                .containsEntry("model", "sd_xl_base_1.0")
                .containsEntry("model_hash", "31e35c80fc")
                .containsEntry("seed", "42")
                .containsEntry("sampler", "Euler a")
                .containsEntry("steps", "30")
                .containsEntry("size", "1000x600")
                .containsEntry("format", "png");
    }

    @Test
    void asksForTheLongerSideCappedAtTheConfiguredMaximum() throws Exception {
        server.enqueue(txt2img(TestImages.png(64, 64), info(1, 1536, 1536)));
        server.enqueue(txt2img(TestImages.png(64, 64), info(1, 1024, 344)));

        generator(Map.of("SD_WEBUI_MAX_SIDE", "1536")).generate(request(2048, 2048, 1L));
        generator(Map.of()).generate(request(3000, 1000, 1L));

        JsonNode square = sentBody();
        assertThat(square.get("width").asInt()).isEqualTo(1536);
        assertThat(square.get("height").asInt()).isEqualTo(1536);
        JsonNode wide = sentBody();
        assertThat(wide.get("width").asInt()).as("the default maximum side").isEqualTo(1024);
        assertThat(wide.get("height").asInt()).as("1000 * 1024 / 3000 = 341.3, nearest multiple of 8").isEqualTo(344);
    }

    @Test
    void leavesAMissingSeedToTheServerAndReportsTheOneItPicked() throws Exception {
        server.enqueue(txt2img(TestImages.png(64, 64), info(3735928559L, 512, 512)));

        ImageResult result = generator(Map.of()).generate(request(512, 512, null));

        assertThat(sentBody().get("seed").asLong()).isEqualTo(-1);
        assertThat(result.metadata()).containsEntry("seed", "3735928559");
    }

    @Test
    void foldsEngineSeedsIntoTheServersUnsignedRange() throws Exception {
        server.enqueue(txt2img(TestImages.png(64, 64), info(4294967291L, 512, 512)));
        server.enqueue(txt2img(TestImages.png(64, 64), info(1, 512, 512)));

        generator(Map.of()).generate(request(512, 512, -5L));
        generator(Map.of()).generate(request(512, 512, (1L << 32) + 1));

        assertThat(sentBody().get("seed").asLong()).as("-5 mod 2^32").isEqualTo(4294967291L);
        assertThat(sentBody().get("seed").asLong()).as("2^32 + 1 mod 2^32").isEqualTo(1);
    }

    @Test
    void switchesToTheConfiguredCheckpointAndNamesItAsTheModel() throws Exception {
        server.enqueue(txt2img(TestImages.png(64, 64), info(7, 512, 512)));
        ImageGenerator generator = generator(Map.of("SD_WEBUI_CHECKPOINT", "juggernautXL_v9.safetensors",
                "SD_WEBUI_SAMPLER", "DPM++ 2M", "SD_WEBUI_STEPS", "25", "SD_WEBUI_CFG_SCALE", "5.5"));

        generator.generate(request(512, 512, 7L));

        JsonNode body = sentBody();
        assertThat(body.at("/override_settings/sd_model_checkpoint").asText()).isEqualTo("juggernautXL_v9.safetensors");
        assertThat(body.get("override_settings_restore_afterwards").asBoolean()).isFalse();
        assertThat(body.get("sampler_name").asText()).isEqualTo("DPM++ 2M");
        assertThat(body.get("steps").asInt()).isEqualTo(25);
        assertThat(body.get("cfg_scale").asDouble()).isEqualTo(5.5);
        assertThat(generator.capabilities().models()).containsExactly("juggernautXL_v9.safetensors");
        assertThat(generator.capabilities().negativePrompts()).isTrue();
        assertThat(generator.capabilities().seeds()).isTrue();
        assertThat(generator.capabilities().pricePerImageUsd()).isZero();
        assertThat(generator.capabilities().supports(1000, 600)).isTrue();
    }

    @Test
    void reachesAServerBehindAPathPrefix() throws Exception {
        server.enqueue(txt2img(TestImages.png(64, 64), info(7, 512, 512)));

        generator(Map.of("SD_WEBUI_URL", server.url("/webui/").toString())).generate(request(512, 512, 7L));

        assertThat(sent().getUrl().encodedPath()).isEqualTo("/webui/sdapi/v1/txt2img");
    }

    @Test
    void sendsTheApiAuthAsBasicAuthentication() throws Exception {
        server.enqueue(txt2img(TestImages.png(64, 64), info(7, 512, 512)));

        generator(Map.of("SD_WEBUI_AUTH", "studio:" + PASSWORD)).generate(request(512, 512, 7L));

        String expected = "Basic " + Base64.getEncoder().encodeToString(("studio:" + PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
        assertThat(sent().getHeaders().get("Authorization")).isEqualTo(expected);
    }

    @Test
    void rejectedCredentialsAreAnAuthFailureThatNeverShowsThePassword() {
        server.enqueue(new MockResponse.Builder().code(401).addHeader("Content-Type", "application/json")
                .addHeader("WWW-Authenticate", "Basic").body("{\"detail\":\"Incorrect username or password\"}").build());
        ImageGenerator generator = generator(Map.of("SD_WEBUI_AUTH", "studio:" + PASSWORD));

        assertThatThrownBy(() -> generator.generate(request(512, 512, 7L))).isInstanceOfSatisfying(ProviderException.class,
                e -> {
                    assertThat(e.failure()).isEqualTo(Failure.AUTH);
                    assertThat(e.getMessage()).contains("SD_WEBUI_AUTH").doesNotContain(PASSWORD);
                    assertThat(String.valueOf(e)).doesNotContain(PASSWORD);
                });
        assertThat(generator.toString()).doesNotContain(PASSWORD).contains(server.url("/").host());
    }

    @Test
    void anAuthSettingWithoutAColonNamesTheSettingButNotItsValue() {
        assertThatThrownBy(() -> generator(Map.of("SD_WEBUI_AUTH", PASSWORD)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("SD_WEBUI_AUTH").hasMessageContaining("user:password")
                .hasMessageNotContaining(PASSWORD);
    }

    @Test
    void aRefusedConnectionNamesTheUrlSettingAndAsksWhetherTheServerRuns() throws IOException {
        MockWebServer stopped = new MockWebServer();
        stopped.start();
        String url = stopped.url("/").toString();
        stopped.close();

        assertThatThrownBy(() -> generator(Map.of("SD_WEBUI_URL", url)).generate(request(512, 512, 7L)))
                .isInstanceOfSatisfying(ProviderException.class, e -> {
                    assertThat(e.failure()).isEqualTo(Failure.SERVER_ERROR);
                    assertThat(e.getMessage()).contains("SD_WEBUI_URL").contains("is the server running?");
                });
    }

    @Test
    void aServerErrorIsReportedWithTheWebUisOwnText() {
        server.enqueue(json(500, "{\"error\":\"OutOfMemoryError\",\"detail\":\"\",\"body\":\"\","
                + "\"errors\":\"CUDA out of memory. Tried to allocate 2.00 GiB\"}"));

        assertThatThrownBy(() -> generator(Map.of()).generate(request(512, 512, 7L)))
                .isInstanceOfSatisfying(ProviderException.class, e -> {
                    assertThat(e.failure()).isEqualTo(Failure.SERVER_ERROR);
                    assertThat(e.getMessage()).contains("500").contains("CUDA out of memory");
                });
    }

    @Test
    void aWebUiWithoutTheApiIsAskedAboutApiFlag() {
        server.enqueue(json(404, "{\"detail\":\"Not Found\"}"));

        assertThatThrownBy(() -> generator(Map.of()).generate(request(512, 512, 7L)))
                .isInstanceOfSatisfying(ProviderException.class, e -> {
                    assertThat(e.failure()).isEqualTo(Failure.BAD_RESPONSE);
                    assertThat(e.getMessage()).contains("--api");
                });
    }

    @Test
    void aServerThatStopsAnsweringIsATimeout() {
        server.enqueue(new MockResponse.Builder().onResponseStart(SocketEffect.Stall.INSTANCE).build());
        ImageGenerator generator = generator(Map.of(), http -> http.readTimeout(Duration.ofMillis(200)));

        assertThatThrownBy(() -> generator.generate(request(512, 512, 7L)))
                .isInstanceOfSatisfying(ProviderException.class, e -> {
                    assertThat(e.failure()).isEqualTo(Failure.TIMEOUT);
                    assertThat(e.getMessage()).contains("SD_WEBUI_TIMEOUT_SECONDS");
                });
    }

    @Test
    void answersThatAreNotJsonOrLackImagesOrCarryBrokenInfoAreBadResponses() throws Exception {
        server.enqueue(new MockResponse.Builder().code(200).body("<html>gradio</html>").build());
        server.enqueue(json(200, "{\"images\": [], \"parameters\": {}, \"info\": \"{}\"}"));
        ObjectNode brokenInfo = JSON.createObjectNode();
        brokenInfo.putArray("images").add(Base64.getEncoder().encodeToString(TestImages.png(64, 64)));
        brokenInfo.put("info", "{\"seed\": 42,");
        server.enqueue(json(200, brokenInfo.toString()));
        ObjectNode notAnImage = JSON.createObjectNode();
        notAnImage.putArray("images").add(Base64.getEncoder().encodeToString("RIFF....WEBPVP8 ".getBytes(StandardCharsets.US_ASCII)));
        notAnImage.put("info", "{}");
        server.enqueue(json(200, notAnImage.toString()));
        ImageGenerator generator = generator(Map.of());

        for (String expected : List.of("not JSON", "without images", "info is not valid JSON", "neither PNG nor JPEG")) {
            assertThatThrownBy(() -> generator.generate(request(512, 512, 7L)))
                    .isInstanceOfSatisfying(ProviderException.class, e -> {
                        assertThat(e.failure()).isEqualTo(Failure.BAD_RESPONSE);
                        assertThat(e.getMessage()).contains(expected);
                    });
        }
    }

    @Test
    void theUrlMayComeFromTheEnvironment() {
        assertThat(new Automatic1111ImageGeneratorProvider().create(ProviderSettings.of(Map.of(),
                Map.of("SD_WEBUI_URL", "http://127.0.0.1:7860")))).isPresent();
    }

    @Test
    void unusableSettingsAreNamedWithWhatWasExpected() {
        assertThatThrownBy(() -> generator(Map.of("SD_WEBUI_URL", "localhost:7860")))
                .hasMessageContaining("SD_WEBUI_URL").hasMessageContaining("http://");
        assertThatThrownBy(() -> generator(Map.of("SD_WEBUI_URL", "http://studio:" + PASSWORD + "@127.0.0.1:7860")))
                .hasMessageContaining("SD_WEBUI_URL").hasMessageNotContaining(PASSWORD);
        assertThatThrownBy(() -> generator(Map.of("SD_WEBUI_STEPS", "many")))
                .hasMessageContaining("SD_WEBUI_STEPS").hasMessageContaining("whole number from 1 to 150");
        assertThatThrownBy(() -> generator(Map.of("SD_WEBUI_MAX_SIDE", "1001")))
                .hasMessageContaining("SD_WEBUI_MAX_SIDE").hasMessageContaining("multiple of 8");
    }
}
