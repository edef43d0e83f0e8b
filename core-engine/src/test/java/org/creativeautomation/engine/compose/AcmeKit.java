package org.creativeautomation.engine.compose;

import org.creativeautomation.engine.brand.BrandFonts;
import org.creativeautomation.engine.brand.BrandKit;
import org.creativeautomation.engine.brand.BrandKitLoader;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The shipped Acme Beverages kit, read once. Its faces cover Latin (Comfortaa, the headline face,
 * also Greek and Cyrillic) but no Arabic, Hebrew, CJK, Thai or Indic glyphs: the fallback chain's work.
 */
final class AcmeKit {
    static final BrandKit KIT = new BrandKitLoader().load(repositoryRoot().resolve("brand-kits/acme-beverages"));
    static final TypeFaces FACES = faces();
    static final LogoImages LOGOS = new LogoImages(read(KIT.logo().light()), read(KIT.logo().dark()));

    private AcmeKit() {
    }

    /** Comfortaa Bold, the headline face. */
    static java.awt.Font comfortaaBold() {
        return FACES.headline();
    }

    /** Quicksand Medium, the body face (Latin only). */
    static java.awt.Font quicksandMedium() {
        return FACES.body();
    }

    private static TypeFaces faces() {
        BrandFonts fonts = BrandFonts.of(KIT);
        return new TypeFaces(fonts.headline(1f), fonts.body(1f));
    }

    private static BufferedImage read(Path file) {
        try {
            return ImageIO.read(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The folder holding {@code brand-kits/}, found by walking up from the working directory. */
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
