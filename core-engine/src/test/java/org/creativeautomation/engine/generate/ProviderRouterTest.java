package org.creativeautomation.engine.generate;

import org.creativeautomation.engine.generate.Attempt.Outcome;
import org.creativeautomation.engine.generate.RouterFakes.FakeClock;
import org.creativeautomation.engine.generate.RouterFakes.RecordingSleeper;
import org.creativeautomation.engine.generate.RouterFakes.ScriptedGenerator;
import org.creativeautomation.engine.spi.Failure;
import org.creativeautomation.engine.spi.ImageGenerationRequest;
import org.creativeautomation.engine.spi.ImageGenerator;
import org.creativeautomation.engine.spi.ProviderException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.creativeautomation.engine.generate.RouterFakes.REQUEST;
import static org.creativeautomation.engine.generate.RouterFakes.image;

class ProviderRouterTest {

    private static final RetryPolicy NO_JITTER = new RetryPolicy(3, Duration.ofMillis(100), Duration.ofSeconds(1), 0.0);
    private static final ProviderLimits ROOMY = new ProviderLimits(10, Duration.ofSeconds(30), 8, 6000);

    private final FakeClock clock = new FakeClock();
    private final RecordingSleeper sleeper = new RecordingSleeper(clock);

    @AfterEach
    void clearInterruptFlag() {
        Thread.interrupted();
    }

    private ProviderRouter router(RetryPolicy policy, ProviderLimits limits, ImageGenerator... providers) {
        return new ProviderRouter(List.of(providers), policy, limits, sleeper, clock, new Random(42));
    }

    private static ProviderException failure(Failure kind) {
        return new ProviderException(kind, kind + " from fake");
    }

    @Test
    void failsOverToTheNextProviderInListOrder() {
        var first = new ScriptedGenerator("first").failing(failure(Failure.SERVER_ERROR), 10);
        var second = new ScriptedGenerator("second");
        var third = new ScriptedGenerator("third");

        RoutedImage routed = router(new RetryPolicy(1, Duration.ZERO, Duration.ZERO, 0), ROOMY, first, second, third)
                .generate(REQUEST);

        assertThat(routed.provider()).isEqualTo("second");
        assertThat(routed.result().metadata()).containsEntry("madeBy", "second");
        assertThat(routed.attempts()).extracting(Attempt::provider, Attempt::outcome)
                .containsExactly(tuple("first", Outcome.FAILED_OVER), tuple("second", Outcome.SUCCEEDED));
        assertThat(third.calls()).isZero();
    }

    @Test
    void retriesTransientFailuresWithDoublingBackoffCappedAtTheMaximum() {
        var flaky = new ScriptedGenerator("flaky")
                .failing(failure(Failure.SERVER_ERROR), 2)
                .failing(failure(Failure.TIMEOUT), 1)
                .failing(failure(Failure.RATE_LIMITED), 1);
        var policy = new RetryPolicy(5, Duration.ofMillis(100), Duration.ofMillis(300), 0.0);

        RoutedImage routed = router(policy, ROOMY, flaky).generate(REQUEST);

        assertThat(routed.provider()).isEqualTo("flaky");
        assertThat(sleeper.waits).containsExactly(Duration.ofMillis(100), Duration.ofMillis(200),
                Duration.ofMillis(300), Duration.ofMillis(300));
        assertThat(routed.attempts()).extracting(Attempt::outcome).containsExactly(
                Outcome.RETRIED, Outcome.RETRIED, Outcome.RETRIED, Outcome.RETRIED, Outcome.SUCCEEDED);
    }

