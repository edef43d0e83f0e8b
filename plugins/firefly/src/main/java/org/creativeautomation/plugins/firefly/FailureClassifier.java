package org.creativeautomation.plugins.firefly;

import okhttp3.Headers;
import org.creativeautomation.engine.spi.Failure;
import org.creativeautomation.engine.spi.ProviderException;
import org.creativeautomation.engine.spi.Secret;

import java.time.Duration;
import java.util.Locale;
import java.util.Set;

/**
 * Turns Firefly's and IMS's error answers into the router's {@link Failure}s.
 * <p>Content-policy codes are those of Firefly's API description: the 451
 * {@code ContentPolicyErrorCode} set ({@code prompt_unsafe}, {@code prompt_entity_denied},
 * {@code legal_error}, {@code image_unsafe}, {@code input_media_unsafe},
 * {@code reference_image_unsafe_error}, {@code video_unsafe}) and the job error
 * {@code output_media_unsafe}. A 400 or 422 carrying one of them is a refusal too; any other
 * 400/422 ({@code validation_error}, {@code bad_request}) is a request Firefly will never accept.
 */
final class FailureClassifier {
    static final Set<String> CONTENT_POLICY_CODES = Set.of("prompt_unsafe", "prompt_entity_denied", "legal_error",
            "image_unsafe", "input_media_unsafe", "output_media_unsafe", "reference_image_unsafe_error", "video_unsafe");

    private final Set<Secret> neverShown;

    /** @param neverShown values masked out of every message, whatever a server echoes back */
    FailureClassifier(Set<Secret> neverShown) {
        this.neverShown = Set.copyOf(neverShown);
    }

    /**
     * @param what   the call, for the message, e.g. {@code "Firefly job submission"}
     * @param status the HTTP status, not 2xx
     */
    ProviderException httpFailure(String what, int status, String body, Headers headers, Secret... alsoMask) {
        ErrorResponse error = ErrorResponse.parse(body);
        String message = mask(what + " answered " + status + describe(error), alsoMask);
        if (status == 429) {
            return new ProviderException(Failure.RATE_LIMITED, message, retryAfter(headers));
        }
        if (status == 451 || ((status == 400 || status == 422) && isContentPolicy(error.code()))) {
            return new ProviderException(Failure.REFUSED, message + " (refused by the content policy)");
        }
        if (status == 401 || status == 403) {
            return new ProviderException(Failure.AUTH, message + " (check " + FireflySettings.CLIENT_ID + ", "
                    + FireflySettings.CLIENT_SECRET + " and the credential's Firefly scopes)");
        }
        if (status == 408 || status == 504) {
            return new ProviderException(Failure.TIMEOUT, message, retryAfter(headers));
        }
        if (status >= 500) {
            return new ProviderException(Failure.SERVER_ERROR, message, retryAfter(headers));
        }
        return new ProviderException(Failure.BAD_RESPONSE, message + " (the request was rejected)");
    }

    /**
     * A job that ended without images. A content-policy code is a refusal; a timeout is one; an
     * unexplained failure or a cancellation nobody here asked for is the provider's problem.
     */
    ProviderException jobFailure(String jobId, JobStatus status, ErrorResponse error) {
        String message = mask("Firefly job " + jobId + " ended " + status.name().toLowerCase(Locale.ROOT)
                + describe(error));
        if (isContentPolicy(error.code())) {
            return new ProviderException(Failure.REFUSED, message + " (refused by the content policy)");
        }
        if (status == JobStatus.TIMEOUT || "timeout_error".equals(error.code())) {
            return new ProviderException(Failure.TIMEOUT, message);
        }
        return new ProviderException(Failure.SERVER_ERROR, message);
    }

    static boolean isContentPolicy(String code) {
        return CONTENT_POLICY_CODES.contains(code);
    }

    String mask(String text, Secret... alsoMask) {
        String masked = text;
        for (Secret secret : neverShown) {
            masked = maskOne(masked, secret);
        }
        for (Secret secret : alsoMask) {
            masked = maskOne(masked, secret);
        }
        return masked;
    }

    private static String maskOne(String text, Secret secret) {
        return secret == null || secret.reveal().isEmpty() ? text : text.replace(secret.reveal(), "***");
    }

    private static String describe(ErrorResponse error) {
        String code = error.code().isEmpty() ? "" : " " + error.code();
        String text = error.message().isEmpty() ? "" : ": " + error.message();
        return code + text;
    }

    /** Firefly documents Retry-After in seconds; an HTTP date is left to the router's backoff. */
    static Duration retryAfter(Headers headers) {
        String value = headers.get("Retry-After");
        if (value == null) {
            return null;
        }
        try {
            double seconds = Double.parseDouble(value.trim());
            return seconds >= 0 && Double.isFinite(seconds) ? Duration.ofMillis(Math.round(seconds * 1000)) : null;
        } catch (NumberFormatException notSeconds) {
            return null;
        }
    }
}
