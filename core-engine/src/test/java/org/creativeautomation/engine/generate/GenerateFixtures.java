package org.creativeautomation.engine.generate;

import org.creativeautomation.engine.brand.BrandKit;
import org.creativeautomation.engine.brand.Palette;
import org.creativeautomation.engine.brand.RgbColor;
import org.creativeautomation.engine.brief.Brief;
import org.creativeautomation.engine.brief.LocalizedText;
import org.creativeautomation.engine.brief.Market;
import org.creativeautomation.engine.brief.Product;
import org.creativeautomation.engine.compose.Ratio;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Briefs, kits and palettes for the generation tests, built in code. */
final class GenerateFixtures {

    static final Palette ACME = palette("#0A7E8C", "#7FD1C7", "#C6E600", "#FFFFFF", "#0B2A33", "#EEF8F6");
    static final Palette SPORT = palette("#111111", "#FF4D1C", "#D7FF3A", "#FFFFFF", "#111111", "#F4F4F4");

    static final HeroSubject WATER_CAN = new HeroSubject("Sparkling Water", "Sparkling Water 330 ml can", ACME, null);
    static final HeroSubject SHOE_BOX = new HeroSubject("Trail Runner X", "Trail running shoe box", SPORT, null);

    private GenerateFixtures() {
    }

    static Product waterProduct() {
        return new Product("sparkling-water", "Sparkling Water", "Sparkling Water 330 ml can", List.of());
    }

    static Brief acmeBrief() {
        LocalizedText message = new LocalizedText(Map.of("de-DE", "Erfrischend anders"));
        return new Brief(Path.of("briefs/summer.yaml"), "summer-2025", "Summer Refresh", "acme",
                new Market("DE", List.of("de-DE", "en-GB")), "Young urban professionals who cycle to work",
                message, null, null, List.of(Ratio.SQUARE), List.of(waterProduct()));
    }

    static BrandKit acmeKit() {
        return new BrandKit("acme", "Acme", "1.0.0", Path.of("brand-kits/acme"), ACME,
                null, null, null, null, null, "0".repeat(64));
    }

    static Palette palette(String primary, String secondary, String accent, String onDark, String onLight,
                           String background) {
        return new Palette(RgbColor.parseHex(primary), RgbColor.parseHex(secondary), RgbColor.parseHex(accent),
                RgbColor.parseHex(onDark), RgbColor.parseHex(onLight), RgbColor.parseHex(background));
    }
}
