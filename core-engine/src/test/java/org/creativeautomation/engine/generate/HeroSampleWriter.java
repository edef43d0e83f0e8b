package org.creativeautomation.engine.generate;

import org.creativeautomation.engine.brand.Palette;

import javax.imageio.ImageIO;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes sample offline hero renders as PNGs for looking at them; not a test. Run with the test
 * class path: {@code HeroSampleWriter [folder] [size]} (default /tmp/hero-samples, 2048).
 */
public final class HeroSampleWriter {

    private static final Palette ACME = GenerateFixtures.ACME;
    private static final Palette SPORT = GenerateFixtures.SPORT;

    private HeroSampleWriter() {
    }

    public static void main(String[] args) throws IOException {
        System.setProperty("java.awt.headless", "true");
        Path folder = Path.of(args.length > 0 ? args[0] : "/tmp/hero-samples");
        int size = args.length > 1 ? Integer.parseInt(args[1]) : 2048;
        Files.createDirectories(folder);
        OfflineHeroGenerator generator = new OfflineHeroGenerator();
        HeroSubject[] subjects = {
                new HeroSubject("Sparkling Water", "Sparkling Water 330 ml can", ACME, null),
                new HeroSubject("Trail Runner X", "Trail running shoe box", SPORT, null),
                new HeroSubject("Cold-Pressed Orange Juice", "Fresh juice in a bottle", ACME, null),
                new HeroSubject("Oat Crunch", "Breakfast cereal", SPORT, null),
                new HeroSubject("Night Repair Cream", "Face cream", ACME, null),
        };
        String[] names = {"acme-can", "sport-shoebox", "acme-bottle", "sport-cereal", "acme-jar"};
        int cell = 400;
        java.awt.image.BufferedImage sheet = new java.awt.image.BufferedImage(cell * 3, cell * subjects.length,
                java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D sheetGraphics = sheet.createGraphics();
        sheetGraphics.setRenderingHint(java.awt.RenderingHints.KEY_INTERPOLATION,
                java.awt.RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        for (int i = 0; i < subjects.length; i++) {
            for (long seed = 1; seed <= 3; seed++) {
                GenerationRequest request = generator.request("sample", size, size, seed);
                long start = System.nanoTime();
                GeneratedImage image = generator.generate(request, subjects[i]);
                long ms = (System.nanoTime() - start) / 1_000_000;
                Path file = folder.resolve(names[i] + "-" + seed + ".png");
                ImageIO.write(image.image(), "png", file.toFile());
                sheetGraphics.drawImage(image.image(), (int) (seed - 1) * cell, i * cell, cell, cell, null);
                System.out.println(file + " " + ms + " ms " + image.metadata());
            }
        }
        sheetGraphics.dispose();
        ImageIO.write(sheet, "png", folder.resolve("contact-sheet.png").toFile());
    }
}
