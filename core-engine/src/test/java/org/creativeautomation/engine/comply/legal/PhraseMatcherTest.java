package org.creativeautomation.engine.comply.legal;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PhraseMatcherTest {

    private static List<String> matched(String phrase, String text, String locale) {
        return new PhraseMatcher(List.of(phrase)).find(text, locale).stream().map(PhraseMatch::matched).toList();
    }

    @Test
    void findsAWordInAnyCaseAndWithAccents() {
        assertThat(matched("cure", "The cure for thirst", "en-US")).containsExactly("cure");
        assertThat(matched("cure", "Cure your thirst", "en-US")).containsExactly("Cure");
        assertThat(matched("cure", "CURES THIRST", "en-US")).containsExactly("CURES");
        assertThat(matched("cure", "Le curé boit", "fr-FR")).containsExactly("curé");
    }

    @Test
    void neverFindsAWordInsideAnotherWord() {
        assertThat(matched("cure", "Secure checkout. Procure yours. Manicure.", "en-US")).isEmpty();
        assertThat(matched("free", "Freedom tastes freer", "en-US")).isEmpty();
    }

    @Test
    void findsSimpleEnglishInflectionsOfTheLastWord() {
        assertThat(matched("cure", "it cures, it cured, curing all day", "en-US"))
                .containsExactly("cures", "cured", "curing");
        assertThat(matched("guarantee", "Satisfaction guaranteed", "en-US")).containsExactly("guaranteed");
        assertThat(matched("remedy", "Old remedies", "en-US")).containsExactly("remedies");
    }

    @Test
    void reportsWhetherTheMatchWasInflected() {
        List<PhraseMatch> matches = new PhraseMatcher(List.of("cure")).find("a cure that cures", "en-US");

        assertThat(matches).extracting(PhraseMatch::inflected).containsExactly(false, true);
    }

    @Test
    void reportsWhereTheMatchStandsInTheOriginalText() {
        String text = "Straße: Die GESÜNDESTE Wahl";
        List<PhraseMatch> matches = new PhraseMatcher(List.of("gesund")).find(text, "de-DE");
        List<PhraseMatch> superlative = new PhraseMatcher(List.of("gesündeste")).find(text, "de-DE");

        assertThat(matches).isEmpty();
        assertThat(superlative).singleElement().satisfies(m -> {
            assertThat(m.span()).isEqualTo(new TextSpan(12, 22));
            assertThat(text.substring(m.span().start(), m.span().end())).isEqualTo("GESÜNDESTE");
        });
    }

    @Test
    void keepsOffsetsRightAfterCharactersThatFoldToTwo() {
        List<PhraseMatch> matches = new PhraseMatcher(List.of("gratis")).find("Große Größe, gratis!", "de-DE");

        assertThat(matches).singleElement().extracting(PhraseMatch::span).isEqualTo(new TextSpan(13, 19));
    }

    @Test
    void findsMultiWordPhrasesAcrossSpacesLineBreaksAndHyphens() {
        assertThat(matched("zero calories", "Zero  calories", "en-US")).containsExactly("Zero  calories");
        assertThat(matched("zero calories", "Zero\ncalories!", "en-US")).containsExactly("Zero\ncalories");
        assertThat(matched("zero calories", "zero-calories", "en-US")).containsExactly("zero-calories");
        assertThat(matched("injury-proof", "Injury proof soles", "en-US")).containsExactly("Injury proof");
    }

    @Test
    void aCommaOrFullStopBetweenTheWordsEndsThePhrase() {
        assertThat(matched("zero calories", "Zero. Calories count", "en-US")).isEmpty();
        assertThat(matched("zero calories", "zero, calories", "en-US")).isEmpty();
    }

    @Test
    void matchesPhrasesWithSymbols() {
        assertThat(matched("#1", "The #1 water", "en-US")).containsExactly("#1");
        assertThat(matched("#1", "Try #10 or 1", "en-US")).isEmpty();
        assertThat(matched("100% natural", "100% Natural taste", "en-US")).containsExactly("100% Natural");
        assertThat(matched("100% natural", "100 natural", "en-US")).isEmpty();
        assertThat(matched("world's best", "The world’s best juice", "en-US")).containsExactly("world’s best");
    }

    @Test
    void ignoresAccentsInBothDirections() {
        assertThat(matched("garantía", "Con garantia total", "es-ES")).containsExactly("garantia");
        assertThat(matched("garantia", "Con GARANTÍA total", "es-ES")).containsExactly("GARANTÍA");
    }

    @Test
    void findsGermanAdjectiveEndings() {
        assertThat(matched("gesund", "Gesunde Erfrischung, gesunder Genuss, gesundes Leben", "de-DE"))
                .containsExactly("Gesunde", "gesunder", "gesundes");
        assertThat(matched("gesund", "Gesundheit und Gesundbrunnen", "de-DE")).isEmpty();
    }

    @Test
    void findsFrenchGenderAndPlural() {
        assertThat(matched("gratuit", "Livraison gratuite, essais gratuits", "fr-FR"))
                .containsExactly("gratuite", "gratuits");
        assertThat(matched("gratuit", "Gratuitement", "fr-FR")).isEmpty();
    }

    @Test
    void findsSpanishGenderAndPlural() {
        assertThat(matched("garantizado", "Resultados garantizados, calidad garantizada", "es-MX"))
                .containsExactly("garantizados", "garantizada");
    }

    @Test
    void inflectsOnlyTheLastWordOfAPhrase() {
        assertThat(matched("clinically proven", "Clinically proven formulas", "en-US"))
                .containsExactly("Clinically proven");
        assertThat(matched("burn fat", "burns fat", "en-US")).isEmpty();
    }

    @Test
    void findsJapanesePhrasesAsSubstrings() {
        assertThat(matched("無料", "今なら送料無料！", "ja-JP")).containsExactly("無料");
        assertThat(matched("No.1", "業界ＮＯ．１の味", "ja-JP")).containsExactly("ＮＯ．１");
    }

    @Test
    void keepsTheLongerOfOverlappingMatches() {
        List<PhraseMatch> matches = new PhraseMatcher(List.of("best", "world's best")).find("World's best, best ever", "en-US");

        assertThat(matches).extracting(PhraseMatch::phrase).containsExactly("world's best", "best");
    }

    @Test
    void ignoresPhrasesWithNothingToMatch() {
        PhraseMatcher matcher = new PhraseMatcher(List.of(" ", "-", "cure", "CURE"));

        assertThat(matcher.phrases()).containsExactly("cure");
    }
}
