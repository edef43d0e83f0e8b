package org.creativeautomation.engine.comply.predict;

import java.lang.Character.UnicodeScript;
import java.util.EnumSet;
import java.util.Set;

/**
 * Counts the words a reader has to take in. Words are runs between spaces; scripts written without
 * spaces (Chinese, Japanese, Thai, ...) count one word per two characters, roughly their average
 * word length, so a long Japanese headline is not mistaken for a single word.
 */
final class WordCount {
    private static final Set<UnicodeScript> UNSPACED = EnumSet.of(UnicodeScript.HAN, UnicodeScript.HIRAGANA,
            UnicodeScript.KATAKANA, UnicodeScript.THAI, UnicodeScript.LAO, UnicodeScript.KHMER,
            UnicodeScript.MYANMAR);

    private WordCount() {
    }

    static int of(String text) {
        if (text == null || text.isBlank()) {
            return 0;
        }
        int words = 0;
        for (String token : text.trim().split("\\s+")) {
            int unspaced = 0;
            boolean other = false;
            for (int i = 0; i < token.length(); ) {
                int cp = token.codePointAt(i);
                i += Character.charCount(cp);
                if (UNSPACED.contains(UnicodeScript.of(cp))) {
                    unspaced++;
                } else if (Character.isLetterOrDigit(cp)) {
                    other = true;
                }
            }
            int count = (unspaced + 1) / 2 + (other ? 1 : 0);
            words += count;
        }
        return words;
    }
}