    @Test
    void failsOverAfterMaxAttemptsOnOneProvider() {
        var down = new ScriptedGenerator("down").failing(failure(Failure.TIMEOUT), 10);
        var backup = new ScriptedGenerator("backup");

        RoutedImage routed = router(NO_JITTER, ROOMY, down, backup).generate(REQUEST);

        assertThat(down.calls()).isEqualTo(3);
        assertThat(routed.attempts()).extracting(Attempt::provider, Attempt::outcome).containsExactly(
                tuple("down", Outcome.RETRIED), tuple("down", Outcome.RETRIED),
                tuple("down", Outcome.FAILED_OVER), tuple("backup", Outcome.SUCCEEDED));
        assertThat(sleeper.waits).containsExactly(Duration.ofMillis(100), Duration.ofMillis(200));
    }

    @Test
    void jitteredBackoffStaysWithinBoundsAndRepeatsForTheSameSeed() {
        var policy = new RetryPolicy(4, Duration.ofMillis(100), Duration.ofSeconds(10), 0.5);
        var first = new ScriptedGenerator("p").failing(failure(Failure.SERVER_ERROR), 3);
        router(policy, ROOMY, first).generate(REQUEST);
        List<Duration> firstRun = List.copyOf(sleeper.waits);

        sleeper.waits.clear();
        var again = new ScriptedGenerator("p").failing(failure(Failure.SERVER_ERROR), 3);
        router(policy, ROOMY, again).generate(REQUEST);

        assertThat(sleeper.waits).isEqualTo(firstRun);
        assertThat(firstRun).hasSize(3);
        assertThat(firstRun.get(0)).isBetween(Duration.ofMillis(50), Duration.ofMillis(100));
        assertThat(firstRun.get(1)).isBetween(Duration.ofMillis(100), Duration.ofMillis(200));
        assertThat(firstRun.get(2)).isBetween(Duration.ofMillis(200), Duration.ofMillis(400));
        assertThat(firstRun).doesNotContain(Duration.ofMillis(100), Duration.ofMillis(200), Duration.ofMillis(400));
    }

    @Test
    void waitsExactlyTheRetryAfterTheProviderAskedFor() {
        var limited = new ScriptedGenerator("limited")
                .failing(new ProviderException(Failure.RATE_LIMITED, "slow down", Duration.ofSeconds(7)), 1);
        var jittery = new RetryPolicy(3, Duration.ofMillis(100), Duration.ofSeconds(1), 0.9);

        RoutedImage routed = router(jittery, ROOMY, limited).generate(REQUEST);

        assertThat(routed.provider()).isEqualTo("limited");
        assertThat(sleeper.waits).containsExactly(Duration.ofSeconds(7));
    }

    @Test
    void retriesARefusalOnceWithASanitisedPromptThenFailsOverWithTheOriginal() {
        var prudish = new ScriptedGenerator("prudish").failing(failure(Failure.REFUSED), 5);
        var backup = new ScriptedGenerator("backup");
        var request = REQUEST.withPrompt("Sparkling water can on stone. A woman holds it up.");

        RoutedImage routed = router(NO_JITTER, ROOMY, prudish, backup).generate(request);

        assertThat(prudish.received).extracting(ImageGenerationRequest::prompt)
                .containsExactly("Sparkling water can on stone. A woman holds it up.", "Sparkling water can on stone.");
        assertThat(backup.received).extracting(ImageGenerationRequest::prompt).containsExactly(request.prompt());
        assertThat(routed.attempts()).extracting(Attempt::provider, Attempt::outcome).containsExactly(
                tuple("prudish", Outcome.REFUSED), tuple("prudish", Outcome.FAILED_OVER),
                tuple("backup", Outcome.SUCCEEDED));
        assertThat(sleeper.waits).isEmpty();
    }

    @Test
    void acceptsTheImageARefusingProviderMakesFromTheSanitisedPrompt() {
        var prudish = new ScriptedGenerator("prudish").failing(failure(Failure.REFUSED), 1);

        RoutedImage routed = router(NO_JITTER, ROOMY, prudish, new ScriptedGenerator("backup"))
                .generate(REQUEST.withPrompt("A can. Two men fighting over it."));

        assertThat(routed.provider()).isEqualTo("prudish");
        assertThat(prudish.received.get(1).prompt()).isEqualTo("A can.");
    }

