package org.creativeautomation.engine.localize;

import org.creativeautomation.engine.brand.BrandFonts;
import org.creativeautomation.engine.brand.BrandKit;
import org.creativeautomation.engine.brand.BrandKitLoader;
import org.creativeautomation.engine.brief.Brief;
import org.creativeautomation.engine.brief.BriefParser;
import org.creativeautomation.engine.compose.TypeFaces;
import org.creativeautomation.engine.generate.NanoClock;
import org.creativeautomation.engine.generate.ProviderLimits;
import org.creativeautomation.engine.generate.RetryPolicy;
import org.creativeautomation.engine.generate.TextRouter;
import org.creativeautomation.engine.localize.machine.MachineTranslator;
import org.creativeautomation.engine.spi.TextGenerator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;

/** The shipped Acme kit and briefs written for the localization tests. */
public final class L10nFixtures {
    public static final BrandKit ACME = new BrandKitLoader().load(repositoryRoot().resolve("brand-kits/acme-beverages"));
    public static final TypeFaces ACME_FACES = faces();

    /** An English campaign for the US, Germany, Saudi Arabia and Japan, its texts in en-US only. */
    public static final String WORLD_BRIEF = """
            campaign: world-launch
            brand: acme-beverages
            markets:
              - {region: US, locales: [en-US]}
              - {region: DE, locales: [de-DE]}
              - {region: SA, locales: [ar-SA]}
              - {region: JP, locales: [ja-JP]}
            audience: Active adults who love the outdoors
            message: {en-US: Stay fresh all summer with Acme}
            cta: {en-US: Shop now}
            ratios: ["1:1", "9:16"]
            products:
              - id: citrus-cooler
                name: Citrus Cooler
            """;

    private L10nFixtures() {
    }

    public static Brief brief(Path folder, String yaml) {
        try {
            Files.createDirectories(folder);
            Path file = folder.resolve("brief.yaml");
            Files.writeString(file, yaml);
            return new BriefParser().parse(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A translator over the given text generator, that never waits between retries. */
    public static MachineTranslator translator(TextGenerator generator) {
        return new MachineTranslator(new TextRouter(List.of(generator), RetryPolicy.DEFAULT, ProviderLimits.DEFAULT,
                duration -> { }, NanoClock.SYSTEM, new SplittableRandom(7)));
    }

    private static TypeFaces faces() {
        BrandFonts fonts = BrandFonts.of(ACME);
        return new TypeFaces(fonts.headline(1f), fonts.body(1f));
    }

    static Path repositoryRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isDirectory(dir.resolve("brand-kits"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("no brand-kits/ folder above " + Path.of("").toAbsolutePath());
        }
        return dir;
    }
}
