package org.creativeautomation.studio.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code studio run --provider openai --expand} on a wide product photo: the 9:16 story, which the shoe cannot
 * fill uncut, gets its margins from OpenAI's image edits (a local server that answers as the API
 * documents), the 4:5 portrait needs none, and the manifest says which is which.
 */
class ExpansionEndToEndTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String KEY = "sk-test-expand";
    /** What the fake model paints: a colour no part of the photo or the kit has. */
    private static final Color MODEL_COLOUR = new Color(0, 200, 255);
    private static final String AI_COMPOSITE =
            "http://cv.iptc.org/newscodes/digitalsourcetype/compositeWithTrainedAlgorithmicMedia";

    @StartStop
    private final MockWebServer server = new MockWebServer();

    @TempDir
    Path temp;

    private Path brief;

    @BeforeEach
    void campaignWithAWideProductPhoto() throws IOException {
        Path campaign = Files.createDirectories(temp.resolve("campaign"));
        Files.copy(RepoPaths.root().resolve("examples/trail-launch/assets/trail-runner.jpg"),
                campaign.resolve("trail-runner.jpg"));
        brief = Files.writeString(campaign.resolve("brief.yaml"), """
                campaign: trail-expand
                name: Trail Expand
                brand: stride-athletics
                market: {region: DE, locales: [en-GB]}
                audience: Trail runners
                message: Built for every trail
                cta: Discover now
                ratios: ["4:5", "9:16"]
                products:
                  - id: trail-runner
                    name: Stride Trail Runner
                    description: Lightweight trail running shoe with a grippy outsole
                    assets: [trail-runner.jpg]
                """);
    }

    private CliRun run(Path out, String providers, String... extra) {
        List<String> args = new ArrayList<>(List.of("run", brief.toString(), "--out", out.toString(), "--home",
                temp.resolve("home").toString(), "--provider", providers));
        args.addAll(List.of(extra));
        return CliRun.of(Map.of("HOME", temp.toString(), "OPENAI_API_KEY", KEY,
                "OPENAI_BASE_URL", server.url("/v1").toString()), args.toArray(String[]::new));
    }

    /** Answers every edit with the model's colour; anything else is a request this test did not expect. */
    private void answerEditsWithTheModelsColour() throws IOException {
        MockResponse edited = editedImage();
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                return request.getUrl().encodedPath().equals("/v1/images/edits") ? edited
                        : new MockResponse.Builder().code(404).build();
            }
        });
    }

    private static MockResponse editedImage() throws IOException {
        BufferedImage image = new BufferedImage(1024, 1536, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(MODEL_COLOUR);
        g.fillRect(0, 0, 1024, 1536);
        g.dispose();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageIO.write(image, "png", bytes);
        return new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json")
                .body("{\"created\": 1, \"data\": [{\"b64_json\": \""
                        + Base64.getEncoder().encodeToString(bytes.toByteArray()) + "\"}]}").build();
    }

    private static JsonNode creative(Path out, String ratio) throws IOException {
        JsonNode manifest = JSON.readTree(out.resolve("manifest.json").toFile());
        return StreamSupport.stream(manifest.get("creatives").spliterator(), false)
                .filter(c -> c.get("ratio").asText().equals(ratio)).findFirst().orElseThrow();
    }

    /** The share of a creative's pixels within a few levels of the fake model's colour. */
    private static double shareInModelColour(Path file) throws IOException {
        BufferedImage image = ImageIO.read(file.toFile());
        long near = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                if (Math.abs(((rgb >> 16) & 0xff) - MODEL_COLOUR.getRed()) <= 6
                        && Math.abs(((rgb >> 8) & 0xff) - MODEL_COLOUR.getGreen()) <= 6
                        && Math.abs((rgb & 0xff) - MODEL_COLOUR.getBlue()) <= 6) {
                    near++;
                }
            }
        }
        return (double) near / ((long) image.getWidth() * image.getHeight());
    }

    @Test
    void theStoryIsExpandedByTheProviderOnceAndTheManifestSaysSo() throws Exception {
        answerEditsWithTheModelsColour();
        Path out = temp.resolve("out");

        CliRun first = run(out, "openai", "--expand");

        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(server.getRequestCount()).as("one expansion: the story; the portrait needs none").isEqualTo(1);
        RecordedRequest edit = server.takeRequest(5, TimeUnit.SECONDS);
        assertThat(edit.getUrl().encodedPath()).isEqualTo("/v1/images/edits");
        assertThat(edit.getHeaders().get("Content-Type")).startsWith("multipart/form-data");
        assertThat(edit.getBody().utf8()).contains("name=\"mask\"; filename=\"mask.png\"")
                .contains("name=\"image\"; filename=\"image.png\"").contains("gpt-image-1");

        JsonNode story = creative(out, "9:16");
        assertThat(story.at("/expansion/source").asText()).isEqualTo("generated");
        assertThat(story.at("/expansion/provider").asText()).isEqualTo("openai");
        assertThat(story.at("/expansion/model").asText()).isEqualTo("gpt-image-1");
        assertThat(story.at("/expansion/fill").asText()).isEqualTo("generative");
        assertThat(story.at("/expansion/attempts/0/outcome").asText()).isEqualTo("succeeded");
        assertThat(story.at("/expansion/sha256").asText()).hasSize(64);
        assertThat(story.get("digitalSourceType").asText()).as("a photo with generated margins is AI content")
                .isEqualTo(AI_COMPOSITE);
        assertThat(story.at("/hero/source").asText()).isEqualTo("input");
        JsonNode portrait = creative(out, "4:5");
        assertThat(portrait.has("expansion")).isFalse();
        assertThat(portrait.path("digitalSourceType").isNull()).as("a photograph needs no label").isTrue();
        assertThat(shareInModelColour(out.resolve(story.get("path").asText())))
                .as("the story's added canvas shows the model's margins").isGreaterThan(0.10);
        assertThat(shareInModelColour(out.resolve(portrait.get("path").asText()))).isZero();
        assertThat(first.out()).contains("canvas extensions: 1 drawn by a provider's generative expand, 0 by the composer");
        assertThat(Files.readString(out.resolve("manifest.json"))).doesNotContain(KEY);

        CliRun again = run(out, "openai", "--expand");
        CliRun elsewhere = run(temp.resolve("out-2"), "openai", "--expand");

        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(elsewhere.exitCode()).as(elsewhere.err()).isZero();
        assertThat(server.getRequestCount()).as("re-runs make no call").isEqualTo(1);
        assertThat(again.out()).contains("0 rendered, 2 up to date");
        assertThat(creative(temp.resolve("out-2"), "9:16").at("/expansion/source").asText()).isEqualTo("cached");
        assertThat(Files.readAllBytes(temp.resolve("out-2").resolve(story.get("path").asText())))
                .as("the cached expansion gives the same creative")
                .isEqualTo(Files.readAllBytes(out.resolve(story.get("path").asText())));
    }

    @Test
    void withoutExpandNothingIsAskedAndNothingRecorded() throws Exception {
        answerEditsWithTheModelsColour();
        Path out = temp.resolve("out");

        CliRun result = run(out, "openai");

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(server.getRequestCount()).isZero();
        assertThat(creative(out, "9:16").has("expansion")).isFalse();
        assertThat(result.out()).doesNotContain("canvas extensions");
    }

    @Test
    void aRejectedExpansionFallsBackToTheComposersExtensionAndSaysWhy() throws Exception {
        MockResponse rejected = new MockResponse.Builder().code(401).addHeader("Content-Type", "application/json")
                .body("{\"error\": {\"message\": \"Incorrect API key provided: " + KEY + "\", \"type\": "
                        + "\"invalid_request_error\", \"code\": \"invalid_api_key\"}}").build();
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                return rejected;
            }
        });
        Path out = temp.resolve("out");

        CliRun result = run(out, "openai,local", "--expand");

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(server.getRequestCount()).as("a rejected key is not retried").isEqualTo(1);
        JsonNode story = creative(out, "9:16");
        assertThat(story.at("/expansion/source").asText()).isEqualTo("composer");
        assertThat(story.at("/expansion/fill").asText()).isIn("backdrop", "blur", "colour");
        assertThat(story.at("/expansion/reason").asText()).startsWith("the expansion failed: OpenAI 401 invalid_api_key");
        assertThat(story.at("/expansion/attempts/0/provider").asText()).isEqualTo("openai");
        assertThat(story.at("/expansion/attempts/0/outcome").asText()).isEqualTo("failed-over");
        assertThat(story.path("digitalSourceType").isNull()).as("the photo and the composer's fill only").isTrue();
        assertThat(result.out()).contains("0 drawn by a provider's generative expand, 1 by the composer (the expansion "
                + "failed: OpenAI 401");
        assertThat(Files.readString(out.resolve("manifest.json"))).doesNotContain(KEY);
        assertThat(result.out() + result.err()).doesNotContain(KEY);
    }

    @Test
    void withModerationAFlaggedExpansionIsMadeAgainBeforeItIsUsed() throws Exception {
        MockResponse edited = editedImage();
        java.util.concurrent.atomic.AtomicInteger moderations = new java.util.concurrent.atomic.AtomicInteger();
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                return switch (request.getUrl().encodedPath()) {
                    case "/v1/images/edits" -> edited;
                    case "/v1/moderations" -> new MockResponse.Builder().code(200)
                            .addHeader("Content-Type", "application/json")
                            .body(moderation(moderations.getAndIncrement() == 0)).build();
                    default -> new MockResponse.Builder().code(404).build();
                };
            }
        });
        Path out = temp.resolve("out");

        CliRun result = run(out, "openai", "--expand", "--moderation", "openai");

        assertThat(result.exitCode()).as(result.err()).isZero();
        List<String> paths = new ArrayList<>();
        for (int i = 0; i < server.getRequestCount(); i++) {
            paths.add(server.takeRequest(5, TimeUnit.SECONDS).getUrl().encodedPath());
        }
        assertThat(paths).as("the input photo is not moderated; each expansion is").containsExactly(
                "/v1/images/edits", "/v1/moderations", "/v1/images/edits", "/v1/moderations");
        JsonNode story = creative(out, "9:16");
        assertThat(story.at("/expansion/source").asText()).isEqualTo("generated");
        assertThat(StreamSupport.stream(story.at("/expansion/attempts").spliterator(), false)
                .map(a -> a.get("outcome").asText()).toList())
                .containsExactly("rejected: flagged sexual", "succeeded");
    }

    /** A moderation answer in the API reference's shape, flagging sexual content or nothing. */
    private static String moderation(boolean flagged) {
        return "{\"id\": \"modr-e2e\", \"model\": \"omni-moderation-latest\", \"results\": [{\"flagged\": " + flagged
                + ", \"categories\": {\"sexual\": " + flagged + ", \"violence\": false, \"hate\": false, \"self-harm\": false},"
                + " \"category_scores\": {\"sexual\": " + (flagged ? 0.93 : 0.01) + ", \"violence\": 0.002,"
                + " \"hate\": 0.0001, \"self-harm\": 0.0003}, \"category_applied_input_types\": {\"sexual\": [\"image\"],"
                + " \"violence\": [\"image\"], \"hate\": [], \"self-harm\": [\"image\"]}}]}";
    }
}
