package org.creativeautomation.engine.compose;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Copy in every script the studio ships for, set in the Acme Beverages kit's faces and compared
 * with approved renders under {@code src/test/resources/golden/} by how it looks (see
 * {@link PerceptualDiff}), never byte for byte.
 *
 * <p>The goldens hold only the text: message, CTA button and disclaimer fitted and stacked against
 * the bottom margin of a flat brand-coloured canvas, aligned to the right margin for right-to-left
 * copy, so that changes to crops, scrims or logos do not touch them. {@code -Dgolden.samples=DIR}
 * writes, besides each text render, the whole creative as the solver and renderer compose it, to
 * look at.
 *
 * <p>After a deliberate change to how text looks, look at the new renders and regenerate the
 * goldens with {@code mvn -o -pl core-engine test -Dtest=ScriptGoldenTest -Dgolden.update=true}.
 */
class ScriptGoldenTest {
    private static final Path GOLDEN = Path.of("src/test/resources/golden");
    private static final Box PRODUCT = new Box(780, 420, 440, 900);
    private static final BufferedImage HERO = hero();

    record Sample(String name, Ratio ratio, CreativeCopy copy) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Sample> samples() {
        return Stream.of(
                new Sample("german-1x1", Ratio.SQUARE, new CreativeCopy("de-DE",
                        "Spritzige Limettenerfrischung für Sommerabende", "Jetzt kaufen",
                        "Pfandflasche. Bitte recyceln.")),
                new Sample("greek-1x1", Ratio.SQUARE, new CreativeCopy("el-GR",
                        "Δροσιά όλο το καλοκαίρι", "Αγόρασε τώρα", "Παρακαλούμε ανακυκλώστε.")),
                new Sample("cyrillic-1x1", Ratio.SQUARE, new CreativeCopy("ru-RU",
                        "Свежесть всё лето", "Купить сейчас", "Пожалуйста, сдавайте тару.")),
                new Sample("arabic-1x1", Ratio.SQUARE, new CreativeCopy("ar-SA",
                        "انتعش طوال الصيف مع أكمي", "تسوّق الآن", "يرجى إعادة التدوير. 330 مل")),
                new Sample("arabic-9x16", Ratio.STORY, new CreativeCopy("ar-SA",
                        "انتعش طوال الصيف مع أكمي", "تسوّق الآن", "يرجى إعادة التدوير. 330 مل")),
                new Sample("hebrew-1x1", Ratio.SQUARE, new CreativeCopy("he-IL",
                        "רעננות כל הקיץ", "קנו עכשיו", "נא למחזר. 330 מ\"ל")),
                new Sample("hebrew-9x16", Ratio.STORY, new CreativeCopy("he-IL",
                        "רעננות כל הקיץ", "קנו עכשיו", "נא למחזר. 330 מ\"ל")),
                new Sample("japanese-1x1", Ratio.SQUARE, new CreativeCopy("ja-JP",
                        "夏じゅう、爽やかなライムの泡を。", "今すぐ購入", "リサイクルにご協力ください。")),
                new Sample("chinese-1x1", Ratio.SQUARE, new CreativeCopy("zh-CN",
                        "清爽一夏，尽享青柠气泡水。", "立即购买", "请回收利用。")),
                new Sample("thai-1x1", Ratio.SQUARE, new CreativeCopy("th-TH",
                        "สดชื่นตลอดฤดูร้อนกับน้ำมะนาวโซดา", "ซื้อเลย", "โปรดรีไซเคิล")),
                new Sample("devanagari-1x1", Ratio.SQUARE, new CreativeCopy("hi-IN",
                        "गर्मियों में ताज़गी का नया स्वाद", "अभी खरीदें", "कृपया रीसायकल करें।")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void rendersLikeTheApprovedGolden(Sample sample) throws IOException {
        BufferedImage actual = TextSheet.render(sample.ratio(), sample.copy(), AcmeKit.KIT, AcmeKit.FACES);
        String samplesDir = System.getProperty("golden.samples");
        if (samplesDir != null && !samplesDir.isBlank()) {
            Files.createDirectories(Path.of(samplesDir));
            ImageIO.write(actual, "png", Path.of(samplesDir, sample.name() + "-text.png").toFile());
            ImageIO.write(creative(sample), "png", Path.of(samplesDir, sample.name() + ".png").toFile());
        }
        Path golden = GOLDEN.resolve(sample.name() + ".png");
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(GOLDEN);
            ImageIO.write(halfSize(actual), "png", golden.toFile());
        }
        assertThat(golden).as("golden render; create it with -Dgolden.update=true").exists();

        PerceptualDiff.Difference difference = PerceptualDiff.between(ImageIO.read(golden.toFile()), actual);

        assertThat(difference.looksTheSame()).as("%s differs from its golden: %s", sample, difference).isTrue();
    }

    /** The whole creative as the pipeline composes it. */
    static BufferedImage creative(Sample sample) {
        LayoutRequest request = new LayoutRequest(sample.ratio(), sample.copy(), HERO, PRODUCT, AcmeKit.KIT,
                AcmeKit.FACES, AcmeKit.LOGOS);
        Layout layout = new LayoutSolver().solve(request);
        CreativeRenderer renderer = new CreativeRenderer();
        return renderer.render(layout, renderer.background(HERO, layout), AcmeKit.FACES, AcmeKit.LOGOS);
    }

    /** A studio packshot stand-in: a soft backdrop, a can with a lime band and a shadow. */
    private static BufferedImage hero() {
        BufferedImage hero = new BufferedImage(2000, 2000, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = hero.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setPaint(new GradientPaint(0, 0, new Color(196, 226, 232), 0, 2000, new Color(120, 170, 180)));
        g.fillRect(0, 0, 2000, 2000);
        g.setColor(new Color(60, 90, 100, 90));
        g.fill(new Ellipse2D.Double(PRODUCT.x() - 60, PRODUCT.bottom() - 50, PRODUCT.width() + 120, 110));
        g.setPaint(new GradientPaint(PRODUCT.x(), 0, new Color(210, 215, 220), PRODUCT.right(), 0,
                new Color(150, 160, 170)));
        g.fill(new RoundRectangle2D.Double(PRODUCT.x(), PRODUCT.y(), PRODUCT.width(), PRODUCT.height(), 80, 80));
        g.setColor(new Color(150, 205, 50));
        g.fillRect(PRODUCT.x(), PRODUCT.y() + 300, PRODUCT.width(), 260);
        g.dispose();
        return hero;
    }

    static BufferedImage halfSize(BufferedImage image) {
        int w = image.getWidth() / 2;
        int h = image.getHeight() / 2;
        BufferedImage half = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int r = 0;
                int gr = 0;
                int b = 0;
                for (int dy = 0; dy < 2; dy++) {
                    for (int dx = 0; dx < 2; dx++) {
                        int c = image.getRGB(2 * x + dx, 2 * y + dy);
                        r += (c >> 16) & 255;
                        gr += (c >> 8) & 255;
                        b += c & 255;
                    }
                }
                half.setRGB(x, y, ((r / 4) << 16) | ((gr / 4) << 8) | (b / 4));
            }
        }
        return half;
    }
}
