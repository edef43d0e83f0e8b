package org.creativeautomation.engine.comply.brand;

import org.creativeautomation.engine.brand.BrandFonts;
import org.creativeautomation.engine.brand.BrandKit;
import org.creativeautomation.engine.brand.BrandKitLoader;
import org.creativeautomation.engine.compose.Box;
import org.creativeautomation.engine.compose.CreativeCopy;
import org.creativeautomation.engine.compose.CreativeRenderer;
import org.creativeautomation.engine.compose.Layout;
import org.creativeautomation.engine.compose.LayoutRequest;
import org.creativeautomation.engine.compose.LayoutSolver;
import org.creativeautomation.engine.compose.LogoImages;
import org.creativeautomation.engine.compose.Ratio;
import org.creativeautomation.engine.compose.SubjectEstimator;
import org.creativeautomation.engine.compose.TypeFaces;
import org.creativeautomation.engine.comply.CreativeUnderCheck;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Real creatives for the brand checks: the shipped kits with the example campaigns' photos and
 * copy, solved and rendered by the engine itself, plus ways to break them.
 */
final class BrandCreatives {
    static final String ACME = "acme-beverages";
    static final String STRIDE = "stride-athletics";
    static final String WATER_PHOTO = "summer-splash/assets/sparkling-water.jpg";
    static final String RUNNER_PHOTO = "trail-launch/assets/trail-runner.jpg";

    static final CreativeCopy SUMMER_EN = new CreativeCopy("en-US", "Stay fresh all summer", "Shop now",
            "Please recycle. Contains no added sugar.");
    static final CreativeCopy SUMMER_ES = new CreativeCopy("es-US", "Frescura todo el verano", "Compra ya",
            "Por favor recicla. Sin azúcar añadido.");
    static final CreativeCopy TRAIL_EN = new CreativeCopy("en-GB", "Built for every trail", "Discover now",
            "Results vary. Always warm up before exercise.");
    static final CreativeCopy TRAIL_DE = new CreativeCopy("de-DE", "Gebaut für jeden Trail", "Jetzt entdecken", null);

    private static final Map<String, ShippedKit> KITS = new ConcurrentHashMap<>();
    private static final Map<String, BufferedImage> PHOTOS = new ConcurrentHashMap<>();
    private static final CreativeRenderer RENDERER = new CreativeRenderer();

    private BrandCreatives() {
    }

    /** A shipped kit with its faces and logos loaded. */
    record ShippedKit(BrandKit kit, TypeFaces faces, LogoImages logos) {
    }

    /** A rendered creative and what it was made from. */
    record Creative(ShippedKit kit, Layout layout, BufferedImage background, BufferedImage pixels) {
        CreativeUnderCheck underCheck() {
            return new CreativeUnderCheck(pixels, layout, null, kit.kit(), kit.logos(), null, null);
        }

        /** The same creative without its layout, as for an image the studio did not make. */
        CreativeUnderCheck pixelsOnly() {
            return new CreativeUnderCheck(pixels, null, null, kit.kit(), kit.logos(), null, null);
        }

        /** Another layout drawn over the same photo. */
        Creative rerender(Layout changed) {
            return new Creative(kit, changed, background, RENDERER.render(changed, background, kit.faces(), kit.logos()));
        }

        /** The same layout drawn with other logo images (the check still looks for the kit's). */
        Creative drawnWith(LogoImages drawn) {
            return new Creative(kit, layout, background, RENDERER.render(layout, background, kit.faces(), drawn));
        }

        /** The same layout with other pixels (e.g. painted over). */
        Creative withPixels(BufferedImage changed) {
            return new Creative(kit, layout, background, changed);
        }
    }

    /** The example campaign of a kit: its own photo and English copy. */
    static Creative render(String kitId, Ratio ratio) {
        return ACME.equals(kitId) ? render(ACME, WATER_PHOTO, ratio, SUMMER_EN) : render(STRIDE, RUNNER_PHOTO, ratio, TRAIL_EN);
    }

    static Creative render(String kitId, String photo, Ratio ratio, CreativeCopy copy) {
        ShippedKit kit = kit(kitId);
        BufferedImage hero = photo(photo);
        Box subject = new SubjectEstimator().estimate(hero);
        Layout layout = new LayoutSolver().solve(new LayoutRequest(ratio, copy, hero, subject, kit.kit(), kit.faces(),
                kit.logos()));
        BufferedImage background = RENDERER.background(hero, layout);
        return new Creative(kit, layout, background, RENDERER.render(layout, background, kit.faces(), kit.logos()));
    }

    static List<String> kitIds() {
        return List.of(ACME, STRIDE);
    }

    static ShippedKit kit(String id) {
        return KITS.computeIfAbsent(id, k -> {
            BrandKit kit = new BrandKitLoader().load(repoRoot().resolve("brand-kits").resolve(k));
            BrandFonts fonts = BrandFonts.of(kit);
            TypeFaces faces = new TypeFaces(fonts.headline(1f), fonts.body(1f));
            return new ShippedKit(kit, faces, new LogoImages(read(kit.logo().light()), read(kit.logo().dark())));
        });
    }

    static BufferedImage photo(String relative) {
        return PHOTOS.computeIfAbsent(relative, r -> read(repoRoot().resolve("examples").resolve(r)));
    }

    private static BufferedImage read(Path file) {
        try {
            return ImageIO.read(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The repository root: the first folder above the working directory holding {@code brand-kits/}. */
    static Path repoRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            if (Files.isDirectory(dir.resolve("brand-kits"))) {
                return dir;
            }
            dir = dir.getParent();
        }
        throw new IllegalStateException("no brand-kits/ folder above " + Path.of("").toAbsolutePath());
    }
}
