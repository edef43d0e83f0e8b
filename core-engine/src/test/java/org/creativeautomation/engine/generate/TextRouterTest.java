package org.creativeautomation.engine.generate;

import org.creativeautomation.engine.generate.Attempt.Outcome;
import org.creativeautomation.engine.generate.RouterFakes.FakeClock;
import org.creativeautomation.engine.generate.RouterFakes.RecordingSleeper;
import org.creativeautomation.engine.spi.ChatMessage;
import org.creativeautomation.engine.spi.Failure;
import org.creativeautomation.engine.spi.ProviderException;
import org.creativeautomation.engine.spi.Role;
import org.creativeautomation.engine.spi.TextGenerator;
import org.creativeautomation.engine.spi.TextRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.creativeautomation.engine.generate.ScriptedTextGenerator.failure;

class TextRouterTest {

    private static final RetryPolicy NO_JITTER = new RetryPolicy(3, Duration.ofMillis(100), Duration.ofSeconds(1), 0.0);
    private static final ProviderLimits ROOMY = new ProviderLimits(10, Duration.ofSeconds(30), 8, 6000);
    private static final TextRequest REQUEST = new TextRequest(null, List.of(
            new ChatMessage(Role.SYSTEM, "You write short ad headlines."),
            new ChatMessage(Role.USER, "A headline for sparkling water, under 40 characters.")), 0.7, 60);

    private final FakeClock clock = new FakeClock();
    private final RecordingSleeper sleeper = new RecordingSleeper(clock);

    @AfterEach
    void clearInterruptFlag() {
        Thread.interrupted();
    }

    private TextRouter router(RetryPolicy policy, ProviderLimits limits, TextGenerator... providers) {
        return new TextRouter(List.of(providers), policy, limits, sleeper, clock, new Random(42));
    }

    @Test
    void failsOverToTheNextProviderInListOrderWithTheSameRequest() {
        var first = new ScriptedTextGenerator("first").failing(failure(Failure.AUTH), 1);
        var second = new ScriptedTextGenerator("second");
        var third = new ScriptedTextGenerator("third");

        RoutedText routed = router(NO_JITTER, ROOMY, first, second, third).complete(REQUEST);

        assertThat(routed.provider()).isEqualTo("second");
        assertThat(routed.result().text()).isEqualTo("Fresh from second");
        assertThat(routed.attempts()).extracting(Attempt::provider, Attempt::outcome)
                .containsExactly(tuple("first", Outcome.FAILED_OVER), tuple("second", Outcome.SUCCEEDED));
        assertThat(second.received).containsExactly(REQUEST);
        assertThat(third.calls()).isZero();
        assertThat(sleeper.waits).as("a rejected key is not worth a retry").isEmpty();
    }

    @Test
    void retriesTransientFailuresWithDoublingBackoff() {
        var flaky = new ScriptedTextGenerator("flaky")
                .failing(failure(Failure.SERVER_ERROR), 1)
                .failing(failure(Failure.TIMEOUT), 1);

        RoutedText routed = router(NO_JITTER, ROOMY, flaky).complete(REQUEST);

        assertThat(routed.provider()).isEqualTo("flaky");
        assertThat(sleeper.waits).containsExactly(Duration.ofMillis(100), Duration.ofMillis(200));
        assertThat(routed.attempts()).extracting(Attempt::outcome)
                .containsExactly(Outcome.RETRIED, Outcome.RETRIED, Outcome.SUCCEEDED);
    }

    @Test
    void waitsExactlyTheProvidersRetryAfter() {
        var limited = new ScriptedTextGenerator("limited")
                .failing(new ProviderException(Failure.RATE_LIMITED, "slow down", Duration.ofSeconds(7)), 1);

        router(NO_JITTER, ROOMY, limited).complete(REQUEST);

        assertThat(sleeper.waits).containsExactly(Duration.ofSeconds(7));
        assertThat(limited.calls()).isEqualTo(2);
    }

    @Test
    void givesUpOnAProviderAfterItsAttemptsAndAsksTheNext() {
        var down = new ScriptedTextGenerator("down").failing(failure(Failure.SERVER_ERROR), 10);
        var backup = new ScriptedTextGenerator("backup");

        RoutedText routed = router(NO_JITTER, ROOMY, down, backup).complete(REQUEST);

        assertThat(down.calls()).isEqualTo(3);
        assertThat(routed.attempts()).extracting(Attempt::provider, Attempt::outcome).containsExactly(
                tuple("down", Outcome.RETRIED), tuple("down", Outcome.RETRIED),
                tuple("down", Outcome.FAILED_OVER), tuple("backup", Outcome.SUCCEEDED));
    }

