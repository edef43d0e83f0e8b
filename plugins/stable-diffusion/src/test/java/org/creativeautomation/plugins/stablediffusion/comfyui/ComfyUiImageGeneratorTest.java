package org.creativeautomation.plugins.stablediffusion.comfyui;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import okio.Buffer;
import org.creativeautomation.engine.spi.Failure;
import org.creativeautomation.engine.spi.ImageGenerationRequest;
import org.creativeautomation.engine.spi.ImageGenerator;
import org.creativeautomation.engine.spi.ImageResult;
import org.creativeautomation.engine.spi.ProviderException;
import org.creativeautomation.engine.spi.ProviderSettings;
import org.creativeautomation.plugins.stablediffusion.TestImages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The plugin against a local server that answers as ComfyUI's server.py does: {@code POST /prompt}
 * validates and queues, {@code GET /history/{id}} is {@code {}} until the prompt has run, and
 * {@code GET /view} serves the saved file.
 */
class ComfyUiImageGeneratorTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PROMPT_ID = "3f5e7a4c-2b1d-4e6f-9a8b-0c1d2e3f4a5b";
    private static final String CHECKPOINT = "sd_xl_base_1.0.safetensors";

    @StartStop
    private final MockWebServer server = new MockWebServer();

    @TempDir
    Path temp;

    /** Time only moves when the generator sleeps, so the overall timeout is reached without waiting. */
    private final AtomicLong nanos = new AtomicLong(1_000_000_000L);
    private final List<Duration> sleeps = new ArrayList<>();
    private final Sleeper sleeper = duration -> {
        sleeps.add(duration);
        nanos.addAndGet(duration.toNanos());
    };

    private ImageGenerator generator(Map<String, String> extra) {
        Map<String, String> values = new HashMap<>(extra);
        values.putIfAbsent("COMFYUI_URL", server.url("/").toString());
        if (!values.containsKey("COMFYUI_WORKFLOW")) {
            values.putIfAbsent("COMFYUI_CHECKPOINT", CHECKPOINT);
        }
        return new ComfyUiImageGeneratorProvider(sleeper, nanos::get, () -> 0xCAFE_F00DL)
                .create(ProviderSettings.of(values, Map.of())).orElseThrow();
    }

    private static MockResponse json(int code, String body) {
        return new MockResponse.Builder().code(code).addHeader("Content-Type", "application/json").body(body).build();
    }

    private static MockResponse queued() {
        return json(200, "{\"prompt_id\": \"" + PROMPT_ID + "\", \"number\": 4, \"node_errors\": {}}");
    }

    private static MockResponse stillRunning() {
        return json(200, "{}");
    }

    private static MockResponse finished(String outputs) {
        return json(200, "{\"" + PROMPT_ID + "\": {\"prompt\": [4, \"" + PROMPT_ID + "\", {}, {}, [\"9\"]],"
                + " \"outputs\": " + outputs + ","
                + " \"status\": {\"status_str\": \"success\", \"completed\": true, \"messages\": ["
                + "[\"execution_start\", {\"prompt_id\": \"" + PROMPT_ID + "\", \"timestamp\": 1}],"
                + "[\"execution_success\", {\"prompt_id\": \"" + PROMPT_ID + "\", \"timestamp\": 2}]]},"
                + " \"meta\": {}}}");
    }

    private static String savedImage(String filename) {
        return "{\"9\": {\"images\": [{\"filename\": \"" + filename + "\", \"subfolder\": \"\", \"type\": \"output\"}]}}";
    }

    private static MockResponse png(int width, int height) {
        return new MockResponse.Builder().code(200).addHeader("Content-Type", "image/png")
                .body(new Buffer().write(TestImages.png(width, height))).build();
    }

    private static ImageGenerationRequest request(int width, int height, Long seed) {
        return new ImageGenerationRequest(null, "A can of \"sparkling\" water on a beach. No text.", "text, watermark",
                width, height, seed, null);
    }

    private RecordedRequest sent() throws InterruptedException {
        RecordedRequest request = server.takeRequest(5, TimeUnit.SECONDS);
        assertThat(request).as("a request reached the server").isNotNull();
        return request;
    }

    @Test
    void queuesTheFilledWorkflowPollsItsHistoryAndFetchesTheSavedImage() throws Exception {
        server.enqueue(queued());
        server.enqueue(stillRunning());
        server.enqueue(stillRunning());
        server.enqueue(finished(savedImage("creative-automation-studio_00001_.png")));
        server.enqueue(png(1000, 600));

        ImageResult result = generator(Map.of()).generate(request(1001, 603, 42L));

        RecordedRequest queue = sent();
        assertThat(queue.getMethod()).isEqualTo("POST");
        assertThat(queue.getUrl().encodedPath()).isEqualTo("/prompt");
        JsonNode body = JSON.readTree(queue.getBody().utf8());
        assertThat(UUID.fromString(body.get("client_id").asText())).isNotNull();
        JsonNode graph = body.get("prompt");
        assertThat(graph.at("/6/inputs/text").asText()).isEqualTo("A can of \"sparkling\" water on a beach. No text.");
        assertThat(graph.at("/7/inputs/text").asText()).isEqualTo("text, watermark");
        assertThat(graph.at("/5/inputs/width").isInt()).as("a number, not the text of one").isTrue();
        assertThat(graph.at("/5/inputs/width").asInt()).isEqualTo(1000);
        assertThat(graph.at("/5/inputs/height").asInt()).isEqualTo(600);
        assertThat(graph.at("/5/inputs/batch_size").asInt()).isEqualTo(1);
        assertThat(graph.at("/3/inputs/seed").isIntegralNumber()).isTrue();
        assertThat(graph.at("/3/inputs/seed").asLong()).isEqualTo(42);
        assertThat(graph.at("/3/inputs/steps").asInt()).isEqualTo(30);
        assertThat(graph.at("/3/inputs/cfg").asDouble()).isEqualTo(7.0);
        assertThat(graph.at("/4/inputs/ckpt_name").asText()).isEqualTo(CHECKPOINT);
        assertThat(graph.at("/9/class_type").asText()).isEqualTo("SaveImage");
        assertThat(graph.toString()).doesNotContain("{{");

        for (int poll = 0; poll < 3; poll++) {
            RecordedRequest history = sent();
            assertThat(history.getMethod()).isEqualTo("GET");
            assertThat(history.getUrl().encodedPath()).isEqualTo("/history/" + PROMPT_ID);
        }
        RecordedRequest view = sent();
        assertThat(view.getMethod()).isEqualTo("GET");
        assertThat(view.getUrl().encodedPath()).isEqualTo("/view");
        assertThat(view.getUrl().queryParameter("filename")).isEqualTo("creative-automation-studio_00001_.png");
        assertThat(view.getUrl().queryParameter("subfolder")).isEmpty();
        assertThat(view.getUrl().queryParameter("type")).isEqualTo("output");
        assertThat(server.getRequestCount()).isEqualTo(5);
        assertThat(sleeps).containsExactly(Duration.ofMillis(500), Duration.ofMillis(500));

        BufferedImage image = TestImages.read(result.images().get(0));
        assertThat(image.getWidth()).isEqualTo(1000);
        assertThat(image.getHeight()).isEqualTo(600);
        assertThat(result.costUsd()).isZero();
        assertThat(result.metadata())
                .containsEntry("prompt_id", PROMPT_ID)
                .containsEntry("workflow", "built-in text-to-image.json")
                .containsEntry("model", CHECKPOINT)
                .containsEntry("seed", "42")
                .containsEntry("size", "1000x600")
                .containsEntry("format", "png");
    }

    @Test
    void capsTheSizeAndFoldsOrPicksTheSeed() throws Exception {
        for (int call = 0; call < 2; call++) {
            server.enqueue(queued());
            server.enqueue(finished(savedImage("a.png")));
            server.enqueue(png(64, 64));
        }
        ImageGenerator generator = generator(Map.of("COMFYUI_MAX_SIDE", "768", "COMFYUI_STEPS", "20", "COMFYUI_CFG", "4.5"));

        generator.generate(request(2048, 1024, -5L));
        ImageResult picked = generator.generate(request(512, 512, null));

        JsonNode first = JSON.readTree(sent().getBody().utf8()).get("prompt");
        assertThat(first.at("/5/inputs/width").asInt()).isEqualTo(768);
        assertThat(first.at("/5/inputs/height").asInt()).isEqualTo(384);
        assertThat(first.at("/3/inputs/seed").asLong()).as("-5 mod 2^32").isEqualTo(4294967291L);
        assertThat(first.at("/3/inputs/steps").asInt()).isEqualTo(20);
        assertThat(first.at("/3/inputs/cfg").asDouble()).isEqualTo(4.5);
        sent();
        sent();
        JsonNode second = JSON.readTree(sent().getBody().utf8()).get("prompt");
        assertThat(second.at("/3/inputs/seed").asLong()).as("the injected random seed").isEqualTo(0xCAFE_F00DL);
        assertThat(picked.metadata()).containsEntry("seed", Long.toString(0xCAFE_F00DL));
    }

    @Test
    void fillsAUsersWorkflowFileWithTheSamePlaceholders() throws Exception {
        Path workflow = temp.resolve("flux-api.json");
        Files.writeString(workflow, """
                {
                  "10": {"class_type": "UNETLoader", "inputs": {"unet_name": "flux1-schnell.safetensors", "weight_dtype": "default"}},
                  "11": {"class_type": "CLIPTextEncode", "inputs": {"clip": ["12", 0], "text": "{{prompt}}, studio product photo"}},
                  "13": {"class_type": "EmptySD3LatentImage", "inputs": {"width": "{{width}}", "height": "{{height}}", "batch_size": 1}},
                  "14": {"class_type": "RandomNoise", "inputs": {"noise_seed": "{{seed}}"}},
                  "20": {"class_type": "SaveImage", "inputs": {"images": ["19", 0], "filename_prefix": "flux"}}
                }
                """);
        server.enqueue(queued());
        server.enqueue(finished(savedImage("flux_00001_.png")));
        server.enqueue(png(64, 64));
        ImageGenerator generator = generator(Map.of("COMFYUI_WORKFLOW", workflow.toString()));

        ImageResult result = generator.generate(request(512, 768, 9L));

        JsonNode graph = JSON.readTree(sent().getBody().utf8()).get("prompt");
        assertThat(graph.at("/11/inputs/text").asText())
                .isEqualTo("A can of \"sparkling\" water on a beach. No text., studio product photo");
        assertThat(graph.at("/13/inputs/width").asInt()).isEqualTo(512);
        assertThat(graph.at("/13/inputs/height").asInt()).isEqualTo(768);
        assertThat(graph.at("/14/inputs/noise_seed").asLong()).isEqualTo(9);
        assertThat(graph.at("/10/inputs/unet_name").asText()).isEqualTo("flux1-schnell.safetensors");
        assertThat(result.metadata()).containsEntry("workflow", "flux-api.json").doesNotContainKey("model");
        assertThat(generator.capabilities().negativePrompts()).as("the workflow has no {{negative}}").isFalse();
        assertThat(generator.capabilities().seeds()).isTrue();
    }

    @Test
    void validationErrorsOnQueueingAreBadResponsesWithEachNodesError() {
        server.enqueue(json(400, """
                {"error": {"type": "prompt_outputs_failed_validation", "message": "Prompt outputs failed validation",
                           "details": "", "extra_info": {}},
                 "node_errors": {"4": {"errors": [{"type": "value_not_in_list", "message": "Value not in list",
                     "details": "ckpt_name: 'sd_xl_base_1.0.safetensors' not in ['v1-5-pruned-emaonly.safetensors']",
                     "extra_info": {"input_name": "ckpt_name"}}],
                     "dependent_outputs": ["9"], "class_type": "CheckpointLoaderSimple"}}}
                """));

        assertThatThrownBy(() -> generator(Map.of()).generate(request(512, 512, 1L)))
                .isInstanceOfSatisfying(ProviderException.class, e -> {
                    assertThat(e.failure()).isEqualTo(Failure.BAD_RESPONSE);
                    assertThat(e.getMessage()).contains("Prompt outputs failed validation")
                            .contains("node 4 (CheckpointLoaderSimple): Value not in list: ckpt_name:")
                            .contains("built-in text-to-image.json");
                });
        assertThat(server.getRequestCount()).as("nothing is polled for a prompt that was not queued").isEqualTo(1);
    }

    @Test
    void aNodeThatFailsWhileRunningIsAServerError() {
        server.enqueue(queued());
        server.enqueue(json(200, "{\"" + PROMPT_ID + "\": {\"prompt\": [], \"outputs\": {},"
                + " \"status\": {\"status_str\": \"error\", \"completed\": false, \"messages\": ["
                + "[\"execution_start\", {\"prompt_id\": \"" + PROMPT_ID + "\"}],"
                + "[\"execution_error\", {\"prompt_id\": \"" + PROMPT_ID + "\", \"node_id\": \"3\","
                + " \"node_type\": \"KSampler\", \"exception_message\": \"Allocation on device \","
                + " \"exception_type\": \"torch.OutOfMemoryError\", \"traceback\": []}]]}}}"));

        assertThatThrownBy(() -> generator(Map.of()).generate(request(512, 512, 1L)))
                .isInstanceOfSatisfying(ProviderException.class, e -> {
                    assertThat(e.failure()).isEqualTo(Failure.SERVER_ERROR);
                    assertThat(e.getMessage()).contains("node 3 (KSampler) raised torch.OutOfMemoryError: Allocation on device");
                });
    }

    @Test
    void aPromptThatFinishesWithoutAnImageIsABadResponse() {
        server.enqueue(queued());
        server.enqueue(finished("{}"));

        assertThatThrownBy(() -> generator(Map.of()).generate(request(512, 512, 1L)))
                .isInstanceOfSatisfying(ProviderException.class, e -> {
                    assertThat(e.failure()).isEqualTo(Failure.BAD_RESPONSE);
                    assertThat(e.getMessage()).contains("SaveImage");
                });
    }

    @Test
    void givesUpWithATimeoutOnceTheOverallWaitHasPassed() {
        server.enqueue(queued());
        for (int poll = 0; poll < 10; poll++) {
            server.enqueue(stillRunning());
        }

        assertThatThrownBy(() -> generator(Map.of("COMFYUI_TIMEOUT_SECONDS", "2")).generate(request(512, 512, 1L)))
                .isInstanceOfSatisfying(ProviderException.class, e -> {
                    assertThat(e.failure()).isEqualTo(Failure.TIMEOUT);
                    assertThat(e.getMessage()).contains(PROMPT_ID).contains("COMFYUI_TIMEOUT_SECONDS");
                });
        assertThat(sleeps).as("2 s of 500 ms pauses").hasSize(4);
        assertThat(server.getRequestCount()).as("the queueing and five looks at the history").isEqualTo(6);
    }

    @Test
    void serverErrorsAndMalformedAnswersAreClassified() {
        server.enqueue(json(500, "{\"error\": \"boom\"}"));
        server.enqueue(json(200, "{\"number\": 1}"));
        server.enqueue(queued());
        server.enqueue(new MockResponse.Builder().code(200).body("Internal error page").build());
        ImageGenerator generator = generator(Map.of());

        assertThatThrownBy(() -> generator.generate(request(512, 512, 1L)))
                .isInstanceOfSatisfying(ProviderException.class, e -> assertThat(e.failure()).isEqualTo(Failure.SERVER_ERROR));
        assertThatThrownBy(() -> generator.generate(request(512, 512, 1L)))
                .isInstanceOfSatisfying(ProviderException.class, e -> {
                    assertThat(e.failure()).isEqualTo(Failure.BAD_RESPONSE);
                    assertThat(e.getMessage()).contains("prompt_id");
                });
        assertThatThrownBy(() -> generator.generate(request(512, 512, 1L)))
                .isInstanceOfSatisfying(ProviderException.class, e -> {
                    assertThat(e.failure()).isEqualTo(Failure.BAD_RESPONSE);
                    assertThat(e.getMessage()).contains("not JSON");
                });
    }

    @Test
    void aRefusedConnectionNamesTheUrlSettingAndAsksWhetherTheServerRuns() throws IOException {
        MockWebServer stopped = new MockWebServer();
        stopped.start();
        String url = stopped.url("/").toString();
        stopped.close();

        assertThatThrownBy(() -> generator(Map.of("COMFYUI_URL", url)).generate(request(512, 512, 1L)))
                .isInstanceOfSatisfying(ProviderException.class, e -> {
                    assertThat(e.failure()).isEqualTo(Failure.SERVER_ERROR);
                    assertThat(e.getMessage()).contains("COMFYUI_URL").contains("is the server running?");
                });
    }

    @Test
    void theBuiltInWorkflowNeedsACheckpointName() {
        assertThatThrownBy(() -> new ComfyUiImageGeneratorProvider().create(ProviderSettings.of(Map.of(),
                Map.of("COMFYUI_URL", "http://127.0.0.1:8188"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("COMFYUI_CHECKPOINT").hasMessageContaining("models/checkpoints");
    }

    @Test
    void unusableWorkflowFilesAreNamedWithWhatIsWrong() throws IOException {
        Path uiFormat = temp.resolve("ui.json");
        Files.writeString(uiFormat, "{\"last_node_id\": 9, \"nodes\": [], \"links\": [], \"version\": 0.4}");
        Path noPrompt = temp.resolve("no-prompt.json");
        Files.writeString(noPrompt, "{\"1\": {\"class_type\": \"SaveImage\", \"inputs\": {\"filename_prefix\": \"x\"}}}");
        Path unknown = temp.resolve("unknown.json");
        Files.writeString(unknown, "{\"1\": {\"class_type\": \"CLIPTextEncode\", \"inputs\": {\"text\": \"{{prompt}} {{style}}\"}}}");
        Path broken = temp.resolve("broken.json");
        Files.writeString(broken, "{\"1\": {\"class_type\": ");

        assertThatThrownBy(() -> generator(Map.of("COMFYUI_WORKFLOW", uiFormat.toString())))
                .hasMessageContaining("COMFYUI_WORKFLOW").hasMessageContaining("Save (API Format)");
        assertThatThrownBy(() -> generator(Map.of("COMFYUI_WORKFLOW", noPrompt.toString())))
                .hasMessageContaining("COMFYUI_WORKFLOW").hasMessageContaining("no {{prompt}} placeholder");
        assertThatThrownBy(() -> generator(Map.of("COMFYUI_WORKFLOW", unknown.toString())))
                .hasMessageContaining("unknown placeholder(s) {{style}}");
        assertThatThrownBy(() -> generator(Map.of("COMFYUI_WORKFLOW", broken.toString())))
                .hasMessageContaining("COMFYUI_WORKFLOW").hasMessageContaining("not valid JSON");
        assertThatThrownBy(() -> generator(Map.of("COMFYUI_WORKFLOW", temp.resolve("missing.json").toString())))
                .hasMessageContaining("COMFYUI_WORKFLOW").hasMessageContaining("cannot be read");
    }
}
