package org.creativeautomation.engine.brand;

import org.creativeautomation.engine.document.Problem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * A kit's headline and body fonts as Java2D fonts, read from the kit's files once (never looked up
 * by name among the fonts installed on the machine, which differ from laptop to laptop).
 * Immutable and so safe to share between rendering threads.
 */
public final class BrandFonts {
    private static final Logger LOG = LoggerFactory.getLogger(BrandFonts.class);

    private final Font headline;
    private final Font body;

    /** @throws BrandKitException when a font file can no longer be read (the kit changed since it was loaded) */
    public BrandFonts(KitFonts fonts) {
        this.headline = load(fonts.headline(), "fonts.headline");
        this.body = load(fonts.body(), "fonts.body");
    }

    public static BrandFonts of(BrandKit kit) {
        return new BrandFonts(kit.fonts());
    }

    /** The headline font at a size in pixels (Java2D's points are pixels on an unscaled canvas). */
    public Font headline(float sizePx) {
        return headline.deriveFont(checked(sizePx));
    }

    /** The body font (CTA, disclaimer) at a size in pixels. */
    public Font body(float sizePx) {
        return body.deriveFont(checked(sizePx));
    }

    private static float checked(float sizePx) {
        if (!(sizePx > 0) || Float.isInfinite(sizePx)) {
            throw new IllegalArgumentException("font size must be a positive number of pixels, not " + sizePx);
        }
        return sizePx;
    }

    private static Font load(Path file, String field) {
        try {
            return Font.createFont(Font.TRUETYPE_FONT, file.toFile());
        } catch (FontFormatException | IOException e) {
            LOG.debug("Font {} does not load", file, e);
            throw new BrandKitException(List.of(new Problem(null, field, file + " cannot be loaded as a font")));
        }
    }
}