    @Test
    void failsOverAtOnceWhenARefusedPromptHasNothingToSanitise() {
        var prudish = new ScriptedGenerator("prudish").failing(failure(Failure.REFUSED), 5);
        var backup = new ScriptedGenerator("backup");

        RoutedImage routed = router(NO_JITTER, ROOMY, prudish, backup).generate(REQUEST);

        assertThat(prudish.calls()).isEqualTo(1);
        assertThat(routed.provider()).isEqualTo("backup");
    }

    @Test
    void authFailureFailsOverWithoutRetryingOrWaiting() {
        var locked = new ScriptedGenerator("locked").failing(failure(Failure.AUTH), 5);
        var backup = new ScriptedGenerator("backup");

        RoutedImage routed = router(NO_JITTER, ROOMY, locked, backup).generate(REQUEST);

        assertThat(locked.calls()).isEqualTo(1);
        assertThat(sleeper.waits).isEmpty();
        assertThat(routed.attempts()).extracting(Attempt::outcome)
                .containsExactly(Outcome.FAILED_OVER, Outcome.SUCCEEDED);
    }

    @Test
    void aProviderThrowingSomethingElseIsFailedOverLikeABadResponse() {
        var buggy = new ScriptedGenerator("buggy").then(request -> {
            throw new IllegalStateException("plugin bug");
        });

        RoutedImage routed = router(NO_JITTER, ROOMY, buggy, new ScriptedGenerator("backup")).generate(REQUEST);

        assertThat(buggy.calls()).isEqualTo(1);
        assertThat(routed.provider()).isEqualTo("backup");
    }

    @Test
    void recordsTheLatencyOfEachAttemptOnTheInjectedClock() {
        var slow = new ScriptedGenerator("slow").then(request -> {
            clock.advance(Duration.ofMillis(1250));
            return image("slow");
        });

        RoutedImage routed = router(NO_JITTER, ROOMY, slow).generate(REQUEST);

        assertThat(routed.attempts()).containsExactly(new Attempt("slow", Outcome.SUCCEEDED, 1250));
    }

    @Test
    void throwsWithEveryAttemptWhenAllProvidersFail() {
        var locked = new ScriptedGenerator("locked").failing(failure(Failure.AUTH), 5);
        var broken = new ScriptedGenerator("broken").failing(failure(Failure.BAD_RESPONSE), 5);

        assertThatThrownBy(() -> router(NO_JITTER, ROOMY, locked, broken).generate(REQUEST))
                .isInstanceOfSatisfying(NoProviderSucceededException.class, e -> assertThat(e.attempts())
                        .extracting(Attempt::provider, Attempt::outcome).containsExactly(
                                tuple("locked", Outcome.FAILED_OVER), tuple("broken", Outcome.FAILED_OVER)))
                .hasCauseInstanceOf(ProviderException.class);
    }

    @Test
    void skipsAProviderWhoseCircuitOpenedAfterConsecutiveFailures() {
        var once = new RetryPolicy(1, Duration.ZERO, Duration.ZERO, 0);
        var limits = new ProviderLimits(2, Duration.ofSeconds(30), 8, 6000);
        var down = new ScriptedGenerator("down").failing(failure(Failure.SERVER_ERROR), 2);
        var backup = new ScriptedGenerator("backup");
        ProviderRouter router = router(once, limits, down, backup);
        router.generate(REQUEST);
        router.generate(REQUEST);

        RoutedImage routed = router.generate(REQUEST);

        assertThat(down.calls()).isEqualTo(2);
        assertThat(router.circuitState("down")).isEqualTo(CircuitBreaker.State.OPEN);
        assertThat(routed.attempts()).containsExactly(new Attempt("down", Outcome.CIRCUIT_OPEN, 0),
                new Attempt("backup", Outcome.SUCCEEDED, 0));
    }

