package org.creativeautomation.engine.localize.memory;

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

class TranslationMemoryTest {
    @TempDir
    Path temp;
    private StudioDatabase database;
    private TranslationMemory memory;

    @BeforeEach
    void open() {
        database = StudioDatabase.open(temp.resolve("studio.db"));
        memory = new TranslationMemory(database, Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneOffset.UTC));
    }

    @AfterEach
    void close() {
        database.close();
    }

    private void approve(String source, String target) {
        memory.approve(List.of(new TranslationMemory.Approval("en-US", "de-DE", source, target, "xliff:de-DE.xlf",
                "summer")));
    }

    @Test
    void findsAnApprovedTranslationOfTheSameTextWhateverItsWhitespaceAndTagCase() {
        approve("Stay fresh all summer", "Bleib den ganzen Sommer frisch");

        MemoryEntry found = memory.exact("en-us", "DE-de", "  Stay fresh\tall  summer ").orElseThrow();

        assertThat(found.targetText()).isEqualTo("Bleib den ganzen Sommer frisch");
        assertThat(found.status()).isEqualTo(MemoryStatus.APPROVED);
        assertThat(found.origin()).isEqualTo("xliff:de-DE.xlf");
        assertThat(memory.exact("en-US", "de-DE", "STAY FRESH ALL SUMMER")).as("case counts on a creative").isEmpty();
        assertThat(memory.exact("en-US", "de-AT", "Stay fresh all summer")).as("another target locale").isEmpty();
    }

    @Test
    void anApprovedTranslationWinsOverAMachineOneAndSettlesIt() {
        memory.recordMachine("en-US", "de-DE", "Shop now", "Jetzt shoppen", "openai", "summer");
        assertThat(memory.exact("en-US", "de-DE", "Shop now").orElseThrow().status()).isEqualTo(MemoryStatus.MACHINE);
        assertThat(memory.exact("en-US", "de-DE", "Shop now").orElseThrow().machineProvider()).isEqualTo("openai");

        approve("Shop now", "Jetzt kaufen");

        MemoryEntry found = memory.exact("en-US", "de-DE", "Shop now").orElseThrow();
        assertThat(found.targetText()).isEqualTo("Jetzt kaufen");
        assertThat(memory.entries("en-US", "de-DE")).extracting(MemoryEntry::status)
                .containsExactly(MemoryStatus.APPROVED);
    }

    @Test
    void aLaterApprovalOfTheSameSourceReplacesTheEarlierOne() {
        approve("Shop now", "Jetzt shoppen");
        approve("Shop now", "Jetzt kaufen");

        assertThat(memory.entries("en-US", "de-DE")).extracting(MemoryEntry::targetText).containsExactly("Jetzt kaufen");
    }

    @Test
    void fuzzyMatchesAreApprovedTranslationsOfSimilarTextsBestFirst() {
        approve("Stay fresh all summer long", "Bleib den ganzen Sommer lang frisch");
        approve("Stay fresh this summer", "Bleib diesen Sommer frisch");
        approve("Stay cool all winter", "Bleib den ganzen Winter cool");
        approve("Buy two, get one free", "Kauf zwei, nimm drei");
        memory.recordMachine("en-US", "de-DE", "Stay fresh all summer!", "Bleib frisch!", "openai", "summer");

        List<MemoryMatch> matches = memory.fuzzy("en-US", "de-DE", "Stay fresh all summer", 70, 5);

        assertThat(matches).extracting(m -> m.entry().sourceText())
                .containsExactly("Stay fresh this summer", "Stay fresh all summer long");
        assertThat(matches).extracting(MemoryMatch::percent).containsExactly(81, 80);
        assertThat(matches).allSatisfy(m -> assertThat(m.entry().status()).isEqualTo(MemoryStatus.APPROVED));
    }

    @Test
    void fuzzyMatchingIgnoresCaseButNeverCallsADifferentTextAHundredPercent() {
        approve("Shop Now", "Jetzt kaufen");

        List<MemoryMatch> matches = memory.fuzzy("en-US", "de-DE", "shop now", 90, 1);

        assertThat(matches).extracting(MemoryMatch::percent).containsExactly(99);
    }

    @Test
    void aFuzzyMatchThatStatesOtherNumbersDoesNotKeepThem() {
        approve("Save 20% on every can", "Spare 20 % auf jede Dose");

        MemoryMatch match = memory.fuzzy("en-US", "de-DE", "Save 30% on every can", 85, 1).get(0);

        assertThat(match.percent()).isEqualTo(95);
        assertThat(TranslationMemory.keepsTheNumbers(match, "Save 30% on every can")).isFalse();
        assertThat(TranslationMemory.keepsTheNumbers(match, "Save 20% on every can!")).isTrue();
    }

    @Test
    void anApprovalOfSeveralTranslationsIsStoredWhole() {
        List<TranslationMemory.Approval> approvals = List.of(
                new TranslationMemory.Approval("en-US", "ja-JP", "Shop now", "今すぐ購入", "xliff:ja-JP.xlf", "summer"),
                new TranslationMemory.Approval("en-US", "ja-JP", "Stay fresh", null, "xliff:ja-JP.xlf", "summer"));

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> memory.approve(approvals));

        assertThat(memory.entries("en-US", "ja-JP")).as("nothing half-written").isEmpty();
    }
}
