package org.creativeautomation.engine.comply.legal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds listed words and phrases in copy on word boundaries, ignoring case, accents and
 * typography, with simple inflections of a phrase's last word ({@link Inflections}): {@code cure}
 * is found in "Cures", "CURÉ" and "cured", never in "secure" or "procure". Phrases may hold
 * symbols ({@code #1}, {@code 100% natural}); every other word of a phrase must match exactly.
 * Phrases in Japanese, Chinese or Thai are found as substrings, since those scripts do not separate
 * words with spaces. Every text check (legal and moderation) matches with this class, so they all
 * agree on what a word is.
 */
public final class PhraseMatcher {
    private final List<Phrase> phrases;

    /** A matcher for the phrases; blank phrases and duplicates (after folding) are ignored. */
    public PhraseMatcher(Collection<String> phrases) {
        Map<String, Phrase> unique = new LinkedHashMap<>();
        for (String written : phrases) {
            Phrase phrase = Phrase.of(written);
            if (!phrase.isEmpty()) {
                unique.putIfAbsent(phrase.folded(), phrase);
            }
        }
        this.phrases = List.copyOf(unique.values());
    }

    public boolean isEmpty() {
        return phrases.isEmpty();
    }

    /** The phrases as listed. */
    public List<String> phrases() {
        return phrases.stream().map(Phrase::written).toList();
    }

    /** Matches in {@code text} written in the locale {@code localeTag} (null when unknown). */
    public List<PhraseMatch> find(String text, String localeTag) {
        return find(TokenizedText.of(text, localeTag));
    }

    /**
     * Every match in reading order. Where two phrases match overlapping text, the earlier and then
     * the longer one is kept ({@code world's best} rather than {@code best}), so one piece of copy
     * yields one match.
     */
    public List<PhraseMatch> find(TokenizedText text) {
        if (phrases.isEmpty() || text.original().isEmpty()) {
            return List.of();
        }
        Inflections inflections = Inflections.forLanguage(text.language());
        List<PhraseMatch> all = new ArrayList<>();
        for (Phrase phrase : phrases) {
            if (phrase.unspaced()) {
                findSubstrings(phrase, text, all);
            } else {
                findTokens(phrase, text, inflections, all);
            }
        }
        all.sort(Comparator.comparingInt((PhraseMatch m) -> m.span().start())
                .thenComparing(m -> -(m.span().end() - m.span().start())));
        List<PhraseMatch> kept = new ArrayList<>();
        for (PhraseMatch match : all) {
            if (kept.isEmpty() || !kept.get(kept.size() - 1).span().overlaps(match.span())) {
                kept.add(match);
            }
        }
        return List.copyOf(kept);
    }

    /** True when any phrase occurs in the text. */
    public boolean anyIn(TokenizedText text) {
        return !find(text).isEmpty();
    }

    private static void findTokens(Phrase phrase, TokenizedText text, Inflections inflections, List<PhraseMatch> out) {
        List<TokenizedText.Token> tokens = text.tokens();
        List<TokenizedText.Token> wanted = phrase.tokens();
        int n = wanted.size();
        String stem = phrase.inflectableStem();
        for (int i = 0; i + n <= tokens.size(); i++) {
            boolean inflected = false;
            boolean matches = true;
            for (int k = 0; k < n && matches; k++) {
                String have = tokens.get(i + k).text();
                String want = wanted.get(k).text();
                if (have.equals(want)) {
                    continue;
                }
                if (k == n - 1 && stem != null && tokens.get(i + k).kind() == TokenizedText.Kind.WORD
                        && inflections.isFormOf(stem, have)) {
                    inflected = true;
                } else {
                    matches = false;
                }
            }
            if (matches) {
                TextSpan span = text.originalSpan(i, i + n);
                out.add(new PhraseMatch(phrase.written(), span, span.of(text.original()), inflected));
            }
        }
    }

    private static void findSubstrings(Phrase phrase, TokenizedText text, List<PhraseMatch> out) {
        String folded = text.folded().text();
        String needle = phrase.folded();
        for (int at = folded.indexOf(needle); at >= 0; at = folded.indexOf(needle, at + needle.length())) {
            TextSpan span = text.folded().originalSpan(at, at + needle.length());
            out.add(new PhraseMatch(phrase.written(), span, span.of(text.original()), false));
        }
    }
}
