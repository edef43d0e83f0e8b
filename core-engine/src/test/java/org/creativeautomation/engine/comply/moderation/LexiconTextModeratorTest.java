package org.creativeautomation.engine.comply.moderation;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class LexiconTextModeratorTest {
    private final LexiconTextModerator moderator = new LexiconTextModerator();

    private List<ModerationCategory> flagged(String text, String locale) {
        return moderator.moderate(text, locale).flags().stream().map(CategoryScore::category).toList();
    }

    @Test
    void everyShippedLexiconLoadsWithTermsInEveryCategory() {
        for (String language : ModerationLexicon.LANGUAGES) {
            ModerationLexicon lexicon = ModerationLexicon.shipped(language);
            for (ModerationCategory category : ModerationCategory.values()) {
                assertThat(lexicon.terms(category)).as(language + " " + category.id()).isNotEmpty();
            }
        }
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "en-US | Join the master race today   | HATE",
            "en-US | Our new porn-star energy drink | SEXUAL",
            "en-US | Massacred prices this weekend  | VIOLENCE",
            "en-US | Run until you kill yourself    | SELF_HARM",
            "es-MX | Precios de masacre             | VIOLENCE",
            "de-DE | Sieg Heil, Sportsfreunde       | HATE",
            "fr-FR | Une vidéo porno offerte        | SEXUAL",
            "it-IT | Una strage di prezzi           | VIOLENCE",
            "pt-BR | Autolesão não é solução        | SELF_HARM",
            "nl-NL | Een bloedbad aan kortingen     | VIOLENCE",
            "ja-JP | 価格破壊で虐殺セール            | VIOLENCE"})
    void flagsTheCategoryOfAListedTerm(String locale, String text, ModerationCategory category) {
        assertThat(flagged(text, locale)).containsExactly(category);
    }

    @Test
    void quotesTheWordsItFound() {
        ModerationResult result = moderator.moderate("Suicide squad of murder deals", "en-GB");

        assertThat(result.flags()).extracting(CategoryScore::evidence)
                .containsExactly("\"murder\"", "\"Suicide\"");
        assertThat(result.flags()).allSatisfy(s -> {
            assertThat(s.verdict()).isEqualTo(Verdict.FLAGGED);
            assertThat(s.score()).isEqualTo(1.0);
        });
    }

    @Test
    void leavesOrdinaryCopyClear() {
        assertThat(flagged("Stay fresh all summer. Shop now.", "en-US")).isEmpty();
        assertThat(flagged("Stabilise your stride, stabbing pain? No: stable comfort", "en-US"))
                .containsExactly(ModerationCategory.VIOLENCE);
        assertThat(flagged("Stabilise your stride with stable comfort", "en-US")).isEmpty();
        assertThat(flagged("Gebaut für jeden Trail", "de-DE")).isEmpty();
    }

    @Test
    void saysWhenItHasNoLexiconForTheLanguage() {
        ModerationResult result = moderator.moderate("Bästa skon", "sv-SE");

        assertThat(result.scores()).isEmpty();
        assertThat(result.notAssessed()).containsExactlyInAnyOrder(ModerationCategory.values());
        assertThat(result.note()).isEqualTo("no offline lexicon for language sv");
    }
}
