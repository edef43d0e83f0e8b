package org.creativeautomation.plugins.firefly;

import okhttp3.HttpUrl;

import java.util.Objects;

/**
 * An accepted asynchronous Firefly job: what {@code POST /v3/images/*-async} answers.
 *
 * @param cancelUrl null when Firefly gave none
 */
record SubmittedJob(String jobId, HttpUrl statusUrl, HttpUrl cancelUrl) {

    SubmittedJob {
        Objects.requireNonNull(jobId, "jobId");
        Objects.requireNonNull(statusUrl, "statusUrl");
    }
}