    @Test
    void triesAnOpenCircuitAgainOnlyAfterTheCoolDown() {
        var once = new RetryPolicy(1, Duration.ZERO, Duration.ZERO, 0);
        var limits = new ProviderLimits(2, Duration.ofSeconds(30), 8, 6000);
        var down = new ScriptedGenerator("down").failing(failure(Failure.SERVER_ERROR), 2);
        ProviderRouter router = router(once, limits, down, new ScriptedGenerator("backup"));
        router.generate(REQUEST);
        router.generate(REQUEST);

        clock.advance(Duration.ofSeconds(30).minusNanos(1));
        assertThat(router.generate(REQUEST).provider()).isEqualTo("backup");
        clock.advance(Duration.ofNanos(1));
        RoutedImage recovered = router.generate(REQUEST);

        assertThat(recovered.provider()).isEqualTo("down");
        assertThat(router.circuitState("down")).isEqualTo(CircuitBreaker.State.CLOSED);
    }

    @Test
    void refusalsDoNotOpenTheCircuitBecauseTheyAreAboutThePromptNotTheProvider() {
        var limits = new ProviderLimits(2, Duration.ofSeconds(30), 8, 6000);
        var prudish = new ScriptedGenerator("prudish").failing(failure(Failure.REFUSED), 3);
        ProviderRouter router = router(NO_JITTER, limits, prudish, new ScriptedGenerator("backup"));
        for (int i = 0; i < 3; i++) {
            router.generate(REQUEST);
        }

        assertThat(router.circuitState("prudish")).isEqualTo(CircuitBreaker.State.CLOSED);
        assertThat(router.generate(REQUEST).provider()).isEqualTo("prudish");
    }

    @Test
    void stopsRetryingWhenInterruptedDuringBackoff() {
        var down = new ScriptedGenerator("down").failing(failure(Failure.SERVER_ERROR), 5);
        var backup = new ScriptedGenerator("backup");
        Sleeper interrupted = duration -> {
            throw new InterruptedException();
        };
        var router = new ProviderRouter(List.of(down, backup), NO_JITTER, ROOMY, interrupted, clock, new Random(42));

        assertThatThrownBy(() -> router.generate(REQUEST))
                .isInstanceOfSatisfying(ProviderException.class,
                        e -> assertThat(e.failure()).isEqualTo(Failure.CANCELLED));
        assertThat(down.calls()).isEqualTo(1);
        assertThat(backup.calls()).isZero();
        assertThat(Thread.currentThread().isInterrupted()).isTrue();
    }

    @Test
    void callsNoProviderWhenTheCallerIsAlreadyInterrupted() {
        var provider = new ScriptedGenerator("p");
        Thread.currentThread().interrupt();

        assertThatThrownBy(() -> router(NO_JITTER, ROOMY, provider).generate(REQUEST))
                .isInstanceOfSatisfying(ProviderException.class,
                        e -> assertThat(e.failure()).isEqualTo(Failure.CANCELLED));
        assertThat(provider.calls()).isZero();
    }

    @Test
    void aProviderReportingCancellationStopsTheRouting() {
        var cancelling = new ScriptedGenerator("cancelling").failing(failure(Failure.CANCELLED), 1);
        var backup = new ScriptedGenerator("backup");

        assertThatThrownBy(() -> router(NO_JITTER, ROOMY, cancelling, backup).generate(REQUEST))
                .isInstanceOf(ProviderException.class);
        assertThat(backup.calls()).isZero();
    }

    @Test
    void delaysCallsBeyondTheRequestsPerMinuteLimit() {
        var limits = new ProviderLimits(10, Duration.ofSeconds(30), 8, 2);
        ProviderRouter router = router(NO_JITTER, limits, new ScriptedGenerator("p"));

        router.generate(REQUEST);
        router.generate(REQUEST);
        assertThat(sleeper.waits).isEmpty();
        router.generate(REQUEST);
        router.generate(REQUEST);

        assertThat(sleeper.waits).containsExactly(Duration.ofSeconds(30), Duration.ofSeconds(30));
    }

