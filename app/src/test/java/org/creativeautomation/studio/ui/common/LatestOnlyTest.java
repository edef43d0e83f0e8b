package org.creativeautomation.studio.ui.common;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class LatestOnlyTest {
    private final ExecutorService background = Executors.newFixedThreadPool(2);
    private final ExecutorService fx = Executors.newSingleThreadExecutor();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
    private final UiExecutors executors = new UiExecutors(background, fx, timer);

    @AfterEach
    void stop() {
        background.shutdownNow();
        fx.shutdownNow();
        timer.shutdownNow();
    }

    @Test
    void aNewerRequestDropsTheResultOfAnOlderOneStillRunning() throws InterruptedException {
        LatestOnly latest = new LatestOnly(executors, Duration.ZERO);
        CountDownLatch oldStarted = new CountDownLatch(1);
        CountDownLatch releaseOld = new CountDownLatch(1);
        List<String> applied = new CopyOnWriteArrayList<>();
        latest.submit(() -> {
            oldStarted.countDown();
            releaseOld.await();
            return "old";
        }, applied::add, e -> { });
        assertThat(oldStarted.await(5, TimeUnit.SECONDS)).isTrue();

        latest.submit(() -> "new", applied::add, e -> { });
        releaseOld.countDown();

        background.shutdown();
        assertThat(background.awaitTermination(5, TimeUnit.SECONDS)).isTrue();
        fx.shutdown(); // runs what both requests handed to the FX side, then stops
        assertThat(fx.awaitTermination(5, TimeUnit.SECONDS)).isTrue();
        assertThat(applied).containsExactly("new");
    }

    @Test
    void requestsWithinTheDelayRunOnlyTheLast() throws InterruptedException {
        LatestOnly latest = new LatestOnly(executors, Duration.ofSeconds(1));
        List<String> ran = new CopyOnWriteArrayList<>();
        CountDownLatch done = new CountDownLatch(1);

        latest.submit(() -> ran.add("S"), r -> { }, e -> { });
        latest.submit(() -> ran.add("Su"), r -> { }, e -> { });
        latest.submit(() -> ran.add("Sun"), r -> done.countDown(), e -> { });

        assertThat(done.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(ran).containsExactly("Sun");
    }

    @Test
    void aFailureReachesTheFailureHandler() throws InterruptedException {
        LatestOnly latest = new LatestOnly(executors, Duration.ZERO);
        CountDownLatch failed = new CountDownLatch(1);
        List<String> messages = new CopyOnWriteArrayList<>();

        latest.submit(() -> {
            throw new IllegalStateException("no kit");
        }, r -> { }, e -> {
            messages.add(e.getMessage());
            failed.countDown();
        });

        assertThat(failed.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(messages).containsExactly("no kit");
    }

    @Test
    void cancelledWorkIsNeverApplied() throws InterruptedException {
        LatestOnly latest = new LatestOnly(executors, Duration.ofSeconds(1));
        List<String> ran = new CopyOnWriteArrayList<>();
        latest.submit(() -> ran.add("typed"), r -> { }, e -> { });

        latest.cancel();

        timer.shutdown(); // a cancelled delay is not waited for
        assertThat(timer.awaitTermination(5, TimeUnit.SECONDS)).isTrue();
        background.shutdown();
        assertThat(background.awaitTermination(5, TimeUnit.SECONDS)).isTrue();
        assertThat(ran).isEmpty();
    }
}
