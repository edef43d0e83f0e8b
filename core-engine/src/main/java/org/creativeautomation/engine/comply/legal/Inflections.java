package org.creativeautomation.engine.comply.legal;

import java.util.Set;

/**
 * The simple word endings under which a listed word still counts as the same word: {@code cure}
 * is found in {@code cures}, {@code cured} and {@code curing}, never in {@code secure}. Only the
 * last word of a phrase is inflected, only when it has at least three letters, and only with
 * endings regular enough that they do not turn one word into another:
 * <ul>
 *   <li>any language: plural {@code -s}, {@code -es};</li>
 *   <li>English: also {@code -ed} ({@code -d} after a final {@code e}), {@code -ing} (dropping a final {@code e}), and
 *       {@code -y} to {@code -ies}/{@code -ied};</li>
 *   <li>Spanish and Portuguese: also gender {@code -o}/{@code -a} with its plural
 *       ({@code gratuito}, {@code gratuita}, {@code gratuitas});</li>
 *   <li>Italian: the final vowel of gender and number ({@code gratuito}, {@code gratuiti});</li>
 *   <li>French: {@code -e}, {@code -s}, {@code -es}, {@code -x} ({@code gratuit}, {@code gratuites});</li>
 *   <li>German: the adjective and noun endings {@code -e}, {@code -em}, {@code -en}, {@code -er},
 *       {@code -es}, {@code -n}, {@code -s} ({@code gesund}, {@code gesunde}, {@code gesunden});</li>
 *   <li>Dutch: {@code -e}, {@code -en}, {@code -s}.</li>
 * </ul>
 * Verb conjugation beyond these is not attempted: list the forms that matter.
 */
public final class Inflections {
    private static final Inflections ANY = new Inflections(Set.of("s", "es"), false, false, "", false);
    private static final Inflections ENGLISH = new Inflections(Set.of("s", "es", "d", "ed", "ing"), true, true, "", false);
    private static final Inflections SPANISH = new Inflections(Set.of("s", "es"), false, false, "oa", true);
    private static final Inflections PORTUGUESE = SPANISH;
    private static final Inflections ITALIAN = new Inflections(Set.of(), false, false, "aeio", false);
    private static final Inflections FRENCH = new Inflections(Set.of("e", "s", "es", "x"), false, false, "", false);
    private static final Inflections GERMAN = new Inflections(Set.of("e", "em", "en", "er", "es", "n", "s"), false, false, "", false);
    private static final Inflections DUTCH = new Inflections(Set.of("e", "en", "s"), false, false, "", false);
    private static final int MIN_STEM = 3;

    private final Set<String> suffixes;
    private final boolean dropsFinalE;
    private final boolean yToI;
    private final String swappableFinalVowels;
    private final boolean pluralAfterSwap;

    private Inflections(Set<String> suffixes, boolean dropsFinalE, boolean yToI, String swappableFinalVowels,
                        boolean pluralAfterSwap) {
        this.suffixes = suffixes;
        this.dropsFinalE = dropsFinalE;
        this.yToI = yToI;
        this.swappableFinalVowels = swappableFinalVowels;
        this.pluralAfterSwap = pluralAfterSwap;
    }

    /** The endings of an ISO 639 language; other languages get plural {@code -s}/{@code -es} only. */
    public static Inflections forLanguage(String language) {
        return switch (language == null ? "" : language) {
            case "en" -> ENGLISH;
            case "es" -> SPANISH;
            case "pt" -> PORTUGUESE;
            case "it" -> ITALIAN;
            case "fr" -> FRENCH;
            case "de" -> GERMAN;
            case "nl" -> DUTCH;
            default -> ANY;
        };
    }

    /** True when folded {@code word} is an inflected form of folded {@code stem} (not the stem itself). */
    public boolean isFormOf(String stem, String word) {
        if (stem.length() < MIN_STEM || word.length() < stem.length() || word.equals(stem)) {
            return false;
        }
        if (word.startsWith(stem)) {
            String suffix = word.substring(stem.length());
            // English "-d" only completes a final e: cure, cured.
            if (suffixes.contains(suffix) && (!suffix.equals("d") || stem.endsWith("e"))) {
                return true;
            }
        }
        String base = stem.substring(0, stem.length() - 1);
        char last = stem.charAt(stem.length() - 1);
        if (!word.startsWith(base)) {
            return false;
        }
        String ending = word.substring(base.length());
        if (dropsFinalE && last == 'e' && ending.equals("ing")) {
            return true;
        }
        if (yToI && last == 'y' && !isVowel(stem.charAt(stem.length() - 2))
                && (ending.equals("ies") || ending.equals("ied"))) {
            return true;
        }
        if (swappableFinalVowels.indexOf(last) >= 0) {
            String vowel = ending.substring(0, Math.min(1, ending.length()));
            String rest = ending.substring(vowel.length());
            return vowel.length() == 1 && swappableFinalVowels.contains(vowel)
                    && (rest.isEmpty() || pluralAfterSwap && rest.equals("s"));
        }
        return false;
    }

    private static boolean isVowel(char c) {
        return "aeiou".indexOf(c) >= 0;
    }
}