    @Test
    void holdsCallsBeyondTheConcurrencyLimitUntilOneFinishes() throws Exception {
        var entered = new CountDownLatch(1);
        var release = new CountDownLatch(1);
        var inFlight = new AtomicInteger();
        var mostInFlight = new AtomicInteger();
        var blocking = new ScriptedGenerator("blocking");
        for (int call = 0; call < 2; call++) {
            blocking.then(request -> {
                mostInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
                entered.countDown();
                try {
                    release.await(5, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                inFlight.decrementAndGet();
                return image("blocking");
            });
        }
        var limits = new ProviderLimits(10, Duration.ofSeconds(30), 1, 6000);
        ProviderRouter router = router(NO_JITTER, limits, blocking);
        var failure = new AtomicReference<Throwable>();
        Thread firstCaller = caller(router, failure);
        firstCaller.start();
        assertThat(entered.await(5, TimeUnit.SECONDS)).isTrue();

        Thread secondCaller = caller(router, failure);
        secondCaller.start();
        awaitWaiting(secondCaller);
        int callsWhileFirstRuns = blocking.calls();
        release.countDown();
        firstCaller.join(5000);
        secondCaller.join(5000);

        assertThat(callsWhileFirstRuns).isEqualTo(1);
        assertThat(blocking.calls()).isEqualTo(2);
        assertThat(mostInFlight.get()).isEqualTo(1);
        assertThat(failure.get()).isNull();
    }

    private static Thread caller(ProviderRouter router, AtomicReference<Throwable> failure) {
        return new Thread(() -> {
            try {
                router.generate(REQUEST);
            } catch (Throwable t) {
                failure.set(t);
            }
        });
    }

    /** Spins (no sleeping) until the thread parks; it can only park on the router's permits or the latch. */
    private static void awaitWaiting(Thread thread) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (thread.getState() != Thread.State.WAITING && thread.getState() != Thread.State.TIMED_WAITING) {
            assertThat(System.nanoTime()).as("second caller never parked").isLessThan(deadline);
            Thread.onSpinWait();
        }
    }

    @Test
    void skipsAProviderItsGateRefusesWithoutCallingIt() {
        var paid = new ScriptedGenerator("paid");
        var local = new ScriptedGenerator("local");
        CallGate onlyLocal = new CallGate() {
            @Override
            public boolean admit(ImageGenerator provider, ImageGenerationRequest request) {
                return provider.id().equals("local");
            }

            @Override
            public void settle(ImageGenerator provider, ImageGenerationRequest request,
                               org.creativeautomation.engine.spi.ImageResult result) {
            }
        };

        RoutedImage routed = new ProviderRouter(List.of(paid, local), NO_JITTER, ROOMY, sleeper, clock, new Random(42),
                onlyLocal).generate(REQUEST);

        assertThat(paid.calls()).isZero();
        assertThat(routed.provider()).isEqualTo("local");
        assertThat(routed.attempts()).extracting(Attempt::provider, Attempt::outcome)
                .containsExactly(tuple("paid", Outcome.OVER_BUDGET), tuple("local", Outcome.SUCCEEDED));
    }

    @Test
    void settlesEveryAdmittedCallWithItsResultOrNothing() {
        var flaky = new ScriptedGenerator("flaky").failing(failure(Failure.SERVER_ERROR), 1);
        List<String> settled = new java.util.ArrayList<>();
        CallGate recording = new CallGate() {
            @Override
            public boolean admit(ImageGenerator provider, ImageGenerationRequest request) {
                return true;
            }

            @Override
            public void settle(ImageGenerator provider, ImageGenerationRequest request,
                               org.creativeautomation.engine.spi.ImageResult result) {
                settled.add(provider.id() + ":" + (result == null ? "failed" : "delivered"));
            }
        };

        new ProviderRouter(List.of(flaky), NO_JITTER, ROOMY, sleeper, clock, new Random(42), recording).generate(REQUEST);

        assertThat(settled).containsExactly("flaky:failed", "flaky:delivered");
    }
}
