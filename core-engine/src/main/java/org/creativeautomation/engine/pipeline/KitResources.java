package org.creativeautomation.engine.pipeline;

import org.creativeautomation.engine.brand.BrandFonts;
import org.creativeautomation.engine.brand.BrandKit;
import org.creativeautomation.engine.compose.LogoImages;
import org.creativeautomation.engine.compose.TypeFaces;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/** A kit's fonts and logos decoded once per run and shared by every creative. */
public record KitResources(BrandKit kit, TypeFaces faces, LogoImages logos) {

    public static KitResources load(BrandKit kit) {
        BrandFonts fonts = BrandFonts.of(kit);
        TypeFaces faces = new TypeFaces(fonts.headline(1f), fonts.body(1f));
        LogoImages logos = new LogoImages(image(kit.logo().light()), image(kit.logo().dark()));
        return new KitResources(kit, faces, logos);
    }

    private static BufferedImage image(Path file) {
        try {
            BufferedImage image = ImageIO.read(file.toFile());
            if (image == null) {
                throw new IllegalStateException("brand kit logo " + file + " is not a readable image");
            }
            return image;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
