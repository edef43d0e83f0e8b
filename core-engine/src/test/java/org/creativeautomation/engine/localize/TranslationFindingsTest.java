package org.creativeautomation.engine.localize;

import org.creativeautomation.engine.comply.CheckId;
import org.creativeautomation.engine.comply.Finding;
import org.creativeautomation.engine.comply.Owner;
import org.creativeautomation.engine.comply.Severity;
import org.creativeautomation.engine.comply.legal.CopyField;
import org.creativeautomation.engine.localize.machine.Glossary;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class TranslationFindingsTest {
    private final TranslationFindings findings = new TranslationFindings(Glossary.of(List.of("Acme", "Citrus Cooler")));

    private static LocaleCopy german(CopyText message, CopyText cta) {
        return new LocaleCopy("de-DE", "DE", Map.of(CopyField.MESSAGE, message, CopyField.CTA, cta));
    }

    @Test
    void theBriefsOwnAndApprovedWordsNeedNoReview() {
        LocaleCopy copy = german(CopyText.fromBrief("Bleib frisch"),
                new CopyText("Jetzt kaufen", CopyOrigin.MEMORY, "en-US", "Shop now", 100, "xliff:de-DE.xlf", null));

        assertThat(findings.of(copy, null)).isEmpty();
    }

    @Test
    void everyTextNotApprovedAsATranslationOfItsSourceIsAWarning() {
        LocaleCopy copy = german(
                new CopyText("Citrus-Kühler von Acme", CopyOrigin.MACHINE, "en-US", "Citrus Cooler by Acme", 0,
                        "openai", null),
                new CopyText("Shop now", CopyOrigin.SOURCE, "en-US", "Shop now", 0, null, "no translator"));

        List<Finding> found = findings.of(copy, null);

        assertThat(found).extracting(Finding::check)
                .containsExactly(CheckId.L10N_MACHINE_TRANSLATION, CheckId.L10N_UNTRANSLATED);
        assertThat(found).allSatisfy(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.owner()).isEqualTo(Owner.BRAND);
        });
        assertThat(found.get(0).message()).isEqualTo("the message is a machine translation (openai) from en-US that "
                + "no person has approved yet (studio l10n approve, or a translator's XLIFF); it does not keep "
                + "\"Citrus Cooler\" as written");
        assertThat(found.get(1).message()).isEqualTo("the CTA is the en-US text, not translated into de-DE: no translator");
        assertThat(found.get(1).measured()).isEqualTo("en-US \"Shop now\"");
    }

    @Test
    void anApprovedTranslationOfASimilarTextIsAWarningThatNamesThatText() {
        LocaleCopy copy = german(CopyText.fromBrief("Bleib frisch"), new CopyText("Jetzt kaufen", CopyOrigin.MEMORY,
                "en-US", "Shop now!", 88, "xliff:de-DE.xlf", "Shop now"));

        assertThat(findings.of(copy, null)).singleElement().satisfies(f -> {
            assertThat(f.check()).isEqualTo(CheckId.L10N_FUZZY_MATCH);
            assertThat(f.message()).isEqualTo("the CTA is the approved translation of a similar en-US text "
                    + "(\"Shop now\", 88% alike), not of \"Shop now!\"");
        });
    }
}
