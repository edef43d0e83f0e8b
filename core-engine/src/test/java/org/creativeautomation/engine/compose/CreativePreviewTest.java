package org.creativeautomation.engine.compose;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;

class CreativePreviewTest {
    private static final CreativeCopy COPY = new CreativeCopy("en-US", "Stay fresh all summer", "Shop now",
            "Please recycle. Contains no added sugar.");

    private static BufferedImage hero() throws IOException {
        return ImageIO.read(AcmeKit.repositoryRoot().resolve("examples/summer-splash/assets/sparkling-water.jpg").toFile());
    }

    private static LayoutRequest request(Ratio ratio, CreativeCopy copy, BufferedImage hero) {
        return new LayoutRequest(ratio, copy, hero, new SubjectEstimator().estimate(hero), AcmeKit.KIT, AcmeKit.FACES,
                AcmeKit.LOGOS);
    }

    @ParameterizedTest
    @EnumSource(Ratio.class)
    void aPreviewIsTheExportShrunkToItsLongSide(Ratio ratio) throws IOException {
        BufferedImage hero = hero();
        CreativePreview.Frame frame = new CreativePreview().render(request(ratio, COPY, hero), 540);

        CreativeRenderer renderer = new CreativeRenderer();
        BufferedImage export = renderer.render(frame.layout(), renderer.background(hero, frame.layout()),
                AcmeKit.FACES, AcmeKit.LOGOS);
        BufferedImage exportShrunk = ImageScaler.scale(export, frame.image().getWidth(), frame.image().getHeight(), false);

        assertThat(Math.max(frame.image().getWidth(), frame.image().getHeight())).isEqualTo(540);
        assertThat((double) frame.image().getWidth() / frame.image().getHeight())
                .isCloseTo((double) ratio.width() / ratio.height(), org.assertj.core.data.Offset.offset(0.01));
        PerceptualDiff.Difference difference = PerceptualDiff.between(exportShrunk, frame.image());
        assertThat(difference.looksTheSame()).as(difference.toString()).isTrue();
    }

    @Test
    void editingTheMessageChangesThePreviewWhereTheMessageIs() throws IOException {
        BufferedImage hero = hero();
        CreativePreview preview = new CreativePreview();
        CreativePreview.Frame before = preview.render(request(Ratio.STORY, COPY, hero), 540);
        CreativePreview.Frame after = preview.render(request(Ratio.STORY,
                new CreativeCopy("en-US", "Cool, crisp and ready for the beach", "Shop now",
                        "Please recycle. Contains no added sugar."), hero), 540);

        Box message = after.layout().message().box();
        int x = (int) (message.x() * after.scale());
        int w = (int) (message.width() * after.scale());
        int top = (int) (message.y() * after.scale());
        int bottom = (int) (message.bottom() * after.scale());
        int changed = 0;
        for (int y = top; y < bottom; y++) {
            changed += differingPixels(before.image(), after.image(), x, y, w);
        }
        assertThat(changed).isGreaterThan(w * (bottom - top) / 20);
        // Above the text band the photo is the same picture from the same kept background.
        assertThat(differingPixels(before.image(), after.image(), 0, 5, before.image().getWidth())).isZero();
    }

    private static int differingPixels(BufferedImage a, BufferedImage b, int x0, int y, int width) {
        int n = 0;
        for (int x = x0; x < x0 + width; x++) {
            if (a.getRGB(x, y) != b.getRGB(x, y)) {
                n++;
            }
        }
        return n;
    }
}
