package org.creativeautomation.engine.generate;

import org.creativeautomation.engine.brand.RgbColor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;

import static org.assertj.core.api.Assertions.assertThat;

class OfflineHeroGeneratorTest {

    private final OfflineHeroGenerator generator = new OfflineHeroGenerator();

    private GeneratedImage render(HeroSubject subject, int width, int height, long seed) {
        return generator.generate(generator.request("hero of " + subject.productName(), width, height, seed), subject);
    }

    @Test
    void rendersAtTheRequestedSize() {
        BufferedImage square = render(GenerateFixtures.WATER_CAN, 2048, 2048, 1).image();
        BufferedImage wide = render(GenerateFixtures.SHOE_BOX, 1200, 800, 1).image();

        assertThat(square.getWidth()).isEqualTo(2048);
        assertThat(square.getHeight()).isEqualTo(2048);
        assertThat(wide.getWidth()).isEqualTo(1200);
        assertThat(wide.getHeight()).isEqualTo(800);
    }

    @Test
    void sameRequestGivesIdenticalPixels() {
        int[] first = pixels(render(GenerateFixtures.WATER_CAN, 1024, 1024, 7).image());
        int[] second = pixels(render(GenerateFixtures.WATER_CAN, 1024, 1024, 7).image());

        assertThat(second).isEqualTo(first);
    }

    @Test
    void differentSeedsGiveVisiblyDifferentImages() {
        BufferedImage one = render(GenerateFixtures.WATER_CAN, 512, 512, 1).image();
        BufferedImage two = render(GenerateFixtures.WATER_CAN, 512, 512, 2).image();

        assertThat(shareOfPixelsDiffering(one, two, 24)).isGreaterThan(0.05);
    }

    @Test
    void reportsLocalProviderAtNoCost() {
        GeneratedImage image = render(GenerateFixtures.WATER_CAN, 256, 256, 1);

        assertThat(image.provider()).isEqualTo("local");
        assertThat(image.model()).isEqualTo("studio-render-1");
        assertThat(image.costUsd()).isZero();
        assertThat(image.request().provider()).isEqualTo("local");
    }

    @ParameterizedTest
    @CsvSource({"Sparkling Water, Sparkling Water 330 ml can, can",
            "Trail Runner X, Trail running shoe box, shoe-box",
            "Orange Juice, Cold-pressed juice, bottle",
            "Oat Crunch, Breakfast cereal, box",
            "Night Cream, Face cream, jar"})
    void drawsPackagingThatFitsTheProduct(String name, String description, String shape) {
        HeroSubject subject = new HeroSubject(name, description, GenerateFixtures.ACME, null);

        assertThat(render(subject, 256, 256, 1).metadata()).containsEntry(OfflineHeroGenerator.SHAPE, shape);
    }

    @ParameterizedTest
    @CsvSource({"Sparkling Water, Sparkling Water 330 ml can", "Trail Runner X, Trail running shoe box",
            "Orange Juice, Cold-pressed juice", "Oat Crunch, Breakfast cereal", "Night Cream, Face cream"})
    void brandPrimaryCoversASizeableShareOfTheImage(String name, String description) {
        for (HeroSubject subject : new HeroSubject[] {
                new HeroSubject(name, description, GenerateFixtures.ACME, null),
                new HeroSubject(name, description, GenerateFixtures.SPORT, null)}) {
            BufferedImage image = render(subject, 768, 768, 3).image();

            assertThat(shareNear(image, subject.palette().primary(), 30))
                    .as("%s in %s", name, subject.palette().primary())
                    .isGreaterThan(0.03);
        }
    }

    @Test
    void looksLikeAStudioShotNotABlankOrNoise() {
        BufferedImage image = render(GenerateFixtures.WATER_CAN, 1024, 1024, 5).image();
        double[] luma = luminance(image);

        double spread = standardDeviation(luma);
        assertThat(spread).as("luminance spread").isBetween(0.04, 0.35);
        // Neighbouring pixels are alike in a photograph and unrelated in noise.
        assertThat(meanNeighbourDifference(luma, image.getWidth())).isLessThan(0.02);
    }

