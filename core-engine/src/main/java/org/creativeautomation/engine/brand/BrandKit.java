package org.creativeautomation.engine.brand;

import java.nio.file.Path;

/**
 * A loaded, validated brand kit: everything composition and compliance need to keep creatives on brand.
 *
 * @param id          the kit's folder name, as briefs refer to it
 * @param version     the kit's declared version (e.g. {@code 1.2.0})
 * @param folder      the kit's folder (absolute)
 * @param templates   how each ratio is composed: the engine's defaults with the kit's changes
 * @param grading     how far hero photos are pulled toward the palette ({@link Grading#OFF} unless the kit says)
 * @param prompt      how image generators are told about the brand ({@link PromptStyle#NONE} unless the kit says)
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
        LayoutTemplates templates,
        Grading grading,
        PromptStyle prompt,
        String contentHash) {

    public BrandKit {
        prompt = prompt == null ? PromptStyle.NONE : prompt;
    }

    /** A kit without a prompt section. */
    public BrandKit(String id, String name, String version, Path folder, Palette colors, KitFonts fonts, LogoSet logo,
                    LogoRules logoRules, TextRules textRules, LegalRules legal, LayoutTemplates templates,
                    Grading grading, String contentHash) {
        this(id, name, version, folder, colors, fonts, logo, logoRules, textRules, legal, templates, grading,
                PromptStyle.NONE, contentHash);
    }

    /** A kit that composes every ratio by the engine's default templates, without grading. */
    public BrandKit(String id, String name, String version, Path folder, Palette colors, KitFonts fonts, LogoSet logo,
                    LogoRules logoRules, TextRules textRules, LegalRules legal, String contentHash) {
        this(id, name, version, folder, colors, fonts, logo, logoRules, textRules, legal, LayoutTemplates.defaults(),
                Grading.OFF, contentHash);
    }
}
