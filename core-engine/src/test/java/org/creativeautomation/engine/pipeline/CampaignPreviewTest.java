package org.creativeautomation.engine.pipeline;

import org.creativeautomation.engine.comply.CheckId;
import org.creativeautomation.engine.comply.CreativeCompliance;
import org.creativeautomation.engine.comply.Finding;
import org.creativeautomation.engine.compose.CreativePreview;
import org.creativeautomation.engine.compose.Ratio;
import org.creativeautomation.engine.document.Problem;
import org.creativeautomation.engine.brief.BriefException;
import org.creativeautomation.engine.store.StudioHome;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class CampaignPreviewTest {
    @TempDir
    static Path dir;

    private static StudioEngine engine;
    private static Path brief;
    private static String text;

    @BeforeAll
    static void open() throws IOException {
        Path root = repositoryRoot();
        engine = StudioEngine.open(new StudioHome(dir.resolve("home")), null, root.resolve("brand-kits"), Map.of());
        brief = root.resolve("examples/summer-splash/brief.yaml");
        text = Files.readString(brief);
    }

    @AfterAll
    static void close() {
        engine.close();
    }

    @Test
    void anExportSizePreviewIsThePixelsTheRunWrites() throws IOException {
        Campaign campaign = engine.loader().load(brief, text);
        Path out = dir.resolve("out");
        engine.runner().run(new RunOptions(brief, out, org.creativeautomation.engine.compose.OutputFormat.PNG),
                event -> { });

        CreativePreview.Frame frame = engine.preview().renderAtExportSize(campaign, "sparkling-water", Ratio.STORY,
                "es-US");

        BufferedImage written = ImageIO.read(out.resolve("sparkling-water/9x16/es-US.png").toFile());
        assertThat(frame.scale()).isEqualTo(1.0);
        assertThat(frame.image().getWidth()).isEqualTo(written.getWidth());
        assertThat(frame.image().getHeight()).isEqualTo(written.getHeight());
        assertThat(differingPixels(frame.image(), written)).isZero();
    }

    @Test
    void aPreviewIsDrawnAtItsSize() {
        Campaign campaign = engine.loader().load(brief, text);

        CreativePreview.Frame frame = engine.preview().render(campaign, "citrus-cooler", Ratio.LANDSCAPE, "en-US", 320);

        assertThat(frame.image().getWidth()).isEqualTo(320);
        assertThat(frame.image().getHeight()).isEqualTo(180);
        assertThat(frame.layout().width()).isEqualTo(1920);
    }

    @Test
    void checksJudgeTheEditedCopyWithBoxesOnTheCreative() {
        Campaign campaign = engine.loader().load(brief,
                text.replace("en-US: Stay fresh all summer", "en-US: The best water, guaranteed"));
        CreativePreview.Frame frame = engine.preview().renderAtExportSize(campaign, "sparkling-water", Ratio.SQUARE,
                "en-US");

        CreativeCompliance compliance = engine.preview().check(campaign, "sparkling-water", "en-US", frame);

        assertThat(compliance.findings()).filteredOn(f -> f.check() == CheckId.LEGAL_RISKY_CLAIM).isNotEmpty()
                .extracting(Finding::box).containsOnly(frame.layout().message().box());
    }

    @Test
    void checksRefuseAPreviewSizedDrawing() {
        Campaign campaign = engine.loader().load(brief, text);
        CreativePreview.Frame small = engine.preview().render(campaign, "sparkling-water", Ratio.SQUARE, "en-US", 200);

        assertThatThrownBy(() -> engine.preview().check(campaign, "sparkling-water", "en-US", small))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> engine.preview().render(campaign, "no-such", Ratio.SQUARE, "en-US", 200))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void unsavedTextIsValidatedAsTheFileItWillBe() {
        BriefException e = catchThrowableOfType(() -> engine.loader().load(brief,
                text.replace("brand: acme-beverages", "brand: acme-beverage")), BriefException.class);

        assertThat(e.problems()).extracting(Problem::fieldPath).containsExactly("brand");
        assertThat(e.problems().get(0).message()).contains("did you mean \"acme-beverages\"");
        assertThat(e.problems().get(0).location().line()).isEqualTo(5);
        assertThat(e.problems().get(0).location().file()).isEqualTo(brief);
    }

    private static int differingPixels(BufferedImage a, BufferedImage b) {
        int n = 0;
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                if ((a.getRGB(x, y) & 0xFFFFFF) != (b.getRGB(x, y) & 0xFFFFFF)) {
                    n++;
                }
            }
        }
        return n;
    }

    private static Path repositoryRoot() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("brand-kits")) && Files.isDirectory(p.resolve("examples"))) {
                return p;
            }
        }
        throw new IllegalStateException("repository root not found");
    }
}
