package org.creativeautomation.engine.comply.brand;

import org.creativeautomation.engine.brand.BrandFonts;
import org.creativeautomation.engine.brand.BrandKit;
import org.creativeautomation.engine.brand.BrandKitException;
import org.creativeautomation.engine.compose.TypeFaces;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.awt.Font;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A kit's two faces read from its font files, once per kit (by folder and content hash, so an
 * edited kit is read again), with every name a layout may record for them.
 */
final class KitFaces {
    private static final Logger LOG = LoggerFactory.getLogger(KitFaces.class);

    private final Map<String, Loaded> kits = new ConcurrentHashMap<>();

    /** The faces (absent when the files cannot be read) and the lower-case names of the kit's fonts. */
    record Loaded(Optional<TypeFaces> faces, Set<String> names) {
    }

    Loaded of(BrandKit kit) {
        return kits.computeIfAbsent(kit.folder() + "#" + kit.contentHash(), k -> load(kit));
    }

    /**
     * The family names the kit records and the font names the files declare: the layout records the
     * latter, e.g. "Comfortaa Bold" for the family "Comfortaa".
     */
    private static Loaded load(BrandKit kit) {
        Set<String> names = new LinkedHashSet<>();
        if (kit.fonts() == null) {
            return new Loaded(Optional.empty(), Set.of());
        }
        names.add(kit.fonts().headlineName().toLowerCase(Locale.ROOT));
        names.add(kit.fonts().bodyName().toLowerCase(Locale.ROOT));
        try {
            BrandFonts fonts = BrandFonts.of(kit);
            TypeFaces faces = new TypeFaces(fonts.headline(1f), fonts.body(1f));
            names.addAll(namesOf(faces.headline()));
            names.addAll(namesOf(faces.body()));
            return new Loaded(Optional.of(faces), Set.copyOf(names));
        } catch (BrandKitException e) {
            // The names alone still tell the kit's fonts from others.
            LOG.warn("Fonts of kit {} cannot be read; judging text by font names only", kit.id(), e);
            return new Loaded(Optional.empty(), Set.copyOf(names));
        }
    }

    static Set<String> namesOf(Font font) {
        Set<String> names = new LinkedHashSet<>();
        names.add(font.getFontName(Locale.ROOT).toLowerCase(Locale.ROOT));
        names.add(font.getFamily(Locale.ROOT).toLowerCase(Locale.ROOT));
        names.add(font.getName().toLowerCase(Locale.ROOT));
        return names;
    }
}
