package org.creativeautomation.engine.comply.legal;

import java.util.List;
import java.util.Locale;

/**
 * A word or phrase to look for, as listed in a kit, the market rules or a lexicon, with its folded
 * tokens. Phrases in scripts written without spaces are matched as substrings ({@code unspaced}).
 *
 * @param written as listed, for findings
 * @param tokens  its folded tokens (see {@link TokenizedText})
 * @param folded  its folded text, what an unspaced phrase is searched as
 */
public record Phrase(String written, List<TokenizedText.Token> tokens, String folded, boolean unspaced) {

    public Phrase {
        tokens = List.copyOf(tokens);
    }

    /** Parses a phrase; it has no tokens when it holds neither letters, digits nor symbols. */
    public static Phrase of(String written) {
        String folded = FoldedText.fold(written).strip();
        return new Phrase(written, TokenizedText.tokenize(folded, Locale.ROOT), folded, isUnspacedScript(written));
    }

    public boolean isEmpty() {
        return tokens.isEmpty();
    }

    /** The last token, the one that may be inflected, when it is a word of letters. */
    String inflectableStem() {
        TokenizedText.Token last = tokens.get(tokens.size() - 1);
        return last.kind() == TokenizedText.Kind.WORD && last.text().codePoints().allMatch(Character::isLetter)
                ? last.text() : null;
    }

    /** True when the text uses a script written without spaces between words. */
    static boolean isUnspacedScript(String text) {
        return text.codePoints().anyMatch(cp -> {
            Character.UnicodeScript script = Character.UnicodeScript.of(cp);
            return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                    || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.THAI
                    || script == Character.UnicodeScript.LAO || script == Character.UnicodeScript.KHMER
                    || script == Character.UnicodeScript.MYANMAR;
        });
    }
}
