package org.creativeautomation.engine.localize.memory;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How the memory compares source texts. Two texts are the same source when they differ only in
 * Unicode normalisation and whitespace; case and punctuation count, since "SHOP NOW" on a button
 * is not "Shop now". Resemblance for fuzzy matches is measured on case-folded text.
 */
final class SourceText {
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern NUMBER = Pattern.compile("\\p{Nd}+(?:[.,]\\p{Nd}+)*");

    private SourceText() {
    }

    /** The key exact matches compare: NFC, whitespace collapsed and trimmed. */
    static String key(String text) {
        return WHITESPACE.matcher(Normalizer.normalize(text, Normalizer.Form.NFC)).replaceAll(" ").strip();
    }

    /**
     * How alike two texts are, 0 to 100: one minus their edit distance (in characters, case folded)
     * over the longer one's length. Only texts with the same key score 100.
     */
    static int similarity(String a, String b) {
        String x = key(a);
        String y = key(b);
        if (x.equals(y)) {
            return 100;
        }
        int[] p = x.toLowerCase(Locale.ROOT).codePoints().toArray();
        int[] q = y.toLowerCase(Locale.ROOT).codePoints().toArray();
        int longer = Math.max(p.length, q.length);
        if (longer == 0) {
            return 100;
        }
        int percent = (int) Math.floor(100.0 * (longer - distance(p, q)) / longer);
        return Math.min(99, percent);
    }

    /** The numbers a text states, in order: a match that changes "20%" to "30%" must not pass as a translation. */
    static List<String> numbers(String text) {
        List<String> numbers = new ArrayList<>();
        Matcher m = NUMBER.matcher(text);
        while (m.find()) {
            numbers.add(m.group().replaceAll("[.,]", ""));
        }
        return numbers;
    }

    /** Levenshtein distance over code points, in two rows. */
    private static int distance(int[] a, int[] b) {
        int[] previous = new int[b.length + 1];
        int[] current = new int[b.length + 1];
        for (int j = 0; j <= b.length; j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length; i++) {
            current[0] = i;
            for (int j = 1; j <= b.length; j++) {
                int substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length];
    }
}
