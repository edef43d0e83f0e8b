package org.creativeautomation.engine.brand;

import java.nio.file.Path;

/**
 * A loaded, validated brand kit: everything composition and compliance need to keep creatives on brand.
 *
 * @param id          the kit's folder name, as briefs refer to it
 * @param version     the kit's declared version (e.g. {@code 1.2.0})
 * @param folder      the kit's folder (absolute)
 * @param contentHash SHA-256 (hex) over every file of the kit, so an edited kit never reuses stale outputs
 */
public record BrandKit(
        String id,
        String name,
        String version,
        Path folder,
        Palette colors,
        KitFonts fonts,
        LogoSet logo,
        LogoRules logoRules,
        TextRules textRules,
        LegalRules legal,
        String contentHash) {
}
