package org.creativeautomation.engine.comply.legal;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Copy split into tokens for phrase matching: the text is {@link FoldedText folded}, cut at the
 * word boundaries of its locale ({@link BreakIterator}), and each piece split further into words
 * (runs of letters and digits) and symbols (every other visible character on its own, so
 * {@code #1} is {@code #}, {@code 1} and {@code world's} is {@code world}, {@code '}, {@code s}).
 * Whitespace and hyphens only separate tokens: {@code zero-calorie} and {@code zero calorie} read
 * the same, while a comma or full stop stays a token and so ends a phrase.
 */
public final class TokenizedText {
    /** What a token is: a word, or one symbol that phrases may contain ({@code #}, {@code %}, {@code '}, {@code .}). */
    public enum Kind { WORD, SYMBOL }

    /** One token; {@code start} and {@code end} index the folded text. */
    public record Token(Kind kind, String text, int start, int end) {
    }

    private final FoldedText folded;
    private final String language;
    private final List<Token> tokens;

    private TokenizedText(FoldedText folded, String language, List<Token> tokens) {
        this.folded = folded;
        this.language = language;
        this.tokens = List.copyOf(tokens);
    }

    /** Tokenises {@code text} written in the BCP 47 locale {@code localeTag} (null when unknown). */
    public static TokenizedText of(String text, String localeTag) {
        Locale locale = localeTag == null || localeTag.isBlank() ? Locale.ROOT : Locale.forLanguageTag(localeTag);
        FoldedText folded = FoldedText.of(text);
        return new TokenizedText(folded, locale.getLanguage(), tokenize(folded.text(), locale));
    }

    public FoldedText folded() {
        return folded;
    }

    public String original() {
        return folded.original();
    }

    /** The ISO 639 language of the text, empty when unknown. */
    public String language() {
        return language;
    }

    public List<Token> tokens() {
        return tokens;
    }

    /** Where tokens {@code [first, end)} stand in the original text. */
    public TextSpan originalSpan(int first, int end) {
        return folded.originalSpan(tokens.get(first).start(), tokens.get(end - 1).end());
    }

    /**
     * Where {@code passage} appears in this text, its words in the same order and ignoring
     * punctuation, case and accents, so a required disclaimer is found whatever typography the
     * copy uses. A passage in a script written without spaces (Japanese, Chinese, Thai) is found
     * as a substring of the folded text instead, since word boundaries there are guesses.
     */
    public Optional<TextSpan> findPassage(String passage) {
        if (Phrase.isUnspacedScript(passage)) {
            String needle = FoldedText.fold(passage).strip();
            int at = needle.isEmpty() ? -1 : folded.text().indexOf(needle);
            return at < 0 ? Optional.empty() : Optional.of(folded.originalSpan(at, at + needle.length()));
        }
        List<String> needle = words(tokenize(FoldedText.fold(passage), Locale.ROOT));
        if (needle.isEmpty()) {
            return Optional.empty();
        }
        List<Integer> wordIndex = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).kind() == Kind.WORD) {
                wordIndex.add(i);
            }
        }
        outer:
        for (int w = 0; w + needle.size() <= wordIndex.size(); w++) {
            for (int k = 0; k < needle.size(); k++) {
                if (!tokens.get(wordIndex.get(w + k)).text().equals(needle.get(k))) {
                    continue outer;
                }
            }
            return Optional.of(originalSpan(wordIndex.get(w), wordIndex.get(w + needle.size() - 1) + 1));
        }
        return Optional.empty();
    }

    private static List<String> words(List<Token> tokens) {
        return tokens.stream().filter(t -> t.kind() == Kind.WORD).map(Token::text).toList();
    }

    /** Tokens of already folded text. */
    static List<Token> tokenize(String text, Locale locale) {
        List<Token> out = new ArrayList<>();
        BreakIterator boundaries = BreakIterator.getWordInstance(locale);
        boundaries.setText(text);
        int start = boundaries.first();
        for (int end = boundaries.next(); end != BreakIterator.DONE; start = end, end = boundaries.next()) {
            split(text, start, end, out);
        }
        return out;
    }

    /** Splits one boundary segment into word runs and single symbols. */
    private static void split(String text, int start, int end, List<Token> out) {
        int wordStart = -1;
        int i = start;
        while (i < end) {
            int cp = text.codePointAt(i);
            int next = i + Character.charCount(cp);
            if (isWordChar(cp)) {
                if (wordStart < 0) {
                    wordStart = i;
                }
            } else {
                if (wordStart >= 0) {
                    out.add(new Token(Kind.WORD, text.substring(wordStart, i), wordStart, i));
                    wordStart = -1;
                }
                // Folding wrote every dash as '-'; like whitespace it only separates words.
                if (!Character.isWhitespace(cp) && !Character.isSpaceChar(cp) && cp != '-'
                        && !Character.isISOControl(cp)) {
                    out.add(new Token(Kind.SYMBOL, text.substring(i, next), i, next));
                }
            }
            i = next;
        }
        if (wordStart >= 0) {
            out.add(new Token(Kind.WORD, text.substring(wordStart, end), wordStart, end));
        }
    }

    static boolean isWordChar(int cp) {
        if (Character.isLetterOrDigit(cp)) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }
}
