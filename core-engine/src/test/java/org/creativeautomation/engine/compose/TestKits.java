package org.creativeautomation.engine.compose;

import org.creativeautomation.engine.brand.BrandKit;
import org.creativeautomation.engine.brand.Corner;
import org.creativeautomation.engine.brand.ExtensionStyle;
import org.creativeautomation.engine.brand.Grading;
import org.creativeautomation.engine.brand.LayoutTemplate;
import org.creativeautomation.engine.brand.LayoutTemplates;
import org.creativeautomation.engine.brand.SafeArea;
import org.creativeautomation.engine.brand.TextZone;
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

    static final RgbColor TEXT_ON_DARK = RgbColor.parseHex("#FFFFFF");
    static final RgbColor TEXT_ON_LIGHT = RgbColor.parseHex("#0B2A33");
    static final Palette PALETTE = new Palette(PRIMARY, RgbColor.parseHex("#7FD1C7"), ACCENT, TEXT_ON_DARK, TEXT_ON_LIGHT,
            BACKGROUND);

    static BrandKit kit(List<Corner> corners, int minFontPx, int maxLines) {
        return kit(PALETTE, corners, minFontPx, maxLines, LayoutTemplates.defaults(), Grading.OFF);
    }

    static BrandKit kit(Palette palette, List<Corner> corners, int minFontPx, int maxLines, LayoutTemplates templates,
                        Grading grading) {
        return new BrandKit("test-kit", "Test Kit", "1.0.0", Path.of("kit"), palette,
                new KitFonts(Path.of("h.ttf"), Path.of("b.ttf"), "SansSerif.bold", "SansSerif.plain", Path.of("OFL.txt")),
                new LogoSet(Path.of("light.png"), Path.of("dark.png")),
                new LogoRules(corners, 12, 25), new TextRules(minFontPx, maxLines),
                new LegalRules(List.of(), Map.of()), templates, grading, "0".repeat(64));
    }

    /** The test kit with one ratio's template changed. */
    static BrandKit withTemplate(Ratio ratio, LayoutTemplate template) {
        return kit(PALETTE, List.of(Corner.TOP_RIGHT, Corner.TOP_LEFT), 28, 3,
                LayoutTemplates.defaults().with(ratio.label(), template), Grading.OFF);
    }

    /** The default template of a ratio with other zones, extension or safe zone. */
    static LayoutTemplate template(Ratio ratio, List<TextZone> zones, ExtensionStyle extension, SafeArea safe) {
        LayoutTemplate base = LayoutTemplates.defaults().forRatio(ratio.label());
        return new LayoutTemplate(safe == null ? base.safeZone() : safe, zones == null ? base.zones() : zones,
                base.marginPercent(), extension == null ? base.extension() : extension);
    }

    static BrandKit kit() {
        return kit(List.of(Corner.TOP_RIGHT, Corner.TOP_LEFT), 28, 3);
    }

    static TypeFaces faces() {
        return new TypeFaces(new Font("SansSerif", Font.BOLD, 10), new Font("SansSerif", Font.PLAIN, 10));
    }

    /** The light logo's colour: a pale magenta that shows on dark photos and is found by its colour. */
    static final int LIGHT_LOGO = 0xFFAAFF;

    /** Logos: a solid pale magenta badge (light variant) and a solid dark green one (dark variant) on transparency. */
    static LogoImages logos() {
        return new LogoImages(badge(new Color(LIGHT_LOGO)), badge(new Color(0, 100, 0)));
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
