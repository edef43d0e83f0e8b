package org.creativeautomation.engine.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunLogTest {
    @TempDir
    Path dir;

    private StudioDatabase database;
    private RunLog log;

    @BeforeEach
    void open() {
        database = StudioDatabase.open(dir.resolve("studio.db"));
        log = new RunLog(database);
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void recordsARunFromStartToFinish() {
        long id = log.started("spring-sale", dir.resolve("briefs/spring.yaml"), dir.resolve("out"));

        RunRecord running = log.find(id).orElseThrow();
        assertThat(running.status()).isEqualTo(RunLog.RUNNING);
        assertThat(running.isFinished()).isFalse();
        assertThat(running.briefPath()).isEqualTo(dir.resolve("briefs/spring.yaml"));
        assertThat(running.counts()).isEqualTo(RunCounts.NONE);

        log.finished(id, "succeeded", new RunCounts(12, 5, 7, 2, 1), 4_321);

        RunRecord done = log.find(id).orElseThrow();
        assertThat(done.status()).isEqualTo("succeeded");
        assertThat(done.isFinished()).isTrue();
        assertThat(done.finishedAt()).isAfterOrEqualTo(done.startedAt());
        assertThat(done.counts()).isEqualTo(new RunCounts(12, 5, 7, 2, 1));
        assertThat(done.elapsedMs()).isEqualTo(4_321);
        assertThat(done.campaign()).isEqualTo("spring-sale");
        assertThat(done.outDir()).isEqualTo(dir.resolve("out"));
    }

    @Test
    void listsRecentRunsNewestFirstUpToTheLimit() {
        long first = log.started("a", Path.of("a.yaml"), Path.of("out"));
        long second = log.started("b", Path.of("b.yaml"), Path.of("out"));
        long third = log.started("c", Path.of("c.yaml"), Path.of("out"));

        assertThat(log.recent(2)).extracting(RunRecord::id).containsExactly(third, second);
        assertThat(log.recent(10)).extracting(RunRecord::campaign).containsExactly("c", "b", "a");
        assertThat(first).isLessThan(second);
    }

    @Test
    void refusesToFinishAnUnknownRun() {
        assertThatThrownBy(() -> log.finished(999, "failed", RunCounts.NONE, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
