package org.creativeautomation.engine.compose;

import org.creativeautomation.engine.brand.Corner;

import java.awt.font.TextAttribute;
import java.text.Bidi;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The direction copy is read in. Right-to-left copy (Arabic, Hebrew, Persian, Urdu) is set with
 * that base direction, so Java's bidi algorithm orders mixed runs of digits and Latin words
 * correctly, and the whole layout is mirrored: lines align to the right margin, the CTA sits on the
 * right and the logo's preferred corners swap sides.
 */
public enum TextDirection {
    LEFT_TO_RIGHT,
    RIGHT_TO_LEFT;

    /** Languages written right to left (ISO 639, including the legacy codes Java still reports). */
    private static final Set<String> RIGHT_TO_LEFT_LANGUAGES = Set.of(
            "ar", "he", "iw", "fa", "ur", "yi", "ji", "ps", "sd", "ug", "dv", "ckb", "ku-arab", "syr");

    /**
     * The direction of a creative's copy: its locale's when the locale names a right-to-left
     * language, otherwise that of the message's first strong character (Arabic copy filed under a
     * wrong or missing locale still reads right to left). A message with letters but not one
     * right-to-left character reads left to right whatever its locale: the English text an Arabic
     * creative keeps when no translation was found is set as English, not mirrored.
     */
    public static TextDirection of(CreativeCopy copy) {
        return of(copy.localeTag(), copy.message());
    }

    public static TextDirection of(String localeTag, String text) {
        if (localeTag != null && !localeTag.isBlank()) {
            Locale locale = Locale.forLanguageTag(localeTag.replace('_', '-'));
            String language = locale.getLanguage();
            if (RIGHT_TO_LEFT_LANGUAGES.contains(language)
                    || RIGHT_TO_LEFT_LANGUAGES.contains(language + "-" + locale.getScript().toLowerCase(Locale.ROOT))) {
                return isLeftToRightOnly(text) ? LEFT_TO_RIGHT : RIGHT_TO_LEFT;
            }
        }
        if (text == null || text.isEmpty() || !Bidi.requiresBidi(text.toCharArray(), 0, text.length())) {
            return LEFT_TO_RIGHT;
        }
        return new Bidi(text, Bidi.DIRECTION_DEFAULT_LEFT_TO_RIGHT).baseIsLeftToRight() ? LEFT_TO_RIGHT : RIGHT_TO_LEFT;
    }

    private static boolean isLeftToRightOnly(String text) {
        return text != null && text.codePoints().anyMatch(Character::isLetter)
                && !Bidi.requiresBidi(text.toCharArray(), 0, text.length());
    }

    public boolean isRightToLeft() {
        return this == RIGHT_TO_LEFT;
    }

    /** The value of {@link TextAttribute#RUN_DIRECTION} that sets text in this direction. */
    Boolean runDirection() {
        return isRightToLeft() ? TextAttribute.RUN_DIRECTION_RTL : TextAttribute.RUN_DIRECTION_LTR;
    }

    /** The kit's corners in order of preference as this direction reads them: mirrored left to right for RTL. */
    public List<Corner> corners(List<Corner> preferred) {
        return isRightToLeft() ? preferred.stream().map(Corner::mirrored).toList() : preferred;
    }
}