    @Test
    void centreHoldsTheProductAndDiffersFromTheCorners() {
        BufferedImage image = render(GenerateFixtures.WATER_CAN, 1024, 1024, 5).image();

        double centre = meanLuminance(image, new Rectangle(448, 448, 128, 128));
        double corners = (meanLuminance(image, new Rectangle(0, 0, 128, 128))
                + meanLuminance(image, new Rectangle(896, 0, 128, 128))
                + meanLuminance(image, new Rectangle(0, 896, 128, 128))
                + meanLuminance(image, new Rectangle(896, 896, 128, 128))) / 4;
        assertThat(Math.abs(centre - corners)).isGreaterThan(0.1);
    }

    @Test
    void subjectBoxInMetadataMatchesSubjectBounds() {
        GenerationRequest request = generator.request("hero", 1024, 1024, 9);
        GeneratedImage image = generator.generate(request, GenerateFixtures.SHOE_BOX);

        Rectangle box = generator.subjectBounds(request, GenerateFixtures.SHOE_BOX);
        assertThat(image.metadata().get(GeneratedImage.SUBJECT_BOX))
                .isEqualTo(box.x + "," + box.y + "," + box.width + "," + box.height);
    }

    @ParameterizedTest
    @CsvSource({"2048, 2048", "1920, 1080", "1080, 1920", "1536, 1024"})
    void subjectLiesInsideTheImageWithMargins(int width, int height) {
        for (HeroSubject subject : new HeroSubject[] {GenerateFixtures.WATER_CAN, GenerateFixtures.SHOE_BOX}) {
            for (long seed = 1; seed <= 4; seed++) {
                Rectangle box = generator.subjectBounds(generator.request("hero", width, height, seed), subject);

                assertThat(box.x).isGreaterThanOrEqualTo(width / 10);
                assertThat(box.y).isGreaterThanOrEqualTo(height / 10);
                assertThat(width - box.x - box.width).isGreaterThanOrEqualTo(width / 10);
                assertThat(height - box.y - box.height).isGreaterThanOrEqualTo(height / 10);
            }
        }
    }

    @Test
    void subjectIsCentredAndAboutHalfTheHeight() {
        for (long seed = 1; seed <= 4; seed++) {
            Rectangle box = generator.subjectBounds(generator.request("hero", 2048, 2048, seed),
                    GenerateFixtures.WATER_CAN);

            assertThat(Math.abs(box.getCenterX() - 1024)).isLessThanOrEqualTo(2);
            assertThat(box.height / 2048.0).isBetween(0.4, 0.55);
        }
    }

    @ParameterizedTest
    @CsvSource({"9, 16", "16, 9", "1, 1", "4, 5"})
    void subjectSurvivesEveryCropCentredOnIt(int ratioWidth, int ratioHeight) {
        for (HeroSubject subject : new HeroSubject[] {GenerateFixtures.WATER_CAN, GenerateFixtures.SHOE_BOX}) {
            for (long seed = 1; seed <= 4; seed++) {
                Rectangle box = generator.subjectBounds(generator.request("hero", 2048, 2048, seed), subject);

                Rectangle crop = largestCropCentredOn(box, 2048, 2048, ratioWidth, ratioHeight);
                assertThat(crop.contains(box)).as("%s:%s crop %s holds %s", ratioWidth, ratioHeight, crop, box).isTrue();
            }
        }
    }

