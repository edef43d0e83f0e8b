package org.creativeautomation.engine.compose;

import org.creativeautomation.engine.brand.BrandKit;
import org.creativeautomation.engine.brand.Corner;
import org.creativeautomation.engine.brand.KitFonts;
import org.creativeautomation.engine.brand.LegalRules;
import org.creativeautomation.engine.brand.LogoRules;
import org.creativeautomation.engine.brand.LogoSet;
import org.creativeautomation.engine.brand.Palette;
import org.creativeautomation.engine.brand.RgbColor;
import org.creativeautomation.engine.brand.TextRules;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** A brand kit, faces, logos and a hero built in code for composition tests. */
final class TestKits {
    static final RgbColor PRIMARY = RgbColor.parseHex("#0A5C8C");
    static final RgbColor ACCENT = RgbColor.parseHex("#FFB703");
    static final RgbColor BACKGROUND = RgbColor.parseHex("#EEF8F6");

    private TestKits() {
    }

    static BrandKit kit(List<Corner> corners, int minFontPx, int maxLines) {
        Palette palette = new Palette(PRIMARY, RgbColor.parseHex("#7FD1C7"), ACCENT,
                RgbColor.parseHex("#FFFFFF"), RgbColor.parseHex("#0B2A33"), BACKGROUND);
        return new BrandKit("test-kit", "Test Kit", "1.0.0", Path.of("kit"), palette,
                new KitFonts(Path.of("h.ttf"), Path.of("b.ttf"), "SansSerif.bold", "SansSerif.plain", Path.of("OFL.txt")),
                new LogoSet(Path.of("light.png"), Path.of("dark.png")),
                new LogoRules(corners, 12, 25), new TextRules(minFontPx, maxLines),
                new LegalRules(List.of(), Map.of()), "0".repeat(64));
    }

    static BrandKit kit() {
        return kit(List.of(Corner.TOP_RIGHT, Corner.TOP_LEFT), 28, 3);
    }

    static TypeFaces faces() {
        return new TypeFaces(new Font("SansSerif", Font.BOLD, 10), new Font("SansSerif", Font.PLAIN, 10));
    }

    /** Logos: a solid magenta badge (light variant) and a solid green one (dark variant) on transparency. */
    static LogoImages logos() {
        return new LogoImages(badge(new Color(255, 0, 255)), badge(new Color(0, 200, 0)));
    }

    private static BufferedImage badge(Color color) {
        BufferedImage logo = new BufferedImage(400, 160, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = logo.createGraphics();
        g.setColor(color);
        g.fillRect(0, 0, 400, 160);
        g.dispose();
        return logo;
    }

    /** A cut-out product shot: fully transparent except for an opaque red "product" at the given box. */
    static BufferedImage transparentHero(int w, int h, Box product) {
        BufferedImage hero = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = hero.createGraphics();
        g.setColor(new Color(200, 30, 30));
        g.fillRect(product.x(), product.y(), product.width(), product.height());
        g.dispose();
        return hero;
    }

    /** A mid-grey photo stand-in with a dark square "product" at the given box. */
    static BufferedImage hero(int w, int h, Box product) {
        BufferedImage hero = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = hero.createGraphics();
        g.setColor(new Color(40, 40, 40));
        g.fillRect(0, 0, w, h);
        g.setColor(new Color(200, 30, 30));
        g.fillRect(product.x(), product.y(), product.width(), product.height());
        g.dispose();
        return hero;
    }
}
