package org.creativeautomation.studio.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.creativeautomation.engine.store.Sha256;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Runs {@code studio run} on the shipped examples and checks every output, the manifest and re-runs. */
class RunCommandEndToEndTest {
    private static final Map<String, int[]> SIZES = Map.of(
            "1:1", new int[]{1080, 1080}, "9:16", new int[]{1080, 1920}, "16:9", new int[]{1920, 1080},
            "4:5", new int[]{1080, 1350}, "2:1", new int[]{1200, 600});
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path temp;

    private Map<String, String> env() {
        return Map.of("HOME", temp.resolve("user").toString());
    }

    private CliRun run(Path brief, Path out, String... extra) {
        List<String> args = new java.util.ArrayList<>(List.of("run", brief.toString(), "--home",
                temp.resolve("home").toString(), "--out", out.toString()));
        args.addAll(List.of(extra));
        return CliRun.of(env(), args.toArray(String[]::new));
    }

    @Test
    void summerSplashProducesEveryCreativeAtItsSizeWithManifest() throws IOException {
        Path out = temp.resolve("out");
        CliRun first = run(RepoPaths.root().resolve("examples/summer-splash/brief.yaml"), out);

        assertThat(first.exitCode()).as(first.err()).isZero();
        JsonNode manifest = JSON.readTree(out.resolve("manifest.json").toFile());
        assertThat(manifest.get("campaign").asText()).isEqualTo("summer-splash-2026");
        assertThat(manifest.at("/brandKit/id").asText()).isEqualTo("acme-beverages");
        assertThat(manifest.at("/brandKit/version").asText()).isNotBlank();
        JsonNode creatives = manifest.get("creatives");
        assertThat(creatives).hasSize(2 * 5 * 2);
        assertEveryCreativeMatchesItsFile(out, creatives);
        assertThat(manifest.at("/stats/creatives").asInt()).isEqualTo(20);
        assertThat(manifest.at("/stats/rendered").asInt()).isEqualTo(20);
        assertThat(manifest.at("/stats/generated").asInt()).isEqualTo(1);
        assertThat(sourcesOf(creatives)).containsExactlyInAnyOrder("input", "generated");
        JsonNode generated = stream(creatives).filter(c -> c.at("/hero/source").asText().equals("generated"))
                .findFirst().orElseThrow();
        assertThat(generated.at("/hero/provider").asText()).isEqualTo("local");
        assertThat(generated.at("/hero/prompt").asText()).containsIgnoringCase("no text");
        // The offline generator draws its heroes without a trained model: synthetic, labelled as such.
        assertThat(generated.get("digitalSourceType").asText())
                .isEqualTo("http://cv.iptc.org/newscodes/digitalsourcetype/compositeSynthetic");
        String generatedFile = new String(Files.readAllBytes(out.resolve(generated.get("path").asText())),
                java.nio.charset.StandardCharsets.ISO_8859_1);
        assertThat(generatedFile).contains("iTXtXML:com.adobe.xmp")
                .contains("Iptc4xmpExt:DigitalSourceType=\"http://cv.iptc.org/newscodes/digitalsourcetype/compositeSynthetic\"");
        JsonNode photo = stream(creatives).filter(c -> c.at("/hero/source").asText().equals("input"))
                .findFirst().orElseThrow();
        assertThat(photo.has("digitalSourceType") && !photo.get("digitalSourceType").isNull()).isFalse();
        assertThat(new String(Files.readAllBytes(out.resolve(photo.get("path").asText())),
                java.nio.charset.StandardCharsets.ISO_8859_1)).contains("xmp:CreatorTool").doesNotContain("DigitalSourceType");
        assertThat(Files.readAllLines(out.resolve("events.jsonl"))).hasSizeGreaterThan(20)
                .anySatisfy(l -> assertThat(l).contains("\"event\":\"run.finished\""));
        assertThat(first.out()).contains("20 rendered, 0 up to date").contains(out.toString());
    }

