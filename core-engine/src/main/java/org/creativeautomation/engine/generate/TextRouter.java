package org.creativeautomation.engine.generate;

import org.creativeautomation.engine.generate.Attempt.Outcome;
import org.creativeautomation.engine.spi.Failure;
import org.creativeautomation.engine.spi.ProviderException;
import org.creativeautomation.engine.spi.TextGenerator;
import org.creativeautomation.engine.spi.TextRequest;
import org.creativeautomation.engine.spi.TextResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Semaphore;
import java.util.random.RandomGenerator;

/**
 * Asks text providers in order until one answers, with the same protections as the image
 * {@link ProviderRouter}: transient failures (rate limits, timeouts, server errors) are retried on
 * the same provider after the provider's Retry-After or a jittered backoff; auth failures,
 * unusable answers, refusals and plugin bugs fail over at once; a provider whose
 * {@link CircuitBreaker} is open is skipped; each provider gets a concurrency and a
 * requests-per-minute limit. Unlike images, a refused text request is not reworded and retried:
 * copy and translations must say what was asked, so the next provider gets the same request.
 * Every attempt is recorded. Safe to share between threads.
 */
public final class TextRouter {

    private static final Logger LOG = LoggerFactory.getLogger(TextRouter.class);
    /** Marks an attempt that ended before its call began, so it reports no latency. */
    private static final long NOT_STARTED = Long.MIN_VALUE;

    private final List<ProviderSlot> slots;
    private final RetryPolicy retryPolicy;
    private final Sleeper sleeper;
    private final NanoClock clock;
    private final RandomGenerator random;

    public TextRouter(List<TextGenerator> providers, RetryPolicy retryPolicy, ProviderLimits limits,
                      Sleeper sleeper, NanoClock clock, RandomGenerator random) {
        Objects.requireNonNull(limits, "limits");
        this.retryPolicy = Objects.requireNonNull(retryPolicy, "retryPolicy");
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.random = Objects.requireNonNull(random, "random");
        if (providers.isEmpty()) {
            throw new IllegalArgumentException("a text router needs at least one provider");
        }
        var ids = new HashSet<String>();
        for (TextGenerator provider : providers) {
            if (!ids.add(provider.id())) {
                throw new IllegalArgumentException("text provider listed twice: " + provider.id());
            }
        }
        this.slots = providers.stream().map(provider -> new ProviderSlot(provider,
                new CircuitBreaker(limits.breakerThreshold(), limits.breakerCoolDown(), clock),
                new Semaphore(limits.maxConcurrent(), true),
                new RequestRateLimit(limits.requestsPerMinute(), clock))).toList();
    }

    /**
     * The first answer any provider gives.
     *
     * @throws NoProviderSucceededException when every provider failed or was skipped
     * @throws ProviderException            with {@link Failure#CANCELLED} when the calling thread
     *                                      is interrupted or a provider reports cancellation
     */
    public RoutedText complete(TextRequest request) {
        Objects.requireNonNull(request, "request");
        var routing = new Routing();
        for (ProviderSlot slot : slots) {
            TextResult result = routing.tryProvider(slot, request);
            if (result != null) {
                return new RoutedText(result, slot.generator().id(), routing.attempts);
            }
        }
        throw new NoProviderSucceededException("text", routing.attempts, routing.lastFailure);
    }

    /** The breaker state of a provider, for status displays. */
    public CircuitBreaker.State circuitState(String providerId) {
        return slots.stream().filter(slot -> slot.generator().id().equals(providerId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown text provider " + providerId))
                .breaker().state();
    }

    private record ProviderSlot(TextGenerator generator, CircuitBreaker breaker, Semaphore permits,
                                RequestRateLimit rateLimit) {
    }

    /** The state of one {@link #complete} call. */
    private final class Routing {
        private final List<Attempt> attempts = new ArrayList<>();
        private RuntimeException lastFailure;

        /** The provider's result, or null when the next provider should be asked. */
        TextResult tryProvider(ProviderSlot slot, TextRequest request) {
            String id = slot.generator().id();
            int retries = 0;
            while (true) {
                throwIfInterrupted();
                if (!slot.breaker().tryAcquire()) {
                    attempts.add(new Attempt(id, Outcome.CIRCUIT_OPEN, 0));
                    return null;
                }
                long started = NOT_STARTED;
                try {
                    pause(slot.rateLimit().reserve());
                    acquire(slot.permits());
                    started = clock.nanoTime();
                    TextResult result;
                    try {
                        result = slot.generator().complete(request);
                    } finally {
                        slot.permits().release();
                    }
                    slot.breaker().recordSuccess();
                    record(id, Outcome.SUCCEEDED, started);
                    return result;
                } catch (ProviderException failure) {
                    if (failure.failure() == Failure.CANCELLED) {
                        slot.breaker().recordNeutral();
                        record(id, Outcome.CANCELLED, started);
                        throw failure;
                    }
                    lastFailure = failure;
                    if (failure.failure() == Failure.REFUSED) {
                        // A refusal is about the request, not the provider's health.
                        slot.breaker().recordNeutral();
                        return failOver(id, failure, started);
                    }
                    slot.breaker().recordFailure();
                    boolean mayRetry = failure.failure().isTransient() && retries + 1 < retryPolicy.maxAttempts()
                            && slot.breaker().state() == CircuitBreaker.State.CLOSED;
                    if (!mayRetry) {
                        return failOver(id, failure, started);
                    }
                    retries++;
                    record(id, Outcome.RETRIED, started);
                    int retry = retries;
                    Duration wait = failure.retryAfter().orElseGet(() -> jitteredBackoff(retry));
                    LOG.debug("{} failed ({}); retry {} in {} ms", id, failure.failure(), retries, wait.toMillis());
                    pause(wait);
                } catch (RuntimeException bug) {
                    // A plugin that throws anything else is broken for this request; others may not be.
                    slot.breaker().recordFailure();
                    lastFailure = bug;
                    return failOver(id, bug, started);
                }
            }
        }

        private TextResult failOver(String id, RuntimeException failure, long started) {
            record(id, Outcome.FAILED_OVER, started);
            LOG.info("text provider {} failed over: {}", id, failure.toString());
            return null;
        }

        private void record(String id, Outcome outcome, long started) {
            long latencyNanos = started == NOT_STARTED ? 0 : Math.max(0, clock.nanoTime() - started);
            attempts.add(new Attempt(id, outcome, latencyNanos / 1_000_000));
        }
    }

    private Duration jitteredBackoff(int retry) {
        // Random and SplittableRandom differ in thread safety; locking keeps either correct.
        synchronized (random) {
            return retryPolicy.backoff(retry, random);
        }
    }

    private void pause(Duration wait) {
        if (wait.isZero() || wait.isNegative()) {
            return;
        }
        try {
            sleeper.sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw cancelled(e);
        }
    }

    private static void acquire(Semaphore permits) {
        try {
            permits.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw cancelled(e);
        }
    }

    private static void throwIfInterrupted() {
        if (Thread.currentThread().isInterrupted()) {
            throw cancelled(null);
        }
    }

    private static ProviderException cancelled(InterruptedException cause) {
        return new ProviderException(Failure.CANCELLED, "text generation cancelled", null, cause);
    }
}
