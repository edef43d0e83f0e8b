package org.creativeautomation.engine.compose;

import org.creativeautomation.engine.brand.Corner;
import org.creativeautomation.engine.brand.ExtensionStyle;
import org.creativeautomation.engine.brand.Grading;
import org.creativeautomation.engine.brand.LayoutTemplates;
import org.creativeautomation.engine.brand.RgbColor;
import org.creativeautomation.engine.brand.SafeArea;
import org.creativeautomation.engine.brand.TextZone;
import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The background the renderer draws under the text: the crop, the canvas extension and the grade. */
class CanvasBackgroundTest {
    private static final CreativeCopy COPY = new CreativeCopy("en-US", "Stay fresh", "Shop now", null);
    private final LayoutSolver solver = new LayoutSolver();
    private final CreativeRenderer renderer = new CreativeRenderer();

    private Layout solve(GeneratedHeroes.Hero hero, Box subject, Ratio ratio, ExtensionStyle style) {
        return solver.solve(new LayoutRequest(ratio, COPY, hero.image(), subject,
                TestKits.withTemplate(ratio, TestKits.template(ratio, List.of(TextZone.BOTTOM), style, SafeArea.NONE)),
                TestKits.faces(), TestKits.logos()));
    }

    @Test
    void continuesAPlainStudioSweepPastThePhotoWithoutASeam() {
        GeneratedHeroes.Hero wide = GeneratedHeroes.WIDE.draw();
        Layout layout = solve(wide, wide.subject(), Ratio.STORY, ExtensionStyle.AUTO);
        BufferedImage background = renderer.background(wide.image(), layout);

        CanvasExtension extension = layout.extension();
        assertThat(extension.fill()).isEqualTo(ExtensionFill.BACKDROP);
        int seam = 1920 - extension.bottom();
        for (int x = 100; x < 1080; x += 200) {
            assertThat(distance(background.getRGB(x, seam - 4), background.getRGB(x, seam + 3)))
                    .as("across the seam at x %d", x).isLessThanOrEqualTo(9);
        }
    }

    @Test
    void carriesOnlyTheBackdropOutwardNotTheProductNearTheEdge() {
        GeneratedHeroes.Hero wide = GeneratedHeroes.WIDE.draw();
        Layout layout = solver.solve(new LayoutRequest(Ratio.LANDSCAPE, COPY, wide.image(), wide.subject(),
                TestKits.kit(), TestKits.faces(), TestKits.logos()));
        BufferedImage background = renderer.background(wide.image(), layout);

        assertThat(layout.extension().left()).as("room made for the text column").isGreaterThan(100);
        Box product = layout.crop().toCanvas(wide.subject(), 1920, 1080);
        int labelRow = product.y() + product.height() / 2;
        // deep in the extension, the rows level with the product look like the rows above it
        for (int x = 10; x < layout.extension().left() - 10; x += 40) {
            assertThat(distance(background.getRGB(x, labelRow), background.getRGB(x, product.y() - 60)))
                    .as("x %d", x).isLessThanOrEqualTo(8);
        }
    }

    @Test
    void fillsABusyPhotosExtensionWithItselfBlurredAndDarkened() {
        GeneratedHeroes.Hero busy = GeneratedHeroes.BUSY.draw();
        Layout layout = solve(busy, new Box(100, 900, 1800, 300), Ratio.STORY, ExtensionStyle.AUTO);
        BufferedImage background = renderer.background(busy.image(), layout);

        CanvasExtension extension = layout.extension();
        assertThat(extension.fill()).isEqualTo(ExtensionFill.BLUR);
        Box photo = extension.photo(1080, 1920);
        Box extended = new Box(200, photo.bottom() + 80, 680, Math.min(300, 1920 - photo.bottom() - 100));
        Box sharp = new Box(200, photo.y() + 100, 680, 300);
        assertThat(deviation(background, extended)).as("blurred").isLessThan(deviation(background, sharp) / 3);
        assertThat(meanLuma(background, extended)).as("darkened").isLessThan(meanLuma(background, sharp));
    }