    @Test
    void secondRunRendersNothingAndRewritesNoImage() throws IOException {
        Path out = temp.resolve("out");
        Path brief = RepoPaths.root().resolve("examples/summer-splash/brief.yaml");
        assertThat(run(brief, out).exitCode()).isZero();
        Map<Path, FileTime> before = imageTimes(out);
        setAllTimes(before.keySet(), FileTime.fromMillis(1_000_000_000_000L));

        CliRun second = run(brief, out);

        assertThat(second.exitCode()).as(second.err()).isZero();
        assertThat(second.out()).contains("0 rendered, 20 up to date");
        assertThat(imageTimes(out).values()).containsOnly(FileTime.fromMillis(1_000_000_000_000L));
        JsonNode manifest = JSON.readTree(out.resolve("manifest.json").toFile());
        assertThat(manifest.at("/stats/rendered").asInt()).isZero();
        assertThat(manifest.at("/stats/upToDate").asInt()).isEqualTo(20);
        assertThat(sourcesOf(manifest.get("creatives"))).containsExactlyInAnyOrder("input", "cached");
    }

    @Test
    void changingOneLocalesMessageRerendersOnlyThatLocale() throws IOException {
        Path campaign = copyExample("summer-splash");
        Path brief = campaign.resolve("brief.yaml");
        Path out = temp.resolve("out");
        assertThat(run(brief, out).exitCode()).isZero();
        Map<Path, FileTime> before = imageTimes(out);
        setAllTimes(before.keySet(), FileTime.fromMillis(1_000_000_000_000L));
        String text = Files.readString(brief);
        String edited = text.replaceFirst("(?m)^(\\s+es-US: )(.*)$", "$1¡Nuevo sabor, misma frescura!");
        assertThat(edited).isNotEqualTo(text);
        Files.writeString(brief, edited);

        CliRun rerun = run(brief, out);

        assertThat(rerun.exitCode()).as(rerun.err()).isZero();
        assertThat(rerun.out()).contains("10 rendered, 10 up to date");
        imageTimes(out).forEach((file, time) -> {
            boolean spanish = file.getFileName().toString().startsWith("es-US");
            assertThat(time.toMillis() != 1_000_000_000_000L).as(file.toString()).isEqualTo(spanish);
        });
    }

    @Test
    void jsonExampleWithTheOtherKitWorksTheSameInJpeg() throws IOException {
        Path out = temp.resolve("out-json");
        CliRun result = run(RepoPaths.root().resolve("examples/trail-launch/brief.json"), out, "--format", "jpg");

        assertThat(result.exitCode()).as(result.err()).isZero();
        JsonNode manifest = JSON.readTree(out.resolve("manifest.json").toFile());
        assertThat(manifest.at("/brandKit/id").asText()).isEqualTo("stride-athletics");
        JsonNode creatives = manifest.get("creatives");
        assertThat(creatives.size()).isEqualTo(manifest.at("/stats/creatives").asInt()).isGreaterThanOrEqualTo(10);
        assertEveryCreativeMatchesItsFile(out, creatives);
        stream(creatives).forEach(c -> assertThat(c.get("path").asText()).endsWith(".jpg"));
    }

    @Test
    void worldSplashSetsEveryScriptWithoutMissingGlyphsOrOverflow() throws IOException {
        Path out = temp.resolve("out-world");
        CliRun result = run(RepoPaths.root().resolve("examples/world-splash/brief.yaml"), out);

        assertThat(result.exitCode()).as(result.err()).isZero();
        JsonNode creatives = JSON.readTree(out.resolve("manifest.json").toFile()).get("creatives");
        assertThat(creatives).hasSize(2 * 5 * 7);
        assertEveryCreativeMatchesItsFile(out, creatives);
        // No tofu (every character drawn by a font that has it) and no clipped or overflowing copy.
        stream(creatives).forEach(c -> assertThat(c.get("layoutIssues")).as(c.get("path").asText()).isEmpty());
        JsonNode findings = JSON.readTree(out.resolve("compliance.json").toFile()).get("creatives");
        List<JsonNode> all = stream(findings).flatMap(c -> stream(c.get("findings"))).toList();
        assertThat(all).noneMatch(f -> f.get("check").asText().equals("text.overflow"));
        // Fallback fonts are named (a warning for the brand team), never missing (an error).
        assertThat(all).noneMatch(f -> f.get("check").asText().equals("font.off-brand")
                && f.get("severity").asText().equals("error"));
        assertThat(all).anyMatch(f -> f.get("message").asText().contains("drawn in a fallback font"));
        // Long German compounds and mirrored layouts still read: no creative fails its checks.
        assertThat(all).noneMatch(f -> f.get("severity").asText().equals("error"));
    }

