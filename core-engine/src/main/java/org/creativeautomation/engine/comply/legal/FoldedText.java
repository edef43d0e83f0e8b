package org.creativeautomation.engine.comply.legal;

import java.text.Normalizer;

/**
 * Text folded for comparison: compatibility-decomposed (NFKD, so full-width {@code ＦＲＥＥ} reads
 * {@code free}), Latin accents removed, lower case ({@link Character#toLowerCase(int)}, which is
 * locale-independent), {@code ß} written {@code ss}, every apostrophe written {@code '} and every
 * dash {@code -}. Each folded character remembers which original characters it came from, so a
 * match in folded text can quote the copy exactly as written.
 *
 * <p>Only the combining marks of the Latin, Greek and Cyrillic blocks are removed: Japanese voicing
 * marks (dakuten) are combining marks too, and removing them would change words, not accents.
 */
public final class FoldedText {
    private final String original;
    private final String folded;
    private final int[] originalStart;
    private final int[] originalEnd;

    private FoldedText(String original, String folded, int[] originalStart, int[] originalEnd) {
        this.original = original;
        this.folded = folded;
        this.originalStart = originalStart;
        this.originalEnd = originalEnd;
    }

    public static FoldedText of(String original) {
        StringBuilder out = new StringBuilder(original.length());
        int[] starts = new int[original.length() + 8];
        int[] ends = new int[starts.length];
        int i = 0;
        while (i < original.length()) {
            int cp = original.codePointAt(i);
            int next = i + Character.charCount(cp);
            int before = out.length();
            fold(cp, out);
            if (out.length() > starts.length) {
                starts = java.util.Arrays.copyOf(starts, out.length() * 2);
                ends = java.util.Arrays.copyOf(ends, out.length() * 2);
            }
            for (int k = before; k < out.length(); k++) {
                starts[k] = i;
                ends[k] = next;
            }
            i = next;
        }
        return new FoldedText(original, out.toString(), starts, ends);
    }

    /** Folds one string without keeping offsets (for phrases and lexicon entries). */
    public static String fold(String text) {
        return of(text).text();
    }

    public String original() {
        return original;
    }

    /** The folded text. */
    public String text() {
        return folded;
    }

    /** Where the folded characters {@code [start, end)} came from in the original text. */
    public TextSpan originalSpan(int start, int end) {
        if (start >= end) {
            int at = start < folded.length() ? originalStart[start] : original.length();
            return new TextSpan(at, at);
        }
        return new TextSpan(originalStart[start], originalEnd[end - 1]);
    }

    private static void fold(int cp, StringBuilder out) {
        if (cp < 0x80 && cp != '`') {
            out.append((char) Character.toLowerCase(cp));
            return;
        }
        if (isApostrophe(cp)) {
            out.append('\'');
            return;
        }
        if (isDash(cp)) {
            out.append('-');
            return;
        }
        if (cp == 'ß' || cp == 'ẞ') {
            out.append("ss");
            return;
        }
        String decomposed = Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFKD);
        for (int k = 0; k < decomposed.length(); ) {
            int c = decomposed.codePointAt(k);
            k += Character.charCount(c);
            if (isAccent(c)) {
                continue;
            }
            if (isApostrophe(c)) {
                out.append('\'');
            } else if (isDash(c)) {
                out.append('-');
            } else {
                out.appendCodePoint(Character.toLowerCase(c));
            }
        }
    }

    /** Typographic apostrophes and the accents people type in their place ({@code don´t}). */
    private static boolean isApostrophe(int cp) {
        return cp == '\'' || cp == '\u2019' || cp == '\u2018' || cp == '\u02BC' || cp == '\u201B'
                || cp == '\u2032' || cp == '\u00B4' || cp == '`' || cp == '\uFF07';
    }

    private static boolean isDash(int cp) {
        return cp == '-' || cp == '\u2212' || Character.getType(cp) == Character.DASH_PUNCTUATION;
    }

    /** Combining marks of Latin, Greek and Cyrillic text: the accents that folding ignores. */
    private static boolean isAccent(int cp) {
        return (cp >= 0x0300 && cp <= 0x036F) || (cp >= 0x1AB0 && cp <= 0x1AFF)
                || (cp >= 0x1DC0 && cp <= 0x1DFF) || (cp >= 0x20D0 && cp <= 0x20FF)
                || (cp >= 0xFE20 && cp <= 0xFE2F);
    }
}
