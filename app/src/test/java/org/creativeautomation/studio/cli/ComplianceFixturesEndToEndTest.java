package org.creativeautomation.studio.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.ConvolveOp;
import java.awt.image.Kernel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Creatives built to break rules, judged through the real commands: briefs whose copy or assets
 * break a rule go through {@code studio run}; images that break a pixel rule go through
 * {@code studio check}. Each must raise exactly the expected checks, and the compliant ones none.
 */
class ComplianceFixturesEndToEndTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path temp;

    private CliRun studio(String... args) {
        List<String> all = new ArrayList<>(Arrays.asList(args));
        all.addAll(List.of("--home", temp.resolve("home").toString()));
        return CliRun.of(Map.of("HOME", temp.toString()), all.toArray(String[]::new));
    }

    /** Runs a one-creative brief (1:1, en-US, acme-beverages) and returns the checks its findings raised. */
    private TreeSet<String> runBrief(String name, String message, String asset) throws IOException {
        Path dir = Files.createDirectories(temp.resolve(name));
        String assets = "";
        if (asset != null) {
            assets = ", assets: [" + asset + "]";
        }
        Files.writeString(dir.resolve("brief.yaml"), "campaign: " + name + "\n"
                + "brand: acme-beverages\n"
                + "market: {region: US, locales: [en-US]}\n"
                + "audience: anyone\n"
                + "message: \"" + message + "\"\n"
                + "cta: Shop now\n"
                + "disclaimer: Please recycle.\n"
                + "ratios: [\"1:1\"]\n"
                + "products: [{id: water, name: Water, description: sparkling water in a can" + assets + "}]\n");
        Path out = temp.resolve(name + "-out");
        CliRun run = studio("run", dir.resolve("brief.yaml").toString(), "--out", out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode findings = JSON.readTree(out.resolve("compliance.json").toFile()).at("/creatives/0/findings");
        TreeSet<String> checks = new TreeSet<>();
        StreamSupport.stream(findings.spliterator(), false).forEach(f -> checks.add(f.get("check").asText()));
        return checks;
    }

    @Test
    void compliantCopyRaisesNothing() throws IOException {
        assertThat(runBrief("clean", "Stay fresh all summer", null)).isEmpty();
    }

    @Test
    void prohibitedWordsAreErrors() throws IOException {
        assertThat(runBrief("prohibited", "It cures thirst", null)).contains("legal.prohibited");
    }

    @Test
    void superlativesAreRiskyClaims() throws IOException {
        assertThat(runBrief("risky", "The best water in town", null)).containsExactly("legal.risky-claim");
    }

    @Test
    void violentCopyIsFlaggedByModeration() throws IOException {
        assertThat(runBrief("moderated", "A massacre of thirst", null)).contains("moderation.flagged");
    }

    @Test
    void textThatCannotFitIsAnOverflow() throws IOException {
        String essay = "Stay fresh ".repeat(40).trim();
        assertThat(runBrief("overflow", essay, null)).contains("text.overflow");
    }

    @Test
    void charactersNoFontCanDrawAreOffBrand() throws IOException {
        assertThat(runBrief("glyphs", "Stay fresh \uE000\uE001", null)).contains("font.off-brand");
    }

    @Test
    void aTinyInputAssetIsLowResolution() throws IOException {
        Path dir = Files.createDirectories(temp.resolve("lowres"));
        BufferedImage tiny = new BufferedImage(60, 60, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = tiny.createGraphics();
        g.setColor(new Color(200, 220, 230));
        g.fillRect(0, 0, 60, 60);
        g.setColor(new Color(20, 120, 140));
        g.fillOval(15, 10, 30, 45);
        g.dispose();
        ImageIO.write(tiny, "png", dir.resolve("tiny.png").toFile());

        assertThat(runBrief("lowres", "Stay fresh all summer", "tiny.png")).contains("quality.low-resolution");
    }

    /** Checks one image with {@code studio check --json} and returns the checks raised. */
    private TreeSet<String> checkImage(BufferedImage image, String name) throws IOException {
        Path file = temp.resolve(name + ".png");
        ImageIO.write(image, "png", file.toFile());
        CliRun check = studio("check", file.toString(), "--brand", "acme-beverages", "--market", "US", "--json");
        assertThat(check.exitCode()).as(check.err()).isZero();
        TreeSet<String> checks = new TreeSet<>();
        JSON.readTree(check.out()).forEach(f -> checks.add(f.get("check").asText()));
        return checks;
    }

    private BufferedImage studioCreative() throws IOException {
        Path out = temp.resolve("example");
        if (!Files.exists(out.resolve("manifest.json"))) {
            assertThat(studio("run", RepoPaths.root().resolve("examples/summer-splash/brief.yaml").toString(),
                    "--out", out.toString()).exitCode()).isZero();
        }
        return ImageIO.read(out.resolve("sparkling-water/1x1/en-US.png").toFile());
    }

    @Test
    void theStudiosCreativeCheckedAsAnImagePasses() throws IOException {
        assertThat(checkImage(studioCreative(), "as-made")).isEmpty();
    }

    @Test
    void aCreativeWhoseLogoWasPaintedOverHasNoLogo() throws IOException {
        BufferedImage creative = studioCreative();
        Graphics2D g = creative.createGraphics();
        g.setColor(new Color(150, 200, 235));
        g.fillRect(700, 0, 380, 260);
        g.dispose();

        assertThat(checkImage(creative, "no-logo")).contains("logo.missing");
    }

    @Test
    void aBlurredCreativeIsBlurry() throws IOException {
        BufferedImage creative = studioCreative();
        float[] kernel = new float[15 * 15];
        Arrays.fill(kernel, 1f / kernel.length);
        BufferedImage blurred = new ConvolveOp(new Kernel(15, 15, kernel), ConvolveOp.EDGE_NO_OP, null)
                .filter(creative, null);

        assertThat(checkImage(blurred, "blurred")).contains("quality.blurry");
    }

    @Test
    void aBlownOutImageIsBadlyExposed() throws IOException {
        BufferedImage creative = studioCreative();
        BufferedImage bright = new BufferedImage(creative.getWidth(), creative.getHeight(), BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < creative.getHeight(); y++) {
            for (int x = 0; x < creative.getWidth(); x++) {
                int rgb = creative.getRGB(x, y);
                int r = Math.min(255, ((rgb >> 16) & 255) * 3);
                int gr = Math.min(255, ((rgb >> 8) & 255) * 3);
                int b = Math.min(255, (rgb & 255) * 3);
                bright.setRGB(x, y, (r << 16) | (gr << 8) | b);
            }
        }

        assertThat(checkImage(bright, "bright")).contains("quality.exposure");
    }

    @Test
    void aFlatImageIsBlankAndHasNoLogo() throws IOException {
        BufferedImage flat = new BufferedImage(1080, 1350, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = flat.createGraphics();
        g.setColor(new Color(10, 126, 140));
        g.fillRect(0, 0, 1080, 1350);
        g.dispose();

        assertThat(checkImage(flat, "flat")).contains("quality.blank", "logo.missing");
    }
}
