package org.creativeautomation.engine.generate;

import org.creativeautomation.engine.generate.Attempt.Outcome;
import org.creativeautomation.engine.spi.ExpandRequest;
import org.creativeautomation.engine.spi.Failure;
import org.creativeautomation.engine.spi.ImageExpander;
import org.creativeautomation.engine.spi.ImageGenerationRequest;
import org.creativeautomation.engine.spi.ImageGenerator;
import org.creativeautomation.engine.spi.ImageResult;
import org.creativeautomation.engine.spi.ProviderException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.function.Function;
import java.util.random.RandomGenerator;

/**
 * Asks image providers in order until one delivers an image, or an expansion of one
 * ({@link #expand}).
 * <ul>
 *   <li>Rate limits, timeouts and server errors are retried on the same provider with
 *       exponential backoff and jitter, or after exactly the provider's Retry-After.</li>
 *   <li>A content-policy refusal is retried once with a {@link PromptSanitiser sanitised} prompt,
 *       then the next provider is asked.</li>
 *   <li>Auth failures, unusable answers and plugin bugs fail over at once: retrying cannot help.</li>
 *   <li>A provider whose {@link CircuitBreaker} is open is skipped.</li>
 *   <li>Each provider gets a client-side concurrency limit and requests-per-minute limit.</li>
 *   <li>A provider the {@link CallGate} refuses (a call that would go over budget) is skipped.</li>
 *   <li>A delivered image the {@link ImageAcceptance quality gate} rejects (blank, wrong size,
 *       undecodable, flagged) is asked for again a bounded number of times, with another seed,
 *       then the next provider is asked. It was paid for all the same: the call gate is settled
 *       with it, and its attempt carries the cost the provider reported.</li>
 *   <li>An interrupted caller stops the routing with a {@link Failure#CANCELLED} exception.</li>
 * </ul>
 * Every attempt is recorded with provider, outcome and latency, a rejected one with its cost too.
 * Each provider may be asked for a request of its own (its size, its way of taking a negative
 * prompt). Safe to share between threads.
 */
public final class ProviderRouter {

    private static final Logger LOG = LoggerFactory.getLogger(ProviderRouter.class);
    /** Marks an attempt that ended before its call began, so it reports no latency. */
    private static final long NOT_STARTED = Long.MIN_VALUE;

    private final List<ProviderSlot> slots;
    private final RetryPolicy retryPolicy;
    private final Sleeper sleeper;
    private final NanoClock clock;
    private final RandomGenerator random;
    private final PromptSanitiser sanitiser = new PromptSanitiser();
    private final ImageAcceptance acceptance;
    private final int regenerations;
    private final CallGate gate;

    /** A router that takes every delivered image as it is. */
    public ProviderRouter(List<ImageGenerator> providers, RetryPolicy retryPolicy, ProviderLimits limits,
                          Sleeper sleeper, NanoClock clock, RandomGenerator random) {
        this(providers, retryPolicy, limits, ImageAcceptance.ANY, 0, sleeper, clock, random, CallGate.OPEN);
    }

    /** A router that takes every delivered image as it is and asks {@code gate} before every call. */
    public ProviderRouter(List<ImageGenerator> providers, RetryPolicy retryPolicy, ProviderLimits limits,
                          Sleeper sleeper, NanoClock clock, RandomGenerator random, CallGate gate) {
        this(providers, retryPolicy, limits, ImageAcceptance.ANY, 0, sleeper, clock, random, gate);
    }

    /** A router with a quality gate whose calls are all admitted. */
    public ProviderRouter(List<ImageGenerator> providers, RetryPolicy retryPolicy, ProviderLimits limits,
                          ImageAcceptance acceptance, int regenerations,
                          Sleeper sleeper, NanoClock clock, RandomGenerator random) {
        this(providers, retryPolicy, limits, acceptance, regenerations, sleeper, clock, random, CallGate.OPEN);
    }

    /**
     * @param acceptance    judges each delivered image before it is used
     * @param regenerations how many more images one provider is asked for after a rejected one,
     *                      before the next provider is asked
     * @param gate          asked before every call, retries and regenerations included, whether it
     *                      may be made; settled with every image delivered, rejected ones included
     */
    public ProviderRouter(List<ImageGenerator> providers, RetryPolicy retryPolicy, ProviderLimits limits,
                          ImageAcceptance acceptance, int regenerations,
                          Sleeper sleeper, NanoClock clock, RandomGenerator random, CallGate gate) {
        this.gate = Objects.requireNonNull(gate, "gate");
        Objects.requireNonNull(retryPolicy, "retryPolicy");
        this.acceptance = Objects.requireNonNull(acceptance, "acceptance");
        if (regenerations < 0) {
            throw new IllegalArgumentException("regenerations must not be negative, was " + regenerations);
        }
        this.regenerations = regenerations;
        Objects.requireNonNull(limits, "limits");
        this.retryPolicy = retryPolicy;
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.random = Objects.requireNonNull(random, "random");
        if (providers.isEmpty()) {
            throw new IllegalArgumentException("a router needs at least one provider");
        }
        var ids = new HashSet<String>();
        for (ImageGenerator provider : providers) {
            if (!ids.add(provider.id())) {
                throw new IllegalArgumentException("provider listed twice: " + provider.id());
            }
        }
        this.slots = providers.stream().map(provider -> new ProviderSlot(provider,
                new CircuitBreaker(limits.breakerThreshold(), limits.breakerCoolDown(), clock),
                new Semaphore(limits.maxConcurrent(), true),
                new RequestRateLimit(limits.requestsPerMinute(), clock))).toList();
    }

