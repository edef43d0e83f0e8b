package org.creativeautomation.engine.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The cost ledger in a real SQLite file. */
class CostLedgerTest {
    private static final Instant AT = Instant.parse("2026-11-25T10:15:30Z");

    @TempDir
    Path dir;

    private static CostEntry call(String campaign, String provider, String model, String outcome, long cost,
                                  Long estimate, long latency) {
        return new CostEntry(AT, campaign, "citrus-cooler", provider, model, 1024, 1024, "high", outcome, false, cost,
                estimate, latency);
    }

    private static CostEntry hit(String campaign, String provider, String model, Long saved) {
        return new CostEntry(AT, campaign, "citrus-cooler", provider, model, 1024, 1024, "high", CostEntry.CACHE_HIT,
                true, 0, saved, 0);
    }

    @Test
    void keepsEveryRowExactlyAsRecordedAcrossReopening() {
        Path file = dir.resolve("home/studio.db");
        CostEntry paid = call("summer", "openai", "gpt-image-1", "succeeded", 167_000, 167_000L, 8_412);
        CostEntry failed = new CostEntry(AT.plusSeconds(9), "summer", "citrus-cooler", "firefly", "image", 2048, 2048,
                null, "failed-over", false, 0, null, 1_203);
        try (StudioDatabase db = StudioDatabase.open(file)) {
            new CostLedger(db).record(List.of(paid, failed));
        }

        try (StudioDatabase db = StudioDatabase.open(file)) {
            assertThat(new CostLedger(db).entries("summer")).containsExactly(paid, failed);
            assertThat(new CostLedger(db).entries("winter")).isEmpty();
        }
    }

    @Test
    void sumsWhatACampaignSpentOverItsCallsOnly() {
        try (StudioDatabase db = StudioDatabase.open(dir.resolve("studio.db"))) {
            CostLedger ledger = new CostLedger(db);
            ledger.record(List.of(call("summer", "fakepaid", "m", "succeeded", 40_000, 40_000L, 5),
                    call("summer", "fakepaid", "m", "succeeded", 40_000, 40_000L, 5),
                    hit("summer", "fakepaid", "m", 40_000L),
                    call("winter", "fakepaid", "m", "succeeded", 40_000, 40_000L, 5)));

            assertThat(ledger.spentMicros("summer")).isEqualTo(80_000);
            assertThat(ledger.spentMicros("autumn")).isZero();
        }
    }

    @Test
    void summarisesCallsCacheHitsAndSavingsByProviderAndModel() {
        try (StudioDatabase db = StudioDatabase.open(dir.resolve("studio.db"))) {
            CostLedger ledger = new CostLedger(db);
            ledger.record(List.of(
                    call("summer", "openai", "gpt-image-1", "retried", 0, 167_000L, 30_000),
                    call("summer", "openai", "gpt-image-1", "succeeded", 167_000, 167_000L, 9_000),
                    hit("summer", "openai", "gpt-image-1", 167_000L),
                    call("summer", "local", "offline-1", "succeeded", 0, 0L, 300),
                    hit("summer", "local", "offline-1", 0L),
                    hit("winter", "firefly", "image", null)));

            assertThat(ledger.summary(Optional.of("summer"))).containsExactly(
                    new CostSummary("openai", "gpt-image-1", 2, 1, 1, 167_000, 167_000, 0),
                    new CostSummary("local", "offline-1", 1, 0, 1, 0, 0, 0));
            assertThat(ledger.summary(Optional.empty())).extracting(CostSummary::provider)
                    .containsExactly("openai", "firefly", "local");
            assertThat(ledger.summary(Optional.of("winter"))).containsExactly(
                    new CostSummary("firefly", "image", 0, 0, 1, 0, 0, 1));
        }
    }

    @Test
    void aCacheHitCannotCostAnything() {
        assertThatThrownBy(() -> new CostEntry(AT, "summer", "p", "openai", "gpt-image-1", 1024, 1024, null,
                CostEntry.CACHE_HIT, true, 5, 5L, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