    @Test
    void aCreativesPixelsDoNotDependOnTheOtherLocalesOfTheRun() throws IOException {
        // Hebrew mirrors the framing (text on the right, the product moved left); each locale of the
        // same product and ratio must get its own framing, whichever of them is rendered first.
        Path both = framingBrief("both", "he-IL, de-DE");
        Path german = framingBrief("german", "de-DE");
        Path hebrew = framingBrief("hebrew", "he-IL");
        for (Path brief : List.of(both, german, hebrew)) {
            CliRun result = run(brief, brief.resolveSibling("out"));
            assertThat(result.exitCode()).as(result.err()).isZero();
        }

        assertThat(differingPixels(both.resolveSibling("out/citrus-cooler/16x9/de-DE.png"),
                german.resolveSibling("out/citrus-cooler/16x9/de-DE.png"))).isZero();
        assertThat(differingPixels(both.resolveSibling("out/citrus-cooler/16x9/he-IL.png"),
                hebrew.resolveSibling("out/citrus-cooler/16x9/he-IL.png"))).isZero();
    }

    /** A one-product 16:9 campaign (same id, so the same generated hero) in the given locales. */
    private Path framingBrief(String name, String locales) throws IOException {
        StringBuilder message = new StringBuilder();
        StringBuilder cta = new StringBuilder();
        if (locales.contains("de-DE")) {
            message.append("de-DE: \"Sommerfrische in jeder Erfrischungsgetränkedose\", ");
            cta.append("de-DE: Jetzt kaufen, ");
        }
        if (locales.contains("he-IL")) {
            message.append("he-IL: \"רעננות מבעבעת לאורך כל הקיץ\", ");
            cta.append("he-IL: קנו עכשיו, ");
        }
        Path brief = Files.createDirectories(temp.resolve(name)).resolve("brief.yaml");
        Files.writeString(brief, """
                campaign: framing
                brand: acme-beverages
                market: {region: DE, locales: [%s]}
                audience: Active adults
                message: {%s}
                cta: {%s}
                ratios: ['16:9']
                products:
                  - {id: citrus-cooler, name: Citrus Cooler, description: Orange and grapefruit drink in a glass bottle}
                """.formatted(locales, message, cta));
        return brief;
    }

    private static int differingPixels(Path a, Path b) throws IOException {
        java.awt.image.BufferedImage first = ImageIO.read(a.toFile());
        java.awt.image.BufferedImage second = ImageIO.read(b.toFile());
        assertThat(second.getWidth()).isEqualTo(first.getWidth());
        int differing = 0;
        for (int y = 0; y < first.getHeight(); y++) {
            for (int x = 0; x < first.getWidth(); x++) {
                if (first.getRGB(x, y) != second.getRGB(x, y)) {
                    differing++;
                }
            }
        }
        return differing;
    }

    @Test
    void jsonFlagPrintsOneEventPerLine() throws IOException {
        Path out = temp.resolve("out");
        CliRun result = run(RepoPaths.root().resolve("examples/summer-splash/brief.yaml"), out, "--json");

        assertThat(result.exitCode()).isZero();
        List<String> lines = result.out().lines().toList();
        assertThat(lines).hasSizeGreaterThan(20);
        for (String line : lines) {
            assertThat(JSON.readTree(line).get("event").asText()).isNotBlank();
        }
        assertThat(lines.get(lines.size() - 1)).contains("run.finished");
    }

