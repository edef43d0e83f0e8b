package org.creativeautomation.engine.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class RunLogInterruptedTest {
    @TempDir
    Path dir;

    @Test
    void marksOnlyUnfinishedRunsOfTheSameOutputFolder() {
        try (StudioDatabase db = StudioDatabase.open(dir.resolve("studio.db"))) {
            RunLog log = new RunLog(db);
            long killed = log.started("c", dir.resolve("brief.yaml"), dir.resolve("out"));
            long done = log.started("c", dir.resolve("brief.yaml"), dir.resolve("out"));
            log.finished(done, "succeeded", RunCounts.NONE, 5);
            long elsewhere = log.started("c", dir.resolve("brief.yaml"), dir.resolve("other"));

            int marked = log.markInterrupted(dir.resolve("out"));

            assertThat(marked).isEqualTo(1);
            assertThat(log.find(killed).orElseThrow().status()).isEqualTo("interrupted");
            assertThat(log.find(done).orElseThrow().status()).isEqualTo("succeeded");
            assertThat(log.find(elsewhere).orElseThrow().status()).isEqualTo(RunLog.RUNNING);
        }
    }
}