    /**
     * The first image any provider delivers.
     *
     * @throws NoProviderSucceededException when every provider failed or was skipped
     * @throws ProviderException            with {@link Failure#CANCELLED} when the calling thread
     *                                      is interrupted or a provider reports cancellation
     */
    public RoutedImage generate(ImageGenerationRequest request) {
        Objects.requireNonNull(request, "request");
        return generate(provider -> request);
    }

    /**
     * The first image any provider delivers and the gate accepts, each provider asked with the
     * request made for it.
     *
     * @throws NoProviderSucceededException when every provider failed, was skipped or had its images rejected
     * @throws ProviderException            with {@link Failure#CANCELLED} when the calling thread
     *                                      is interrupted or a provider reports cancellation
     */
    public RoutedImage generate(Function<ImageGenerator, ImageGenerationRequest> requestFor) {
        Objects.requireNonNull(requestFor, "requestFor");
        var routing = new Routing();
        for (ProviderSlot slot : slots) {
            ImageResult result = routing.tryProvider(slot, new Generation(Objects.requireNonNull(
                    requestFor.apply(slot.generator()), "request for " + slot.generator().id())));
            if (result != null) {
                return new RoutedImage(result, slot.generator().id(), routing.attempts);
            }
        }
        throw new NoProviderSucceededException(routing.attempts, routing.lastFailure);
    }

    /**
     * The first expansion any provider with an {@link ImageExpander} delivers and the quality gate
     * accepts ({@link ImageAcceptance#expansionRejection}), asked in the same order and under the
     * same retries, regenerations, limits, breakers and call gate as generation: an expansion is a
     * call to the same API and quota. Providers without one are not asked.
     *
     * @param priced the request the gate prices for a provider's expansion (its model, the expanded size)
     * @throws NoProviderSucceededException when every provider that expands failed or was skipped
     *                                      (no attempts when none of them expands)
     */
    public RoutedImage expand(ExpandRequest request, Function<ImageGenerator, ImageGenerationRequest> priced) {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(priced, "priced");
        var routing = new Routing();
        for (ProviderSlot slot : slots) {
            Optional<ImageExpander> expander = slot.generator().expander();
            if (expander.isEmpty()) {
                continue;
            }
            ImageResult result = routing.tryProvider(slot,
                    new Expansion(expander.get(), request, priced.apply(slot.generator())));
            if (result != null) {
                return new RoutedImage(result, slot.generator().id(), routing.attempts);
            }
        }
        throw new NoProviderSucceededException("expansion", routing.attempts, routing.lastFailure);
    }

    /** Whether any provider of the router can expand an image. */
    public boolean expands() {
        return slots.stream().anyMatch(slot -> slot.generator().expander().isPresent());
    }

    /**
     * One kind of provider call. {@link #priced()} is what the gate admits and settles (identity
     * matters: it is held while the call runs); a refused prompt is retried through {@link #withPrompt},
     * a rejected image through {@link #withSeed}.
     */
    private interface Call {
        ImageGenerationRequest priced();

        String prompt();

        Call withPrompt(String prompt);

        /** The same call with another seed (null lets the provider choose). */
        Call withSeed(Long seed);

        ImageResult make(ImageGenerator generator);

        /** Why the quality gate turns the delivered image down; empty to use it. */
        Optional<String> rejection(ImageAcceptance acceptance, ImageResult result);
    }

    private record Generation(ImageGenerationRequest priced) implements Call {
        @Override
        public String prompt() {
            return priced.prompt();
        }

        @Override
        public Call withPrompt(String prompt) {
            return new Generation(priced.withPrompt(prompt));
        }

        @Override
        public Call withSeed(Long seed) {
            return new Generation(ProviderRouter.withSeed(priced, seed));
        }

        @Override
        public ImageResult make(ImageGenerator generator) {
            return generator.generate(priced);
        }

        @Override
        public Optional<String> rejection(ImageAcceptance acceptance, ImageResult result) {
            return acceptance.rejection(priced, result);
        }
    }

