package org.creativeautomation.studio.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/** `studio run --provider openai` against a local server that speaks OpenAI's documented images API. */
class ProviderEndToEndTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @StartStop
    private final MockWebServer server = new MockWebServer();

    @TempDir
    Path temp;

    private Map<String, String> env() {
        return Map.of("HOME", temp.toString(), "OPENAI_API_KEY", "sk-test-e2e",
                "OPENAI_BASE_URL", server.url("/v1").toString());
    }

    private CliRun run(Path out, String providers) {
        return CliRun.of(env(), "run", RepoPaths.root().resolve("examples/summer-splash/brief.yaml").toString(),
                "--out", out.toString(), "--home", temp.resolve("home").toString(), "--provider", providers);
    }

    private static String productPhoto() throws IOException {
        BufferedImage image = new BufferedImage(1024, 1024, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(230, 236, 240));
        g.fillRect(0, 0, 1024, 1024);
        g.setColor(new Color(240, 140, 30));
        g.fillRoundRect(400, 250, 220, 520, 60, 60);
        g.dispose();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageIO.write(image, "png", bytes);
        return Base64.getEncoder().encodeToString(bytes.toByteArray());
    }

    @Test
    void heroesComeFromTheProviderOncePerProductAndNotAgainOnARerun() throws IOException {
        server.enqueue(new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json")
                .body("{\"created\": 1, \"data\": [{\"b64_json\": \"" + productPhoto() + "\"}]}").build());
        Path out = temp.resolve("out");

        CliRun first = run(out, "openai");
        CliRun again = run(temp.resolve("out-again"), "openai");

        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(server.getRequestCount()).as("one product has no asset; the rerun uses the cache").isEqualTo(1);
        JsonNode hero = heroOf(out, "citrus-cooler");
        assertThat(hero.get("source").asText()).isEqualTo("generated");
        assertThat(hero.get("provider").asText()).isEqualTo("openai");
        assertThat(hero.at("/attempts/0/provider").asText()).isEqualTo("openai");
        assertThat(hero.at("/attempts/0/outcome").asText()).isEqualTo("succeeded");
        JsonNode cached = heroOf(temp.resolve("out-again"), "citrus-cooler");
        assertThat(cached.get("source").asText()).isEqualTo("cached");
        assertThat(cached.get("provider").asText()).isEqualTo("openai");
        assertThat(java.nio.file.Files.readString(out.resolve("manifest.json"))).doesNotContain("sk-test-e2e");
        // What ad platforms read to label AI content, in the manifest and in every file of that product.
        JsonNode manifest = JSON.readTree(out.resolve("manifest.json").toFile());
        for (JsonNode creative : manifest.get("creatives")) {
            String file = new String(java.nio.file.Files.readAllBytes(out.resolve(creative.get("path").asText())),
                    java.nio.charset.StandardCharsets.ISO_8859_1);
            if (creative.get("product").asText().equals("citrus-cooler")) {
                assertThat(creative.get("digitalSourceType").asText()).isEqualTo(AI_COMPOSITE);
                assertThat(file).contains("Iptc4xmpExt:DigitalSourceType=\"" + AI_COMPOSITE + "\"");
            } else {
                assertThat(file).doesNotContain("DigitalSourceType");
            }
        }
    }

    @Test
    void aBlankImageIsRejectedAndAskedForAgainWithTheKitsPromptAtTheSizeThatServesEveryRatio() throws Exception {
        server.enqueue(new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json")
                .body("{\"created\": 1, \"data\": [{\"b64_json\": \"" + flatGrey() + "\"}]}").build());
        server.enqueue(new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json")
                .body("{\"created\": 1, \"data\": [{\"b64_json\": \"" + productPhoto() + "\"}]}").build());
        Path out = temp.resolve("out");

        CliRun result = run(out, "openai");

        assertThat(result.exitCode()).as(result.err()).isZero();
        JsonNode hero = heroOf(out, "citrus-cooler");
        List<String> attempts = StreamSupport.stream(hero.get("attempts").spliterator(), false)
                .map(a -> a.get("provider").asText() + ":" + a.get("outcome").asText()).toList();
        assertThat(attempts).containsExactly("openai:rejected: blank", "openai:succeeded");
        assertThat(server.getRequestCount()).isEqualTo(2);
        JsonNode asked = JSON.readTree(server.takeRequest(5, java.util.concurrent.TimeUnit.SECONDS).getBody()
                .utf8());
        // The brief asks for 1:1, 9:16 and 16:9: gpt-image-1's square serves all three best.
        assertThat(asked.get("size").asText()).isEqualTo("1024x1024");
        assertThat(asked.get("prompt").asText())
                .contains("Citrus Cooler")
                .contains("soft natural daylight")
                .contains("No text, no letters, no logos")
                .contains("Avoid: people, hands");
        assertThat(hero.get("prompt").asText()).isEqualTo(asked.get("prompt").asText());
        assertThat(hero.has("negativePrompt")).as("OpenAI takes no negative prompt").isFalse();
    }

    @Test
    void aHeroTheModerationEndpointFlagsIsRejectedAndMadeAgain() throws Exception {
        String image = "{\"created\": 1, \"data\": [{\"b64_json\": \"" + productPhoto() + "\"}]}";
        server.enqueue(json(image));
        server.enqueue(json(moderation(true)));
        server.enqueue(json(image));
        server.enqueue(json(moderation(false)));
        Path out = temp.resolve("out");

        CliRun result = CliRun.of(env(), "run", RepoPaths.root().resolve("examples/summer-splash/brief.yaml").toString(),
                "--out", out.toString(), "--home", temp.resolve("home").toString(), "--provider", "openai",
                "--moderation", "openai");

        assertThat(result.exitCode()).as(result.err()).isZero();
        List<String> paths = new java.util.ArrayList<>();
        for (int i = 0; i < 4; i++) {
            paths.add(server.takeRequest(5, java.util.concurrent.TimeUnit.SECONDS).getUrl().encodedPath());
        }
        assertThat(paths).containsExactly("/v1/images/generations", "/v1/moderations", "/v1/images/generations",
                "/v1/moderations");
        JsonNode hero = heroOf(out, "citrus-cooler");
        List<String> attempts = StreamSupport.stream(hero.get("attempts").spliterator(), false)
                .map(a -> a.get("provider").asText() + ":" + a.get("outcome").asText()).toList();
        assertThat(attempts).containsExactly("openai:rejected: flagged sexual", "openai:succeeded");
    }

    @Test
    void anUnknownModeratorIsABadInput() {
        CliRun result = CliRun.of(env(), "run", RepoPaths.root().resolve("examples/summer-splash/brief.yaml").toString(),
                "--out", temp.resolve("m").toString(), "--home", temp.resolve("home").toString(), "--provider", "openai",
                "--moderation", "hive");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("--moderation hive: unknown content moderator (installed: openai)");
        assertThat(temp.resolve("m")).doesNotExist();
        assertThat(server.getRequestCount()).isZero();
    }

    private static MockResponse json(String body) {
        return new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json").body(body).build();
    }

    /** A moderation answer in the API reference's shape, flagging sexual content or nothing. */
    private static String moderation(boolean flagged) {
        return "{\"id\": \"modr-e2e\", \"model\": \"omni-moderation-latest\", \"results\": [{\"flagged\": " + flagged
                + ", \"categories\": {\"sexual\": " + flagged + ", \"violence\": false, \"hate\": false, \"self-harm\": false},"
                + " \"category_scores\": {\"sexual\": " + (flagged ? 0.93 : 0.01) + ", \"violence\": 0.002,"
                + " \"hate\": 0.0001, \"self-harm\": 0.0003}, \"category_applied_input_types\": {\"sexual\": [\"image\"],"
                + " \"violence\": [\"image\"], \"hate\": [], \"self-harm\": [\"image\"]}}]}";
    }

    @Test
    void studioYamlConfiguresTheProviderChainAndKeyAndTheEnvironmentWinsOverIt() throws Exception {
        for (int i = 0; i < 2; i++) {
            server.enqueue(new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json")
                    .body("{\"created\": 1, \"data\": [{\"b64_json\": \"" + productPhoto() + "\"}]}").build());
        }
        Map<String, String> noKeys = Map.of("HOME", temp.toString());
        Path stored = temp.resolve("home-stored");
        Path overridden = temp.resolve("home-overridden");
        for (Path home : List.of(stored, overridden)) {
            assertThat(CliRun.withInput("sk-stored-key\n", noKeys, "settings", "set", "providers.openai.apiKey",
                    "--home", home.toString()).exitCode()).isZero();
            assertThat(CliRun.of(noKeys, "settings", "set", "providers.openai.baseUrl", server.url("/v1").toString(),
                    "--home", home.toString()).exitCode()).isZero();
            assertThat(CliRun.of(noKeys, "settings", "set", "run.providers", "openai", "--home", home.toString())
                    .exitCode()).isZero();
        }
        String brief = RepoPaths.root().resolve("examples/summer-splash/brief.yaml").toString();

        CliRun fromSettings = CliRun.of(noKeys, "run", brief, "--out", temp.resolve("a").toString(),
                "--home", stored.toString());
        CliRun fromEnvironment = CliRun.of(Map.of("HOME", temp.toString(), "OPENAI_API_KEY", "sk-env-key"), "run",
                brief, "--out", temp.resolve("b").toString(), "--home", overridden.toString());

        assertThat(fromSettings.exitCode()).as(fromSettings.err()).isZero();
        assertThat(fromEnvironment.exitCode()).as(fromEnvironment.err()).isZero();
        assertThat(server.takeRequest(5, java.util.concurrent.TimeUnit.SECONDS).getHeaders().get("Authorization"))
                .isEqualTo("Bearer sk-stored-key");
        assertThat(server.takeRequest(5, java.util.concurrent.TimeUnit.SECONDS).getHeaders().get("Authorization"))
                .isEqualTo("Bearer sk-env-key");
        assertThat(heroOf(temp.resolve("a"), "citrus-cooler").get("provider").asText()).isEqualTo("openai");
        assertThat(java.nio.file.Files.readString(temp.resolve("a").resolve("manifest.json")))
                .doesNotContain("sk-stored-key");
        assertThat(fromSettings.out() + fromSettings.err()).doesNotContain("sk-stored-key");
    }

    private static String flatGrey() throws IOException {
        BufferedImage image = new BufferedImage(1024, 1024, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(128, 128, 128));
        g.fillRect(0, 0, 1024, 1024);
        g.dispose();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageIO.write(image, "png", bytes);
        return Base64.getEncoder().encodeToString(bytes.toByteArray());
    }

    private static final String AI_COMPOSITE =
            "http://cv.iptc.org/newscodes/digitalsourcetype/compositeWithTrainedAlgorithmicMedia";

    @Test
    void aFailingProviderFailsOverToTheOfflineGenerator() throws IOException {
        server.enqueue(new MockResponse.Builder().code(401).addHeader("Content-Type", "application/json")
                .body("{\"error\": {\"message\": \"Incorrect API key provided\", \"type\": \"invalid_request_error\","
                        + " \"code\": \"invalid_api_key\"}}").build());
        Path out = temp.resolve("out");

        CliRun result = run(out, "openai,local");

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.err()).doesNotContain("sk-test-e2e");
        JsonNode hero = heroOf(out, "citrus-cooler");
        assertThat(hero.get("provider").asText()).isEqualTo("local");
        List<String> attempts = StreamSupport.stream(hero.get("attempts").spliterator(), false)
                .map(a -> a.get("provider").asText() + ":" + a.get("outcome").asText()).toList();
        assertThat(attempts).containsExactly("openai:failed-over", "local:succeeded");
    }

    @Test
    void anUnknownOrUnconfiguredProviderIsABadInput() {
        CliRun unknown = CliRun.of(env(), "run", RepoPaths.root().resolve("examples/summer-splash/brief.yaml").toString(),
                "--out", temp.resolve("x").toString(), "--home", temp.resolve("home").toString(), "--provider", "dalle");
        CliRun unconfigured = CliRun.of(Map.of("HOME", temp.toString()), "run",
                RepoPaths.root().resolve("examples/summer-splash/brief.yaml").toString(), "--out",
                temp.resolve("y").toString(), "--home", temp.resolve("home").toString(), "--provider", "openai");

        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("--provider dalle: unknown image provider").contains("openai");
        assertThat(unconfigured.exitCode()).isEqualTo(2);
        assertThat(unconfigured.err()).contains("--provider openai: not configured").contains("OPENAI_API_KEY");
        assertThat(temp.resolve("x")).doesNotExist();
    }

    @Test
    void eachInstalledProviderNamesWhatItNeedsAndABadSettingIsABadInput() {
        Path brief = RepoPaths.root().resolve("examples/summer-splash/brief.yaml");
        CliRun firefly = CliRun.of(Map.of("HOME", temp.toString()), "run", brief.toString(), "--out",
                temp.resolve("f").toString(), "--home", temp.resolve("home").toString(), "--provider", "firefly,local");
        CliRun comfy = CliRun.of(Map.of("HOME", temp.toString(), "COMFYUI_URL", "http://127.0.0.1:9",
                        "COMFYUI_CHECKPOINT", "sdxl.safetensors", "COMFYUI_WORKFLOW", temp.resolve("missing.json").toString()),
                "run", brief.toString(), "--out", temp.resolve("c").toString(), "--home", temp.resolve("home").toString(),
                "--provider", "comfyui,local");

        assertThat(firefly.exitCode()).isEqualTo(2);
        assertThat(firefly.err()).contains("--provider firefly: not configured (set FIREFLY_CLIENT_ID and "
                + "FIREFLY_CLIENT_SECRET");
        assertThat(comfy.exitCode()).as(comfy.err()).isEqualTo(2);
        assertThat(comfy.err()).contains("--provider comfyui: ").contains("COMFYUI_WORKFLOW")
                .doesNotContain("internal error").doesNotContain("Exception");
        assertThat(temp.resolve("f")).doesNotExist();
        assertThat(temp.resolve("c")).doesNotExist();
    }

    private static JsonNode heroOf(Path out, String product) throws IOException {
        JsonNode manifest = JSON.readTree(out.resolve("manifest.json").toFile());
        return StreamSupport.stream(manifest.get("creatives").spliterator(), false)
                .filter(c -> c.get("product").asText().equals(product)).findFirst().orElseThrow().get("hero");
    }
}