    @Test
    void productColourLiesWithinTheSubjectBox() {
        GenerationRequest request = generator.request("hero", 1024, 1024, 4);
        BufferedImage image = generator.generate(request, GenerateFixtures.WATER_CAN).image();
        Rectangle box = generator.subjectBounds(request, GenerateFixtures.WATER_CAN);
        RgbColor primary = GenerateFixtures.ACME.primary();

        int inside = 0;
        int total = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if (distance(image.getRGB(x, y), primary) <= 30) {
                    total++;
                    if (box.contains(x, y)) {
                        inside++;
                    }
                }
            }
        }
        assertThat(total).isPositive();
        assertThat(inside / (double) total).isGreaterThan(0.97);
    }

    @Test
    void usesTheKitFontWhenGiven() {
        HeroSubject serif = new HeroSubject("Sparkling Water", "can", GenerateFixtures.ACME,
                new java.awt.Font(java.awt.Font.SERIF, java.awt.Font.PLAIN, 40));

        int[] withKitFont = pixels(render(serif, 512, 512, 1).image());
        int[] withFallback = pixels(render(GenerateFixtures.WATER_CAN, 512, 512, 1).image());

        assertThat(withKitFont).isNotEqualTo(withFallback);
    }

    @Test
    void rendersTinyImagesWithoutFailing() {
        BufferedImage image = render(GenerateFixtures.SHOE_BOX, 16, 9, 1).image();

        assertThat(image.getWidth()).isEqualTo(16);
    }

    // ---- measurements ----

    private static int[] pixels(BufferedImage image) {
        return ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
    }

    private static double distance(int rgb, RgbColor colour) {
        int dr = ((rgb >> 16) & 0xff) - colour.red();
        int dg = ((rgb >> 8) & 0xff) - colour.green();
        int db = (rgb & 0xff) - colour.blue();
        return Math.sqrt(dr * dr + dg * dg + db * db);
    }

    private static double shareNear(BufferedImage image, RgbColor colour, double maxDistance) {
        int near = 0;
        for (int rgb : pixels(image)) {
            if (distance(rgb, colour) <= maxDistance) {
                near++;
            }
        }
        return near / (double) (image.getWidth() * image.getHeight());
    }

    private static double shareOfPixelsDiffering(BufferedImage a, BufferedImage b, int threshold) {
        int[] pa = pixels(a);
        int[] pb = pixels(b);
        int differing = 0;
        for (int i = 0; i < pa.length; i++) {
            int d = Math.abs(((pa[i] >> 16) & 0xff) - ((pb[i] >> 16) & 0xff))
                    + Math.abs(((pa[i] >> 8) & 0xff) - ((pb[i] >> 8) & 0xff))
                    + Math.abs((pa[i] & 0xff) - (pb[i] & 0xff));
            if (d > threshold) {
                differing++;
            }
        }
        return differing / (double) pa.length;
    }

    private static double[] luminance(BufferedImage image) {
        int[] px = pixels(image);
        double[] luma = new double[px.length];
        for (int i = 0; i < px.length; i++) {
            luma[i] = (0.2126 * ((px[i] >> 16) & 0xff) + 0.7152 * ((px[i] >> 8) & 0xff) + 0.0722 * (px[i] & 0xff)) / 255;
        }
        return luma;
    }

    private static double standardDeviation(double[] values) {
        double mean = 0;
        for (double v : values) {
            mean += v;
        }
        mean /= values.length;
        double variance = 0;
        for (double v : values) {
            variance += (v - mean) * (v - mean);
        }
        return Math.sqrt(variance / values.length);
    }

    private static double meanNeighbourDifference(double[] luma, int width) {
        double sum = 0;
        int count = 0;
        for (int i = 0; i + 1 < luma.length; i++) {
            if ((i + 1) % width != 0) {
                sum += Math.abs(luma[i + 1] - luma[i]);
                count++;
            }
        }
        return sum / count;
    }

    private static double meanLuminance(BufferedImage image, Rectangle area) {
        double sum = 0;
        for (int y = area.y; y < area.y + area.height; y++) {
            for (int x = area.x; x < area.x + area.width; x++) {
                int rgb = image.getRGB(x, y);
                sum += (0.2126 * ((rgb >> 16) & 0xff) + 0.7152 * ((rgb >> 8) & 0xff) + 0.0722 * (rgb & 0xff)) / 255;
            }
        }
        return sum / (area.width * (double) area.height);
    }

    /** The largest crop of the ratio that fits the image, centred on the box and pushed inside the image. */
    private static Rectangle largestCropCentredOn(Rectangle box, int width, int height, int rw, int rh) {
        int cropWidth = width;
        int cropHeight = (int) Math.round(width * (double) rh / rw);
        if (cropHeight > height) {
            cropHeight = height;
            cropWidth = (int) Math.round(height * (double) rw / rh);
        }
        int x = (int) Math.round(box.getCenterX() - cropWidth / 2.0);
        int y = (int) Math.round(box.getCenterY() - cropHeight / 2.0);
        x = Math.max(0, Math.min(width - cropWidth, x));
        y = Math.max(0, Math.min(height - cropHeight, y));
        return new Rectangle(x, y, cropWidth, cropHeight);
    }
}
