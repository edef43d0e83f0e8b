package org.creativeautomation.engine.compose;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;

/** The shipped Acme Beverages kit's font files: Latin, Greek and Cyrillic faces without Arabic, Hebrew, CJK or Indic glyphs. */
final class KitFontFiles {
    private KitFontFiles() {
    }

    /** Comfortaa Bold, the Acme headline face. */
    static Font comfortaaBold() throws IOException, FontFormatException {
        return read("Comfortaa-Bold.ttf");
    }

    /** Quicksand Medium, the Acme body face (Latin only). */
    static Font quicksandMedium() throws IOException, FontFormatException {
        return read("Quicksand-Medium.ttf");
    }

    private static Font read(String file) throws IOException, FontFormatException {
        return Font.createFont(Font.TRUETYPE_FONT, ScriptGoldenTest.repositoryRoot()
                .resolve("brand-kits/acme-beverages/fonts").resolve(file).toFile());
    }
}
