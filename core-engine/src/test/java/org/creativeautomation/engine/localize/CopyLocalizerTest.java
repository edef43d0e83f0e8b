package org.creativeautomation.engine.localize;

import org.creativeautomation.engine.brief.Brief;
import org.creativeautomation.engine.comply.legal.CopyField;
import org.creativeautomation.engine.localize.market.MarketProfiles;
import org.creativeautomation.engine.localize.memory.MemoryStatus;
import org.creativeautomation.engine.localize.memory.TranslationMemory;
import org.creativeautomation.engine.store.StudioDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CopyLocalizerTest {
    @TempDir
    Path temp;
    private StudioDatabase database;
    private TranslationMemory memory;
    private CopyLocalizer localizer;
    private Brief brief;

    @BeforeEach
    void open() {
        database = StudioDatabase.open(temp.resolve("studio.db"));
        memory = new TranslationMemory(database, Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneOffset.UTC));
        localizer = new CopyLocalizer(memory, MarketProfiles.shipped());
        brief = L10nFixtures.brief(temp.resolve("campaign"), L10nFixtures.WORLD_BRIEF);
    }

    @AfterEach
    void close() {
        database.close();
    }

    private CampaignCopy localize(ScriptedTextGenerator model) {
        return localizer.localize(brief, L10nFixtures.ACME, L10nFixtures.ACME_FACES,
                model == null ? null : L10nFixtures.translator(model));
    }

    private void approve(String target, String source, String translation) {
        memory.approve(List.of(new TranslationMemory.Approval("en-US", target, source, translation, "xliff:test.xlf",
                "world-launch")));
    }

    @Test
    void withoutATranslatorOrMemoryTheSourceTextIsKeptAndSaysWhy() {
        CampaignCopy copy = localize(null);

        assertThat(copy.forLocale("en-US").origin()).isEqualTo(CopyOrigin.BRIEF);
        LocaleCopy german = copy.forLocale("de-DE");
        assertThat(german.origin()).isEqualTo(CopyOrigin.SOURCE);
        assertThat(german.region()).isEqualTo("DE");
        CopyText message = german.texts().get(CopyField.MESSAGE);
        assertThat(message.text()).isEqualTo("Stay fresh all summer with Acme");
        assertThat(message.sourceLocale()).isEqualTo("en-US");
        assertThat(message.note()).startsWith("no translator");
    }

    @Test
    void aTranslatorTranslatesEveryMissingTextAndTheMemoryKeepsItForTheNextRun() {
        ScriptedTextGenerator model = ScriptedTextGenerator.tagging();

        CampaignCopy first = localize(model);
        CampaignCopy offline = localize(null);

        assertThat(model.requests).hasSize(6);
        LocaleCopy japanese = first.forLocale("ja-JP");
        assertThat(japanese.origin()).isEqualTo(CopyOrigin.MACHINE);
        assertThat(japanese.creativeCopy().message()).isEqualTo("[ja-JP] Stay fresh all summer with Acme");
        assertThat(japanese.texts().get(CopyField.CTA).by()).isEqualTo("scripted");
        assertThat(offline.forLocale("ja-JP").creativeCopy()).isEqualTo(japanese.creativeCopy());
        assertThat(offline.forLocale("ja-JP").origin()).as("still marked until approved").isEqualTo(CopyOrigin.MACHINE);
        assertThat(memory.exact("en-US", "ar-SA", "Shop now").orElseThrow().status()).isEqualTo(MemoryStatus.MACHINE);
    }

    @Test
    void anApprovedTranslationIsUsedWithoutAskingTheTranslator() {
        approve("de-DE", "Shop now", "Jetzt kaufen");
        ScriptedTextGenerator model = ScriptedTextGenerator.tagging();

        LocaleCopy german = localize(model).forLocale("de-DE");

        CopyText cta = german.texts().get(CopyField.CTA);
        assertThat(cta.text()).isEqualTo("Jetzt kaufen");
        assertThat(cta.origin()).isEqualTo(CopyOrigin.MEMORY);
        assertThat(cta.matchPercent()).isEqualTo(100);
        assertThat(german.origin()).as("the message is a machine's").isEqualTo(CopyOrigin.MACHINE);
        assertThat(model.requests).filteredOn(r -> ScriptedTextGenerator.user(r).equals("Shop now"))
                .extracting(ScriptedTextGenerator::target).containsExactly("ar-SA", "ja-JP");
    }

    @Test
    void theTranslatorSeesApprovedTranslationsOfSimilarTextsAsReferences() {
        approve("de-DE", "Stay fresh all summer long with Acme", "Bleib den ganzen Sommer lang frisch mit Acme");
        ScriptedTextGenerator model = ScriptedTextGenerator.tagging();

        localize(model);

        String germanMessagePrompt = model.requests.stream()
                .filter(r -> ScriptedTextGenerator.target(r).equals("de-DE"))
                .filter(r -> ScriptedTextGenerator.user(r).startsWith("Stay fresh"))
                .map(ScriptedTextGenerator::system).findFirst().orElseThrow();
        assertThat(germanMessagePrompt).contains("\"Stay fresh all summer long with Acme\" -> "
                + "\"Bleib den ganzen Sommer lang frisch mit Acme\"");
    }

    @Test
    void offlineAnApprovedTranslationOfAVerySimilarTextStandsInMarked() {
        approve("de-DE", "Stay fresh all summer with Acme!", "Bleib den ganzen Sommer frisch mit Acme!");

        CopyText message = localize(null).forLocale("de-DE").texts().get(CopyField.MESSAGE);

        assertThat(message.origin()).isEqualTo(CopyOrigin.MEMORY);
        assertThat(message.isFuzzy()).isTrue();
        assertThat(message.matchPercent()).isEqualTo(96);
        assertThat(message.text()).isEqualTo("Bleib den ganzen Sommer frisch mit Acme!");
        assertThat(message.note()).isEqualTo("Stay fresh all summer with Acme!");
    }

    @Test
    void offlineASimilarTextWithOtherNumbersDoesNotStandIn() {
        Brief sale = L10nFixtures.brief(temp.resolve("sale"), L10nFixtures.WORLD_BRIEF
                .replace("Stay fresh all summer with Acme", "Save 30% all summer with Acme"));
        approve("de-DE", "Save 20% all summer with Acme", "Spare 20 % den ganzen Sommer mit Acme");

        CopyText message = localizer.localize(sale, L10nFixtures.ACME, L10nFixtures.ACME_FACES, null)
                .forLocale("de-DE").texts().get(CopyField.MESSAGE);

        assertThat(message.origin()).isEqualTo(CopyOrigin.SOURCE);
        assertThat(message.text()).isEqualTo("Save 30% all summer with Acme");
    }

    @Test
    void aFailingTranslatorLeavesTheSourceTextAndSaysItFailed() {
        CampaignCopy copy = localize(ScriptedTextGenerator.failing());

        CopyText message = copy.forLocale("ar-SA").texts().get(CopyField.MESSAGE);
        assertThat(message.origin()).isEqualTo(CopyOrigin.SOURCE);
        assertThat(message.note()).startsWith("the translator failed (no text provider succeeded");
        assertThat(memory.entries("en-US", "ar-SA")).isEmpty();
    }

    @Test
    void aDisclaimerIsTranslatedWithTheWordingTheMarketsLegalRulesRequire() {
        Brief withDisclaimer = L10nFixtures.brief(temp.resolve("recycle"), L10nFixtures.WORLD_BRIEF
                + "disclaimer: {en-US: Please recycle.}\n");
        ScriptedTextGenerator model = ScriptedTextGenerator.tagging();

        localizer.localize(withDisclaimer, L10nFixtures.ACME, L10nFixtures.ACME_FACES, L10nFixtures.translator(model));

        String german = model.requests.stream().filter(r -> ScriptedTextGenerator.target(r).equals("de-DE"))
                .filter(r -> ScriptedTextGenerator.user(r).equals("Please recycle."))
                .map(ScriptedTextGenerator::system).findFirst().orElseThrow();
        assertThat(german).contains("Translate the disclaimer (legal small print)")
                .contains("The legal rules of the market require it to contain, exactly as written, "
                        + "\"Pfandflasche. Bitte recyceln.\".");
        String japanese = model.requests.stream().filter(r -> ScriptedTextGenerator.target(r).equals("ja-JP"))
                .filter(r -> ScriptedTextGenerator.user(r).equals("Please recycle."))
                .map(ScriptedTextGenerator::system).findFirst().orElseThrow();
        assertThat(japanese).as("Acme requires no disclaimer in Japan").doesNotContain("legal rules");
    }

    @Test
    void theGlossaryHoldsTheBrandItsProductsAndTheKitsOwnTerms() {
        assertThat(localizer.glossary(brief, L10nFixtures.ACME).doNotTranslate())
                .containsExactly("Acme Beverages", "Citrus Cooler", "Acme");
    }
}
