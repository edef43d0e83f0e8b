package org.creativeautomation.engine.spi;

/**
 * Why a provider call failed. The kind decides what a router does next: retry, retry with a
 * sanitised prompt, fail over, or stop.
 */
public enum Failure {
    /** Too many requests; worth retrying later, ideally after the provider's Retry-After. */
    RATE_LIMITED,
    /** The provider's content policy refused the prompt. */
    REFUSED,
    /** No answer in time. */
    TIMEOUT,
    /** The provider broke (5xx and the like); worth retrying. */
    SERVER_ERROR,
    /** Missing or rejected credentials; retrying cannot help. */
    AUTH,
    /** The provider answered with something unusable; retrying is unlikely to help. */
    BAD_RESPONSE,
    /** The caller gave up; nothing more should be tried. */
    CANCELLED;

    /** Whether the same provider may succeed if asked again after a pause. */
    public boolean isTransient() {
        return this == RATE_LIMITED || this == TIMEOUT || this == SERVER_ERROR;
    }
}
