package org.creativeautomation.engine.comply.brand;

import org.creativeautomation.engine.brand.RgbColor;
import org.creativeautomation.engine.compose.Box;
import org.creativeautomation.engine.compose.Layout;
import org.creativeautomation.engine.compose.Ratio;
import org.creativeautomation.engine.compose.TextBlock;
import org.creativeautomation.engine.comply.CheckId;
import org.creativeautomation.engine.comply.Finding;
import org.creativeautomation.engine.comply.Severity;
import org.junit.jupiter.api.Test;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class TextContrastCheckTest {
    private static final RgbColor WHITE = RgbColor.parseHex("#FFFFFF");
    private final TextContrastCheck check = new TextContrastCheck();

    @Test
    void whiteTextOnAWhiteScrimFailsOnEveryLine() {
        BrandCreatives.Creative creative = BrandCreatives.render(BrandCreatives.STRIDE, Ratio.STORY);
        Layout white = LayoutEdits.withScrim(LayoutEdits.withTextColour(creative.layout(), WHITE),
                LayoutEdits.withColour(creative.layout().scrim(), WHITE, 1.0));

        List<Finding> findings = check.check(creative.rerender(white).underCheck());

        int lines = creative.layout().message().lines().size() + creative.layout().disclaimer().lines().size();
        assertThat(findings).hasSize(lines).allSatisfy(f -> {
            assertThat(f.check()).isEqualTo(CheckId.TEXT_CONTRAST);
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.measured()).isEqualTo("contrast 1.00:1");
        });
        assertThat(findings.get(0).box()).isEqualTo(LayoutText.lineBox(creative.layout().message(), 0));
        assertThat(findings.get(0).expected()).isEqualTo(">= 3.0:1");
    }

    @Test
    void measuresThePixelsBehindTheLineNotTheLayoutsColours() {
        BrandCreatives.Creative creative = BrandCreatives.render(BrandCreatives.STRIDE, Ratio.SQUARE);
        Box line = LayoutText.lineBox(creative.layout().message(), 0);
        BufferedImage edited = copy(creative.pixels());
        Graphics2D g = edited.createGraphics();
        // A sticker in the text's own colour over the right part of the line, after rendering: the
        // layout knows nothing of it.
        g.setColor(creative.layout().message().color().toAwt());
        g.fillRect(line.x() + line.width() / 2, line.y(), line.width() / 2, line.height());
        g.dispose();

        List<Finding> findings = check.check(creative.withPixels(edited).underCheck());

        assertThat(check.check(creative.underCheck())).isEmpty();
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.message()).isEqualTo("line 1 of the message is hard to read against what is behind it");
            assertThat(f.box()).isEqualTo(line);
        });
    }

    @Test
    void largeHeadlineNeedsThreeToOneWhileSmallTextNeedsFourAndAHalf() {
        BrandCreatives.Creative creative = BrandCreatives.render(BrandCreatives.STRIDE, Ratio.SQUARE);
        // White on this grey is about 3.5:1: enough for the large headline, not for the small disclaimer.
        Layout grey = LayoutEdits.withScrim(LayoutEdits.withTextColour(creative.layout(), WHITE),
                LayoutEdits.withColour(creative.layout().scrim(), RgbColor.parseHex("#8A8A8A"), 1.0));

        List<Finding> findings = check.check(creative.rerender(grey).underCheck());

        assertThat(findings).isNotEmpty().allSatisfy(f -> {
            assertThat(f.message()).contains("disclaimer");
            assertThat(f.expected()).isEqualTo(">= 4.5:1");
        });
    }

    @Test
    void withoutTheKitFontsWhiteOnSolidBlackStillMeasuresTwentyOneToOne() {
        BufferedImage image = new BufferedImage(200, 60, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 40));
        g.drawString("Hello", 10, 45);
        g.dispose();

        double contrast = TextContrastCheck.lineContrast(CanvasPixels.of(image), new Box(0, 0, 200, 60), WHITE, 1.0, null,
                new int[256], new int[2001]);

        assertThat(contrast).isCloseTo(21.0, within(0.01));
    }

    @Test
    void largeTextScalesWithTheCanvasWidth() {
        TextBlock regular72 = block("Quicksand Medium", 72f);
        TextBlock bold56 = block("Comfortaa Bold", 56f);
        TextBlock bold55 = block("Comfortaa Bold", 55f);
        TextBlock semibold60 = block("Inter SemiBold", 60f);

        assertThat(TextContrastCheck.isLarge(regular72, 1080)).isTrue();
        assertThat(TextContrastCheck.isLarge(bold56, 1080)).isTrue();
        assertThat(TextContrastCheck.isLarge(bold55, 1080)).isFalse();
        assertThat(TextContrastCheck.isLarge(semibold60, 1080)).isFalse();
        assertThat(TextContrastCheck.isLarge(bold56, 1920)).isFalse();
    }

    private static TextBlock block(String family, float size) {
        return new TextBlock("message", List.of("Hello"), "headline", family, size, WHITE, 1.0, 0, List.of(100),
                new Box(0, 20, 300, 100));
    }

    private static BufferedImage copy(BufferedImage image) {
        BufferedImage copy = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = copy.createGraphics();
        g.drawImage(image, 0, 0, null);
        g.dispose();
        return copy;
    }
}
