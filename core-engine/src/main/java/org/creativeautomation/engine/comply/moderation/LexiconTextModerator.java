package org.creativeautomation.engine.comply.moderation;

import org.creativeautomation.engine.comply.legal.PhraseMatch;
import org.creativeautomation.engine.comply.legal.PhraseMatcher;
import org.creativeautomation.engine.comply.legal.TokenizedText;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Moderates copy offline with the {@link ModerationLexicon} of its language: a listed term found
 * on word boundaries (case, accents and simple inflections ignored, as for every phrase check)
 * flags its category. Copy in a language without a lexicon is not assessed, and says so.
 */
public final class LexiconTextModerator implements TextModerator {
    private static final String NAME = "offline lexicon";

    private final Map<String, Map<ModerationCategory, PhraseMatcher>> matchers = new ConcurrentHashMap<>();

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String limits() {
        return "Finds only the listed words and phrases, in " + String.join(", ", ModerationLexicon.LANGUAGES)
                + "; it misses misspellings, innuendo, slurs it does not list, and meaning that depends on context.";
    }

    @Override
    public ModerationResult moderate(String text, String localeTag) {
        TokenizedText tokens = TokenizedText.of(text, localeTag);
        String language = tokens.language();
        if (!ModerationLexicon.LANGUAGES.contains(language)) {
            return new ModerationResult(NAME, List.of(), EnumSet.allOf(ModerationCategory.class),
                    "no offline lexicon for " + (language.isEmpty() ? "copy of unknown language" : "language " + language));
        }
        Map<ModerationCategory, PhraseMatcher> byCategory = matchers.computeIfAbsent(language, LexiconTextModerator::compile);
        List<CategoryScore> scores = new ArrayList<>();
        for (ModerationCategory category : ModerationCategory.values()) {
            List<PhraseMatch> hits = byCategory.get(category).find(tokens);
            scores.add(hits.isEmpty() ? CategoryScore.clear(category)
                    : new CategoryScore(category, 1.0, Verdict.FLAGGED,
                    hits.stream().map(h -> "\"" + h.matched() + "\"").distinct().collect(Collectors.joining(", "))));
        }
        return new ModerationResult(NAME, scores, EnumSet.noneOf(ModerationCategory.class), "");
    }

    private static Map<ModerationCategory, PhraseMatcher> compile(String language) {
        ModerationLexicon lexicon = ModerationLexicon.shipped(language);
        Map<ModerationCategory, PhraseMatcher> out = new EnumMap<>(ModerationCategory.class);
        for (ModerationCategory category : ModerationCategory.values()) {
            out.put(category, new PhraseMatcher(lexicon.terms(category)));
        }
        return out;
    }
}
