package org.creativeautomation.engine.localize.machine;

import org.creativeautomation.engine.comply.legal.CopyField;
import org.creativeautomation.engine.localize.market.MarketProfiles;
import org.creativeautomation.engine.localize.memory.MemoryEntry;
import org.creativeautomation.engine.localize.memory.MemoryMatch;
import org.creativeautomation.engine.localize.memory.MemoryStatus;
import org.creativeautomation.engine.spi.Role;
import org.creativeautomation.engine.spi.TextRequest;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TranslationPromptTest {
    private static TranslationRequest german(List<MemoryMatch> references) {
        return new TranslationRequest(CopyField.MESSAGE, "en-US", "Stay fresh with Acme Sparkling Water", "de-DE",
                "Acme Beverages", "Fresh and friendly.", Glossary.of(List.of("Acme", "Acme Sparkling Water")),
                MarketProfiles.shipped().forRegion("DE").orElseThrow(), 58, references);
    }

    @Test
    void theSystemMessageCarriesTheBriefAndTheUserMessageOnlyTheText() {
        TextRequest request = TranslationPrompt.of(german(List.of()));

        assertThat(request.messages()).extracting(m -> m.role()).containsExactly(Role.SYSTEM, Role.USER);
        assertThat(request.messages().get(1).content()).isEqualTo("Stay fresh with Acme Sparkling Water");
        assertThat(request.temperature()).isZero();
        String system = request.messages().get(0).content();
        assertThat(system)
                .contains("Translate the headline the user sends from English (United States, en-US) into German "
                        + "(Germany, de-DE)")
                .contains("Brand tone: Fresh and friendly.")
                .contains("Do not translate these names and terms; write them exactly as given: "
                        + "\"Acme Sparkling Water\", \"Acme\".")
                .contains("Length budget: at most 58 characters; the source has 36.")
                .contains("Write prices in EUR as 12.345,67\u00A0€, numbers as 12.345,67 and dates as dd.MM.yyyy.")
                .doesNotContain("Approved translations");
    }

    @Test
    void approvedTranslationsOfSimilarTextsAreOfferedAsWording() {
        MemoryEntry entry = new MemoryEntry(1, "en-US", "de-DE", "Stay fresh with Acme", "Bleib frisch mit Acme",
                MemoryStatus.APPROVED, "xliff:de-DE.xlf", "summer", Instant.EPOCH, Instant.EPOCH);

        String system = TranslationPrompt.system(german(List.of(new MemoryMatch(entry, 72))));

        assertThat(system).contains("- \"Stay fresh with Acme\" -> \"Bleib frisch mit Acme\"");
    }

    @Test
    void quotesAModelPutAroundItsAnswerAreTakenOff() {
        assertThat(MachineTranslator.cleaned("  „Bleib frisch“\n", "Stay fresh")).isEqualTo("Bleib frisch");
        assertThat(MachineTranslator.cleaned("\"Stay\" cool", "\"Stay\" cool")).isEqualTo("\"Stay\" cool");
    }

    @Test
    void theGlossaryNamesTheTermsATranslationLost() {
        Glossary glossary = Glossary.of(List.of("Acme", "Citrus Cooler", "acme"));

        assertThat(glossary.doNotTranslate()).containsExactly("Citrus Cooler", "Acme");
        assertThat(glossary.lostIn("Citrus Cooler by Acme", "Zitrus-Kühler von Acme")).containsExactly("Citrus Cooler");
    }
}
