package org.creativeautomation.plugins.firefly;

import com.fasterxml.jackson.databind.JsonNode;
import org.creativeautomation.engine.spi.Failure;
import org.creativeautomation.engine.spi.ProviderException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Polls a job's status URL until it succeeds, fails or runs out of time.
 * <p>{@code not_started}, {@code pending}, {@code running} and {@code cancel_pending} keep polling.
 * A job that outlives the timeout, or whose caller is interrupted, is cancelled on a best-effort
 * basis ({@code PUT cancelUrl}) so it stops costing credits, then reported as
 * {@link Failure#TIMEOUT} or {@link Failure#CANCELLED}.
 */
final class JobPoller {
    private static final Logger LOG = LoggerFactory.getLogger(JobPoller.class);
    private static final String WHAT = "Firefly job status";
    private static final Pattern WIRE_WORD = Pattern.compile("[A-Za-z_]{1,32}");

    private final FireflyApi api;
    private final MonotonicClock clock;
    private final Sleeper sleeper;
    private final Duration interval;
    private final Duration timeout;

    JobPoller(FireflyApi api, MonotonicClock clock, Sleeper sleeper, Duration interval, Duration timeout) {
        this.api = Objects.requireNonNull(api, "api");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
        this.interval = Objects.requireNonNull(interval, "interval");
        this.timeout = Objects.requireNonNull(timeout, "timeout");
    }

    CompletedJob await(SubmittedJob job) {
        long started = clock.nanoTime();
        while (true) {
            long remaining = timeout.toNanos() - (clock.nanoTime() - started);
            if (remaining <= 0) {
                cancelQuietly(job);
                throw new ProviderException(Failure.TIMEOUT, "Firefly job " + job.jobId() + " did not finish within "
                        + timeout.toSeconds() + " s");
            }
            pause(job, Duration.ofNanos(Math.min(interval.toNanos(), remaining)));
            JsonNode answer = api.getJson(job.statusUrl(), WHAT);
            JobStatus status = statusOf(job, answer);
            LOG.debug("Firefly job {} is {}", job.jobId(), status);
            if (status == JobStatus.SUCCEEDED) {
                return completed(job, answer);
            }
            if (status.isFinal()) {
                throw api.failures().jobFailure(job.jobId(), status, errorOf(answer));
            }
        }
    }

    private void pause(SubmittedJob job, Duration wait) {
        try {
            sleeper.sleep(wait);
        } catch (InterruptedException e) {
            cancelQuietly(job);
            Thread.currentThread().interrupt();
            throw new ProviderException(Failure.CANCELLED, "Firefly job " + job.jobId() + " cancelled", null, e);
        }
    }

    /** Cancelling is a courtesy that saves credits; its failure changes nothing for the caller. */
    private void cancelQuietly(SubmittedJob job) {
        if (job.cancelUrl() == null) {
            return;
        }
        boolean interrupted = Thread.interrupted();
        try {
            api.put(job.cancelUrl(), "Firefly job cancellation");
        } catch (RuntimeException e) {
            LOG.debug("Firefly job {} could not be cancelled: {}", job.jobId(), e.getMessage());
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static JobStatus statusOf(SubmittedJob job, JsonNode answer) {
        JsonNode status = answer.get("status");
        if (status == null || !status.isTextual()) {
            throw new ProviderException(Failure.BAD_RESPONSE, WHAT + " of job " + job.jobId() + " has no status");
        }
        return JobStatus.fromWire(status.asText()).orElseThrow(() -> new ProviderException(Failure.BAD_RESPONSE,
                WHAT + " of job " + job.jobId() + " is an unknown status"
                        + (WIRE_WORD.matcher(status.asText()).matches() ? " '" + status.asText() + "'" : "")));
    }

    private static CompletedJob completed(SubmittedJob job, JsonNode answer) {
        JsonNode result = answer.path("result");
        List<GeneratedOutput> outputs = new ArrayList<>();
        for (JsonNode output : result.path("outputs")) {
            JsonNode url = output.path("image").path("url");
            if (!url.isTextual() || url.asText().isBlank()) {
                throw new ProviderException(Failure.BAD_RESPONSE, "Firefly job " + job.jobId()
                        + " succeeded with an output that has no image.url");
            }
            outputs.add(new GeneratedOutput(output.path("seed").asLong(0), url.asText()));
        }
        if (outputs.isEmpty()) {
            throw new ProviderException(Failure.BAD_RESPONSE, "Firefly job " + job.jobId() + " succeeded without outputs");
        }
        JsonNode size = result.path("size");
        return new CompletedJob(job.jobId(), outputs, size.path("width").asInt(0), size.path("height").asInt(0));
    }

    /** Failed jobs carry error_code and message beside the status; older answers nest them. */
    private static ErrorResponse errorOf(JsonNode answer) {
        ErrorResponse error = ErrorResponse.of(answer);
        if (error.code().isEmpty() && answer.has("error")) {
            error = ErrorResponse.of(answer.get("error"));
        }
        if (error.code().isEmpty() && answer.path("errors").isArray() && !answer.path("errors").isEmpty()) {
            error = ErrorResponse.of(answer.path("errors").get(0));
        }
        return error;
    }
}
