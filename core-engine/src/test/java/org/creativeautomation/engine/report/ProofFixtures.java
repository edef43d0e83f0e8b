package org.creativeautomation.engine.report;

import org.creativeautomation.engine.comply.CheckId;
import org.creativeautomation.engine.comply.ComplianceStatus;
import org.creativeautomation.engine.comply.Finding;
import org.creativeautomation.engine.comply.Severity;
import org.creativeautomation.engine.compose.Box;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A campaign of two products × five ratios × two locales, with small PNG creatives written to a folder. */
final class ProofFixtures {
    static final LocalDate DATE = LocalDate.of(2025, 3, 12);
    static final String[] RATIOS = {"1:1", "9:16", "16:9", "4:5", "2:1"};
    static final int[][] CANVAS = {{1080, 1080}, {1080, 1920}, {1920, 1080}, {1080, 1350}, {1200, 600}};
    static final String[] LOCALES = {"en-US", "fr-FR"};

    private ProofFixtures() {
    }

    static ProofSheetInput campaign(Path folder) {
        return new ProofSheetInput("spring-launch", "Spring Launch — Fresh Start", "acme-beverages", "1.4.0",
                "Acme Beverages", DATE, List.of(
                        product(folder, "sparkling-water", "Sparkling Water", new Color(0x0A, 0x5C, 0x8C)),
                        product(folder, "orange-juice", "Cold-Pressed Orange Juice", new Color(0xE0, 0x7A, 0x10))));
    }

    static ProofProduct product(Path folder, String id, String name, Color colour) {
        List<ProofCreative> creatives = new ArrayList<>();
        int k = 0;
        for (int r = 0; r < RATIOS.length; r++) {
            for (String locale : LOCALES) {
                int w = CANVAS[r][0];
                int h = CANVAS[r][1];
                Path image = png(folder.resolve(id + "-" + RATIOS[r].replace(':', 'x') + "-" + locale + ".png"),
                        w / 6, h / 6, colour);
                List<Finding> findings = findings(k, RATIOS[r], locale, w, h);
                creatives.add(new ProofCreative(RATIOS[r], locale, image, w, h, ComplianceStatus.of(findings),
                        findings));
                k++;
            }
        }
        return new ProofProduct(id, name, creatives);
    }

    /**
     * Every third creative fails (an error with a box, a legal error without one), every third
     * warns, the rest pass with an info note; messages name the creative so each is unique.
     */
    static List<Finding> findings(int k, String ratio, String locale, int w, int h) {
        String where = ratio + " " + locale;
        Box logo = new Box(w - 300, 40, 260, 110);
        Box text = new Box(60, (int) (h * 0.68), w - 120, (int) (h * 0.16));
        return switch (k % 3) {
            case 0 -> List.of(
                    Finding.of(CheckId.LOGO_CLEAR_SPACE, Severity.ERROR, "Logo crowded in " + where + " — é ü ✓",
                            logo, "12 px", "≥ 40 px"),
                    Finding.of(CheckId.LEGAL_DISCLAIMER_MISSING, Severity.ERROR,
                            "Disclaimer missing in " + where, null, null, "market disclaimer"),
                    Finding.of(CheckId.TEXT_CONTRAST, Severity.WARNING, "Headline contrast low in " + where, text,
                            "3.1:1", "≥ 4.5:1"));
            case 1 -> List.of(
                    Finding.of(CheckId.TEXT_CONTRAST, Severity.WARNING, "CTA contrast low in " + where, text,
                            "3.9:1", "≥ 4.5:1"),
                    Finding.of(CheckId.QUALITY_BLURRY, Severity.INFO, "Hero slightly soft in " + where,
                            new Box(w / 4, h / 5, w / 2, h / 3), "sharpness 0.41", "≥ 0.50"));
            default -> List.of(
                    Finding.of(CheckId.PALETTE_OFF_BRAND, Severity.INFO, "Palette drifts in " + where, null,
                            "82% on palette", "≥ 85%"));
        };
    }

    /** A creative stand-in: a gradient in the product's colour with a light "product" and a dark band. */
    static Path png(Path file, int w, int h, Color colour) {
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setPaint(new GradientPaint(0, 0, colour.brighter(), 0, h, colour.darker()));
        g.fillRect(0, 0, w, h);
        g.setColor(new Color(0xF5, 0xF0, 0xE6));
        int s = Math.min(w, h) / 3;
        g.fillRoundRect(w / 2 - s / 2, h / 3 - s / 2, s, (int) (s * 1.4), s / 4, s / 4);
        g.setColor(new Color(0, 0, 0, 120));
        g.fillRect(0, (int) (h * 0.66), w, (int) (h * 0.2));
        g.dispose();
        try {
            Files.createDirectories(file.getParent());
            ImageIO.write(image, "png", file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }
}
