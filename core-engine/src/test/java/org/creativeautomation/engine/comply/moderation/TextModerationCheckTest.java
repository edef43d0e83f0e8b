package org.creativeautomation.engine.comply.moderation;

import org.creativeautomation.engine.comply.CheckId;
import org.creativeautomation.engine.comply.CreativeUnderCheck;
import org.creativeautomation.engine.comply.Finding;
import org.creativeautomation.engine.comply.Severity;
import org.creativeautomation.engine.comply.legal.LegalFixtures;
import org.creativeautomation.engine.compose.CreativeCopy;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.creativeautomation.engine.comply.legal.LegalFixtures.run;

class TextModerationCheckTest {
    private final TextModerationCheck check = new TextModerationCheck(new LexiconTextModerator());

    private static CreativeUnderCheck creative(CreativeCopy copy) {
        return LegalFixtures.creative(LegalFixtures.kit(LegalFixtures.STRIDE), copy, "US");
    }

    @Test
    void flagsSexualContentAsAnErrorAndViolenceAsAWarning() {
        List<Finding> findings = run(check, creative(new CreativeCopy("en-US", "Porn-level speed", "Slaughter the hill", null)));

        assertThat(findings).extracting(Finding::severity).containsExactly(Severity.ERROR, Severity.WARNING);
        assertThat(findings).allSatisfy(f -> assertThat(f.check()).isEqualTo(CheckId.MODERATION_FLAGGED));
        assertThat(findings.get(0).message()).isEqualTo("the message may contain sexual content (offline lexicon): \"Porn\"");
        assertThat(findings.get(1).measured()).isEqualTo("violence: \"Slaughter\" in cta");
    }

    @Test
    void flagsHateAndSelfHarmAsErrors() {
        List<Finding> findings = run(check, creative(new CreativeCopy("en-US", "White power shoes", null, "Self-harm is no joke")));

        assertThat(findings).extracting(Finding::measured)
                .containsExactly("hate: \"White power\" in message", "self-harm: \"Self-harm\" in disclaimer");
        assertThat(findings).extracting(Finding::severity).containsOnly(Severity.ERROR);
    }

    @Test
    void pointsAtTheTextBlockOfTheField() {
        CreativeUnderCheck creative = LegalFixtures.creativeWithLayout(LegalFixtures.kit(LegalFixtures.STRIDE),
                new CreativeCopy("en-US", "Built for every trail", "Murder the miles", null), "US");

        assertThat(run(check, creative)).singleElement().extracting(Finding::box)
                .isEqualTo(creative.layout().cta().box());
    }

    @Test
    void saysOnceWhenTheCopyCouldNotBeModerated() {
        List<Finding> findings = run(check, creative(new CreativeCopy("sv-SE", "Byggd för varje stig", "Upptäck", null)));

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.INFO);
            assertThat(f.message()).isEqualTo("the copy was not moderated for hate, sexual, violence, self-harm: "
                    + "no offline lexicon for language sv; a person should read it");
        });
    }

    @Test
    void staysQuietOnTheShippedExamples() {
        for (CreativeUnderCheck example : LegalFixtures.exampleCreatives()) {
            assertThat(run(check, example)).as(example.copy().localeTag()).isEmpty();
        }
    }

    @Test
    void turnsANetworkModeratorsFlagsIntoTheSameFindings() {
        TextModerator network = new TextModerator() {
            @Override
            public String name() {
                return "network";
            }

            @Override
            public ModerationResult moderate(String text, String localeTag) {
                return new ModerationResult("network", List.of(
                        new CategoryScore(ModerationCategory.HATE, 0.91, Verdict.FLAGGED, "hate 0.91"),
                        new CategoryScore(ModerationCategory.VIOLENCE, 0.40, Verdict.REVIEW, "violence 0.40"),
                        CategoryScore.clear(ModerationCategory.SEXUAL)), Set.of(), "");
            }

            @Override
            public String limits() {
                return "none";
            }
        };

        List<Finding> findings = run(new TextModerationCheck(network),
                creative(new CreativeCopy("en-US", "Anything", null, null)));

        assertThat(findings).extracting(Finding::severity).containsExactly(Severity.ERROR, Severity.WARNING);
        assertThat(findings.get(0).message()).isEqualTo("the message may contain hateful content (network): hate 0.91");
    }
}