    @Test
    void aRefusalFailsOverWithoutRewordingOrCountingAgainstTheProvider() {
        var prudish = new ScriptedTextGenerator("prudish").failing(failure(Failure.REFUSED), 1);
        var other = new ScriptedTextGenerator("other");
        TextRouter router = router(NO_JITTER, new ProviderLimits(1, Duration.ofSeconds(30), 8, 6000), prudish, other);

        RoutedText routed = router.complete(REQUEST);

        assertThat(routed.provider()).isEqualTo("other");
        assertThat(prudish.calls()).isEqualTo(1);
        assertThat(other.received).containsExactly(REQUEST);
        assertThat(router.circuitState("prudish")).isEqualTo(CircuitBreaker.State.CLOSED);
    }

    @Test
    void anOpenCircuitIsSkippedUntilItCoolsDown() {
        var broken = new ScriptedTextGenerator("broken").failing(failure(Failure.BAD_RESPONSE), 2);
        var steady = new ScriptedTextGenerator("steady");
        TextRouter router = router(NO_JITTER, new ProviderLimits(1, Duration.ofSeconds(30), 8, 6000), broken, steady);

        router.complete(REQUEST);
        RoutedText skipped = router.complete(REQUEST);

        assertThat(router.circuitState("broken")).isEqualTo(CircuitBreaker.State.OPEN);
        assertThat(skipped.attempts()).extracting(Attempt::provider, Attempt::outcome)
                .containsExactly(tuple("broken", Outcome.CIRCUIT_OPEN), tuple("steady", Outcome.SUCCEEDED));
        assertThat(broken.calls()).isEqualTo(1);

        clock.advance(Duration.ofSeconds(30));
        router.complete(REQUEST);
        assertThat(broken.calls()).as("half-open lets one trial call through").isEqualTo(2);
    }

    @Test
    void aPluginBugFailsOverAndIsKeptAsTheCause() {
        var buggy = new ScriptedTextGenerator("buggy").failing(new IllegalStateException("plugin bug"), 1);

        assertThatThrownBy(() -> router(NO_JITTER, ROOMY, buggy).complete(REQUEST))
                .isInstanceOfSatisfying(NoProviderSucceededException.class, e -> {
                    assertThat(e).hasMessage("no text provider succeeded after 1 attempts");
                    assertThat(e.getCause()).hasMessage("plugin bug");
                    assertThat(e.attempts()).extracting(Attempt::outcome).containsExactly(Outcome.FAILED_OVER);
                });
    }

    @Test
    void cancellationStopsTheRoutingAtOnce() {
        var cancelled = new ScriptedTextGenerator("cancelled").failing(failure(Failure.CANCELLED), 1);
        var never = new ScriptedTextGenerator("never");

        assertThatThrownBy(() -> router(NO_JITTER, ROOMY, cancelled, never).complete(REQUEST))
                .isInstanceOfSatisfying(ProviderException.class,
                        e -> assertThat(e.failure()).isEqualTo(Failure.CANCELLED));
        assertThat(never.calls()).isZero();
    }

    @Test
    void anInterruptedCallerIsCancelledBeforeAnyCall() {
        var provider = new ScriptedTextGenerator("provider");
        Thread.currentThread().interrupt();

        assertThatThrownBy(() -> router(NO_JITTER, ROOMY, provider).complete(REQUEST))
                .isInstanceOfSatisfying(ProviderException.class,
                        e -> assertThat(e.failure()).isEqualTo(Failure.CANCELLED));
        assertThat(provider.calls()).isZero();
    }

    @Test
    void theRateLimitSpacesCallsToOneProvider() {
        var provider = new ScriptedTextGenerator("provider");
        TextRouter router = router(NO_JITTER, new ProviderLimits(5, Duration.ofSeconds(30), 1, 2), provider);

        router.complete(REQUEST);
        router.complete(REQUEST);
        router.complete(REQUEST);

        assertThat(sleeper.waits).containsExactly(Duration.ofSeconds(30));
    }

    @Test
    void rejectsAProviderListedTwice() {
        assertThatThrownBy(() -> router(NO_JITTER, ROOMY, new ScriptedTextGenerator("same"),
                new ScriptedTextGenerator("same")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("listed twice: same");
    }
}