    @Test
    void fillsTheExtensionWithTheKitColourWhenTheKitAsks() {
        GeneratedHeroes.Hero wide = GeneratedHeroes.WIDE.draw();
        Layout layout = solve(wide, wide.subject(), Ratio.STORY, ExtensionStyle.COLOUR);
        BufferedImage background = renderer.background(wide.image(), layout);

        assertThat(layout.extension().fill()).isEqualTo(ExtensionFill.COLOUR);
        assertThat(background.getRGB(540, 1915) & 0xffffff).isEqualTo(TestKits.BACKGROUND.argb() & 0xffffff);
    }

    @Test
    void leavesThePhotoAsCroppedWithoutExtensionOrGrade() {
        GeneratedHeroes.Hero hero = GeneratedHeroes.CENTRED.draw();
        Layout layout = solver.solve(new LayoutRequest(Ratio.SQUARE, COPY, hero.image(), new Box(0, 0, 2000, 2000),
                TestKits.kit(), TestKits.faces(), TestKits.logos()));

        BufferedImage background = renderer.background(hero.image(), layout);

        BufferedImage expected = ImageScaler.cropAndScale(hero.image(), layout.crop(), 1080, 1080);
        assertThat(background.getRGB(540, 540)).isEqualTo(expected.getRGB(540, 540));
        assertThat(background.getRGB(13, 1071)).isEqualTo(expected.getRGB(13, 1071));
    }

    @Test
    void gradesThePhotoTowardThePaletteWhenTheKitAsks() {
        GeneratedHeroes.Hero hero = GeneratedHeroes.CENTRED.draw();
        Box whole = new Box(0, 0, 2000, 2000);
        Layout plain = solver.solve(new LayoutRequest(Ratio.SQUARE, COPY, hero.image(), whole, TestKits.kit(),
                TestKits.faces(), TestKits.logos()));
        Layout graded = solver.solve(new LayoutRequest(Ratio.SQUARE, COPY, hero.image(), whole,
                TestKits.kit(TestKits.PALETTE, List.of(Corner.TOP_RIGHT), 28, 3, LayoutTemplates.defaults(),
                        new Grading(0.6)), TestKits.faces(), TestKits.logos()));

        int before = renderer.background(hero.image(), plain).getRGB(60, 60);
        int after = renderer.background(hero.image(), graded).getRGB(60, 60);

        // the pale grey sweep takes on the palette's pale mint and teal
        RgbColor was = rgb(before);
        RgbColor is = rgb(after);
        assertThat(Math.abs(was.red() - was.green())).isLessThan(8);
        assertThat(is.green() - is.red()).isGreaterThan(8);
    }

    private static RgbColor rgb(int argb) {
        return new RgbColor((argb >> 16) & 0xff, (argb >> 8) & 0xff, argb & 0xff);
    }

    private static int distance(int a, int b) {
        return Math.max(Math.abs(((a >> 16) & 255) - ((b >> 16) & 255)),
                Math.max(Math.abs(((a >> 8) & 255) - ((b >> 8) & 255)), Math.abs((a & 255) - (b & 255))));
    }

    private static double meanLuma(BufferedImage image, Box box) {
        double sum = 0;
        int n = 0;
        for (int y = box.y(); y < box.bottom(); y += 2) {
            for (int x = box.x(); x < box.right(); x += 2) {
                int c = image.getRGB(x, y);
                sum += 0.299 * ((c >> 16) & 255) + 0.587 * ((c >> 8) & 255) + 0.114 * (c & 255);
                n++;
            }
        }
        return sum / n;
    }

    /** Mean absolute difference between neighbouring pixels: high for detail, near zero for blur. */
    private static double deviation(BufferedImage image, Box box) {
        double sum = 0;
        int n = 0;
        for (int y = box.y(); y < box.bottom(); y += 2) {
            for (int x = box.x(); x < box.right() - 3; x += 2) {
                sum += distance(image.getRGB(x, y), image.getRGB(x + 3, y));
                n++;
            }
        }
        return sum / n;
    }
}
