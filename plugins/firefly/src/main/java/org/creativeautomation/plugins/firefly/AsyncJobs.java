package org.creativeautomation.plugins.firefly;

import com.fasterxml.jackson.databind.JsonNode;
import okhttp3.HttpUrl;
import org.creativeautomation.engine.spi.Failure;
import org.creativeautomation.engine.spi.ProviderException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Map;
import java.util.Objects;

/**
 * Runs one of Firefly's asynchronous operations to its end: waits for the submission rate limit,
 * submits ({@code POST /v3/images/generate-async}, {@code /v3/images/expand-async}, ... all answer
 * {@code jobId}, {@code statusUrl}, {@code cancelUrl}), then polls the job. Generation uses it
 * today; an expand operation would call it with its own path and body.
 */
final class AsyncJobs {
    private static final Logger LOG = LoggerFactory.getLogger(AsyncJobs.class);
    private static final String WHAT = "Firefly job submission";

    private final FireflyApi api;
    private final SubmissionRateLimit rateLimit;
    private final JobPoller poller;

    AsyncJobs(FireflyApi api, SubmissionRateLimit rateLimit, JobPoller poller) {
        this.api = Objects.requireNonNull(api, "api");
        this.rateLimit = Objects.requireNonNull(rateLimit, "rateLimit");
        this.poller = Objects.requireNonNull(poller, "poller");
    }

    /**
     * @param path    e.g. {@code /v3/images/generate-async}
     * @param headers extra request headers such as {@code x-model-version}
     */
    CompletedJob run(String path, JsonNode body, Map<String, String> headers) {
        rateLimit.acquire();
        SubmittedJob job = submitted(api.postJson(path, body, headers, WHAT));
        LOG.debug("Firefly accepted job {}", job.jobId());
        return poller.await(job);
    }

    private SubmittedJob submitted(JsonNode answer) {
        JsonNode jobId = answer.get("jobId");
        if (jobId == null || !jobId.isTextual() || jobId.asText().isBlank()) {
            throw new ProviderException(Failure.BAD_RESPONSE, WHAT + " answered without a jobId");
        }
        String id = jobId.asText();
        HttpUrl statusUrl = url(answer, "statusUrl", id);
        if (statusUrl == null) {
            // The status endpoint is documented as /v3/status/{jobId}; an answer without the URL still names the job.
            statusUrl = api.endpoint("v3/status").newBuilder().addPathSegment(id).build();
        }
        return new SubmittedJob(id, statusUrl, url(answer, "cancelUrl", id));
    }

    private static HttpUrl url(JsonNode answer, String field, String jobId) {
        JsonNode value = answer.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        HttpUrl url = value.isTextual() ? HttpUrl.parse(value.asText()) : null;
        if (url == null) {
            throw new ProviderException(Failure.BAD_RESPONSE, WHAT + " for job " + jobId + " has an unusable " + field);
        }
        return url;
    }
}