    @Test
    void aBriefWrittenElsewhereWithThreeProductsAndOtherLocalesWorks() throws IOException {
        Path dir = Files.createDirectories(temp.resolve("elsewhere/spring"));
        Files.createDirectories(dir.resolve("photos"));
        Files.copy(RepoPaths.root().resolve("examples/summer-splash/assets/sparkling-water.jpg"),
                dir.resolve("photos/can.jpg"));
        Files.writeString(dir.resolve("campaign.yml"), """
                campaign: spring-fr-2027
                brand: acme-beverages
                market: {region: FR, locales: [fr-FR, nl-BE, de-CH]}
                audience: Students and young professionals
                message: {fr-FR: Le printemps pétille, nl-BE: De lente bruist, de-CH: Der Frühling prickelt}
                ratios: ["4:5", "2:1"]
                products:
                  - {id: lime-can, name: Lime Sparkling, assets: [photos/can.jpg]}
                  - {id: berry-bottle, name: Berry Bottle, description: A tall glass bottle of berry juice}
                  - {id: snack-bar, name: Oat Bar, description: A crunchy oat snack bar in a box}
                """);
        Path out = temp.resolve("spring-out");

        CliRun result = run(dir.resolve("campaign.yml"), out);

        assertThat(result.exitCode()).as(result.err()).isZero();
        JsonNode creatives = JSON.readTree(out.resolve("manifest.json").toFile()).get("creatives");
        assertThat(creatives).hasSize(3 * 2 * 3);
        assertEveryCreativeMatchesItsFile(out, creatives);
        assertThat(out.resolve("berry-bottle/2x1/nl-BE.png")).isRegularFile();
    }

    @Test
    void badBriefPrintsEveryProblemExitsTwoAndWritesNothing() throws IOException {
        Path brief = temp.resolve("bad/brief.yaml");
        Files.createDirectories(brief.getParent());
        Files.writeString(brief, """
                campaign: Bad Campaign
                brand: acme-beverages
                market: {region: US, locales: [en-US]}
                audience: anyone
                mesage: hello
                products:
                  - {id: a, name: A}
                  - {id: a, name: A again}
                """);
        Path out = temp.resolve("never");

        CliRun result = run(brief, out);

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("brief.yaml:1:11 campaign:")
                .contains("mesage").contains("did you mean \"message\"")
                .contains("products[1].id")
                .doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(result.err().lines().count()).isGreaterThanOrEqualTo(3);
        assertThat(out).doesNotExist();
    }