    private record Expansion(ImageExpander expander, ExpandRequest request, ImageGenerationRequest priced)
            implements Call {
        @Override
        public String prompt() {
            return request.prompt();
        }

        @Override
        public Call withPrompt(String prompt) {
            return new Expansion(expander, request.withPrompt(prompt), priced.withPrompt(prompt));
        }

        @Override
        public Call withSeed(Long seed) {
            return new Expansion(expander, request.withSeed(seed), ProviderRouter.withSeed(priced, seed));
        }

        @Override
        public ImageResult make(ImageGenerator generator) {
            return expander.expand(request);
        }

        @Override
        public Optional<String> rejection(ImageAcceptance acceptance, ImageResult result) {
            return acceptance.expansionRejection(request, priced, result);
        }
    }

    /** The breaker state of a provider, for status displays. */
    public CircuitBreaker.State circuitState(String providerId) {
        return slots.stream().filter(slot -> slot.generator().id().equals(providerId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown provider " + providerId))
                .breaker().state();
    }

    private record ProviderSlot(ImageGenerator generator, CircuitBreaker breaker, Semaphore permits,
                                RequestRateLimit rateLimit) {
    }

    /** The state of one {@link #generate} call. */
    private final class Routing {
        private final List<Attempt> attempts = new ArrayList<>();
        private RuntimeException lastFailure;

        /** The provider's result, or null when the next provider should be asked. */
        ImageResult tryProvider(ProviderSlot slot, Call call) {
            String id = slot.generator().id();
            Call current = call;
            boolean sanitised = false;
            int retries = 0;
            int rejections = 0;
            while (true) {
                throwIfInterrupted();
                ImageGenerationRequest priced = current.priced();
                if (!gate.admit(slot.generator(), priced)) {
                    attempts.add(new Attempt(id, Outcome.OVER_BUDGET, 0));
                    return null;
                }
                if (!slot.breaker().tryAcquire()) {
                    gate.settle(slot.generator(), priced, null);
                    attempts.add(new Attempt(id, Outcome.CIRCUIT_OPEN, 0));
                    return null;
                }
                long started = NOT_STARTED;
                try {
                    ImageResult result = null;
                    try {
                        pause(slot.rateLimit().reserve());
                        acquire(slot.permits());
                        started = clock.nanoTime();
                        try {
                            result = current.make(slot.generator());
                        } finally {
                            slot.permits().release();
                        }
                    } finally {
                        gate.settle(slot.generator(), priced, result);
                    }
                    slot.breaker().recordSuccess();
                    long latencyMs = latencyMs(started);
                    Optional<String> rejection = current.rejection(acceptance, result);
                    if (rejection.isEmpty()) {
                        attempts.add(new Attempt(id, Outcome.SUCCEEDED, latencyMs));
                        return result;
                    }
                    // Paid for though unused: the attempt keeps its cost for the ledger.
                    attempts.add(new Attempt(id, Outcome.REJECTED, latencyMs, rejection.get(), result.costUsd()));
                    if (rejections >= regenerations) {
                        lastFailure = new ProviderException(Failure.BAD_RESPONSE, id + "'s images were rejected "
                                + (rejections + 1) + " times, last: " + rejection.get());
                        LOG.info("{} failed over: its image was rejected ({}) {} times", id, rejection.get(),
                                rejections + 1);
                        return null;
                    }
                    rejections++;
                    LOG.info("{} delivered an image the quality gate rejected ({}); asking again", id, rejection.get());
                    // The same seed would give the same image back from a provider that honours seeds.
                    Long seed = call.priced().seed();
                    current = current.withSeed(seed == null ? null : seed + rejections);
                } catch (ProviderException failure) {
                    if (failure.failure() == Failure.CANCELLED) {
                        slot.breaker().recordNeutral();
                        record(id, Outcome.CANCELLED, started);
                        throw failure;
                    }
                    lastFailure = failure;
                    if (failure.failure() == Failure.REFUSED) {
                        // A refusal is about the prompt, not the provider's health.
                        slot.breaker().recordNeutral();
                        String safer = sanitised ? current.prompt() : sanitiser.sanitise(current.prompt());
                        if (!safer.isBlank() && !safer.equals(current.prompt())) {
                            LOG.info("{} refused the prompt; retrying once with a sanitised prompt", id);
                            record(id, Outcome.REFUSED, started);
                            current = current.withPrompt(safer);
                            sanitised = true;
                            continue;
                        }
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

        private ImageResult failOver(String id, RuntimeException failure, long started) {
            record(id, Outcome.FAILED_OVER, started);
            LOG.info("{} failed over: {}", id, failure.toString());
            return null;
        }

        private void record(String id, Outcome outcome, long started) {
            attempts.add(new Attempt(id, outcome, latencyMs(started)));
        }

        private long latencyMs(long started) {
            long latencyNanos = started == NOT_STARTED ? 0 : Math.max(0, clock.nanoTime() - started);
            return latencyNanos / 1_000_000;
        }
    }

    private static ImageGenerationRequest withSeed(ImageGenerationRequest request, Long seed) {
        return new ImageGenerationRequest(request.model(), request.prompt(), request.negativePrompt(), request.width(),
                request.height(), seed, request.quality());
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
        return new ProviderException(Failure.CANCELLED, "image generation cancelled", null, cause);
    }
}
