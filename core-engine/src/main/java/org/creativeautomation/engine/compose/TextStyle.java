package org.creativeautomation.engine.compose;

import java.awt.Font;
import java.util.Locale;

/**
 * How a block of copy is set: the kit's face, the fonts that stand in for glyphs it lacks, the
 * copy's locale (it decides where lines may break and which Han forms are drawn) and its direction.
 */
public record TextStyle(Font face, FontChain fallback, Locale locale, TextDirection direction) {

    /** The face with the standard fallback chain, for left-to-right text in {@code languageTag}. */
    public static TextStyle of(Font face, String languageTag) {
        return new TextStyle(face, FontChain.standard(), locale(languageTag), TextDirection.of(languageTag, null));
    }

    static Locale locale(String languageTag) {
        return languageTag == null || languageTag.isBlank() ? Locale.ROOT
                : Locale.forLanguageTag(languageTag.replace('_', '-'));
    }
}