    @Test
    void unknownBrandKitIsReportedAtTheBriefsBrandField() throws IOException {
        Path brief = temp.resolve("kit/brief.yaml");
        Files.createDirectories(brief.getParent());
        Files.writeString(brief, """
                campaign: kit-test
                brand: acme-beverage
                market: {region: US, locales: [en-US]}
                audience: anyone
                message: hello
                products: [{id: a, name: A}]
                """);

        CliRun result = run(brief, temp.resolve("never"));

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err().strip()).startsWith(brief + ":2:8 brand: no brand kit \"acme-beverage\"")
                .contains("did you mean \"acme-beverages\"");
    }

    @Test
    void decompressionBombAssetIsRefusedBeforeAnythingIsWritten() throws IOException {
        Path dir = Files.createDirectories(temp.resolve("bomb"));
        Files.write(dir.resolve("huge.png"), pngHeaderOnly(30000, 30000));
        Files.writeString(dir.resolve("brief.yaml"), """
                campaign: bomb-test
                brand: acme-beverages
                market: {region: US, locales: [en-US]}
                audience: anyone
                message: hello
                products: [{id: a, name: A, assets: [huge.png]}]
                """);
        Path out = temp.resolve("bomb-out");

        CliRun result = run(dir.resolve("brief.yaml"), out);

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("huge.png").contains("30000").doesNotContain("\tat ");
        assertThat(out).doesNotExist();
    }

    @Test
    void validateReportsUnreadableAssetsAndAnUnknownKitTogetherWithOtherProblems() throws IOException {
        Path dir = Files.createDirectories(temp.resolve("many"));
        Files.write(dir.resolve("huge.png"), pngHeaderOnly(30000, 30000));
        byte[] photo = Files.readAllBytes(RepoPaths.root().resolve("examples/summer-splash/assets/sparkling-water.jpg"));
        Files.write(dir.resolve("cut.jpg"), java.util.Arrays.copyOf(photo, photo.length / 3));
        Files.writeString(dir.resolve("brief.yaml"), """
                campaign: many-problems
                brand: acme-beverage
                market: {region: US, locales: [en-US]}
                audience: anyone
                message: hello
                colour: red
                products: [{id: a, name: A, assets: [huge.png, cut.jpg]}]
                """);

        CliRun result = CliRun.of(env(), "validate", dir.resolve("brief.yaml").toString(),
                "--home", temp.resolve("home").toString());

        assertThat(result.exitCode()).isEqualTo(2);
        List<String> lines = result.err().lines().toList();
        assertThat(lines).hasSize(4);
        assertThat(lines.get(0)).startsWith(dir.resolve("brief.yaml") + ":2:8 brand: no brand kit \"acme-beverage\"");
        assertThat(lines.get(1)).contains(":6:1 colour: unknown field");
        assertThat(lines.get(2)).contains(":7:38 products[0].assets[0]: huge.png: ").contains("30000");
        assertThat(lines.get(3)).contains(":7:48 products[0].assets[1]: cut.jpg: ");
    }

    @Test
    void aSecondRunIntoAFolderInUseIsRefused() throws IOException {
        Path out = Files.createDirectories(temp.resolve("busy"));
        try (java.nio.channels.FileChannel channel = java.nio.channels.FileChannel.open(out.resolve(".studio-run.lock"),
                java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE);
             java.nio.channels.FileLock lock = channel.lock()) {
            CliRun result = run(RepoPaths.root().resolve("examples/summer-splash/brief.yaml"), out);

            assertThat(lock.isValid()).isTrue();
            assertThat(result.exitCode()).isEqualTo(2);
            assertThat(result.err().strip()).contains("another run is writing to this folder");
            assertThat(out.resolve("manifest.json")).doesNotExist();
        }
    }

    @Test
    void anotherCampaignsOutputFolderIsNotOverwritten() throws IOException {
        Path out = temp.resolve("shared");
        assertThat(run(RepoPaths.root().resolve("examples/summer-splash/brief.yaml"), out).exitCode()).isZero();
        long before = Files.walk(out).filter(p -> p.toString().endsWith(".png")).count();

        CliRun other = run(RepoPaths.root().resolve("examples/trail-launch/brief.json"), out);

        assertThat(other.exitCode()).isEqualTo(2);
        assertThat(other.err()).contains("holds the outputs of campaign \"summer-splash-2026\"");
        assertThat(Files.walk(out).filter(p -> p.toString().endsWith(".png")).count()).isEqualTo(before);
    }

    @Test
    void outputPathThatIsAFileIsABadInput() throws IOException {
        Path file = Files.writeString(temp.resolve("afile"), "x");

        CliRun result = run(RepoPaths.root().resolve("examples/summer-splash/brief.yaml"), file);

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err().strip()).isEqualTo("--out " + file + ": is a file, not a folder (expected a folder for the creatives)");
        assertThat(temp.resolve("home/blobs")).satisfiesAnyOf(p -> assertThat(p).doesNotExist(),
                p -> assertThat(Files.walk(p).filter(Files::isRegularFile)).isEmpty());
    }

    @Test
    void temporaryFilesOfAKilledRunAreClearedAndADamagedCachedHeroIsRegenerated() throws IOException {
        Path out = temp.resolve("out");
        Path brief = RepoPaths.root().resolve("examples/summer-splash/brief.yaml");
        assertThat(run(brief, out).exitCode()).isZero();
        Path debris = out.resolve("citrus-cooler/1x1/.en-US.png.tmp-12345");
        Files.write(debris, new byte[]{1, 2, 3});
        JsonNode manifest = JSON.readTree(out.resolve("manifest.json").toFile());
        String heroSha = stream(manifest.get("creatives"))
                .filter(c -> c.get("product").asText().equals("citrus-cooler")).findFirst().orElseThrow()
                .at("/hero/assetSha256").asText();
        Path blob = temp.resolve("home/blobs/sha256").resolve(heroSha.substring(0, 2)).resolve(heroSha.substring(2, 4))
                .resolve(heroSha);
        assertThat(blob).isRegularFile();
        Files.write(blob, "not an image".getBytes(java.nio.charset.StandardCharsets.UTF_8));

        CliRun again = run(brief, out);

        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(debris).doesNotExist();
        assertThat(again.out()).contains("0 rendered, 20 up to date").contains("1 generated, 0 from the generation cache");
        assertThat(Sha256.hex(blob)).isEqualTo(heroSha);
    }

    /** A PNG signature and IHDR claiming the given size, with no pixel data: tiny on disk, huge if decoded. */
    private static byte[] pngHeaderOnly(int width, int height) {
        java.nio.ByteBuffer ihdr = java.nio.ByteBuffer.allocate(17);
        ihdr.put("IHDR".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).putInt(width).putInt(height)
                .put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0);
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(ihdr.array());
        java.nio.ByteBuffer png = java.nio.ByteBuffer.allocate(8 + 4 + 17 + 4 + 12);
        png.put(new byte[]{(byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a});
        png.putInt(13).put(ihdr.array()).putInt((int) crc.getValue());
        png.putInt(0).put("IEND".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).putInt(0xAE426082);
        return png.array();
    }

    @Test
    void validatePrintsOkForTheExamples() {
        CliRun result = CliRun.of(env(), "validate", RepoPaths.root().resolve("examples/summer-splash/brief.yaml").toString(),
                "--home", temp.resolve("home").toString());

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out().lines().findFirst()).contains("OK");
    }

    @Test
    void kitsListsEveryKitAndTheProblemsOfABrokenOne() throws IOException {
        Path kits = Files.createDirectories(temp.resolve("kits/broken-kit"));
        Files.writeString(kits.resolve("brand.yaml"), "name: Broken\n");

        CliRun result = CliRun.of(env(), "kits", "--home", temp.resolve("home").toString(),
                "--brand-kits", temp.resolve("kits").toString());

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.out()).contains("acme-beverages").contains("stride-athletics").contains("broken-kit");
        assertThat(result.err()).contains("brand.yaml:1:1 version: required field is missing");
    }

    @Test
    void helpDescribesEveryCommand() {
        CliRun help = CliRun.of(env(), "--help");
        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("run").contains("validate").contains("kits");
        CliRun runHelp = CliRun.of(env(), "run", "--help");
        assertThat(runHelp.out()).contains("--home").contains("--out").contains("--format").contains("--json")
                .contains("--brand-kits");
    }

    @Test
    void unknownOptionIsABadInput() {
        CliRun result = CliRun.of(env(), "run", "--colour", "x.yaml");
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("--colour").doesNotContain("\tat ");
    }

    private static void assertEveryCreativeMatchesItsFile(Path out, JsonNode creatives) throws IOException {
        for (JsonNode c : creatives) {
            Path file = out.resolve(c.get("path").asText());
            assertThat(file).isRegularFile();
            int[] size = SIZES.get(c.get("ratio").asText());
            assertThat(c.get("width").asInt()).isEqualTo(size[0]);
            assertThat(c.get("height").asInt()).isEqualTo(size[1]);
            assertThat(pixelSize(file)).containsExactly(size[0], size[1]);
            assertThat(Sha256.hex(file)).isEqualTo(c.get("sha256").asText());
            String expectedPath = c.get("product").asText() + "/" + c.get("ratio").asText().replace(':', 'x') + "/"
                    + c.get("locale").asText() + ".";
            assertThat(c.get("path").asText()).startsWith(expectedPath);
            assertThat(c.at("/hero/assetSha256").asText()).hasSize(64);
        }
    }

    private static int[] pixelSize(Path file) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            ImageReader reader = ImageIO.getImageReaders(in).next();
            reader.setInput(in);
            return new int[]{reader.getWidth(0), reader.getHeight(0)};
        }
    }

    private static List<String> sourcesOf(JsonNode creatives) {
        return stream(creatives).map(c -> c.at("/hero/source").asText()).distinct().toList();
    }

    private static Stream<JsonNode> stream(JsonNode array) {
        return java.util.stream.StreamSupport.stream(array.spliterator(), false);
    }

    private static Map<Path, FileTime> imageTimes(Path out) throws IOException {
        Map<Path, FileTime> times = new HashMap<>();
        try (Stream<Path> files = Files.walk(out)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".png") || p.toString().endsWith(".jpg")).toList()) {
                times.put(f, Files.getLastModifiedTime(f));
            }
        }
        return times;
    }

    private static void setAllTimes(Iterable<Path> files, FileTime time) throws IOException {
        for (Path f : files) {
            Files.setLastModifiedTime(f, time);
        }
    }

    private Path copyExample(String name) throws IOException {
        Path source = RepoPaths.root().resolve("examples").resolve(name);
        Path target = temp.resolve("examples").resolve(name);
        try (Stream<Path> files = Files.walk(source)) {
            for (Path f : files.toList()) {
                Path t = target.resolve(source.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(t);
                } else {
                    Files.copy(f, t);
                }
            }
        }
        return target;
    }
}
