package org.creativeautomation.plugins.anthropic;

import com.anthropic.errors.AnthropicInvalidDataException;
import com.anthropic.errors.AnthropicIoException;
import com.anthropic.errors.AnthropicServiceException;
import com.anthropic.models.ErrorType;
import org.creativeautomation.engine.spi.Failure;
import org.creativeautomation.engine.spi.ProviderException;

import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;

/**
 * Turns what the Anthropic SDK throws into the router's failures. Messages carry the status, the
 * API's error type and request id, never the key or the request body.
 */
final class AnthropicFailures {

    private AnthropicFailures() {
    }

    /** Runs one SDK call, reading its answer inside, so lazily parsed fields fail here too. */
    static <T> T call(Supplier<T> sdkCall) {
        try {
            return sdkCall.get();
        } catch (AnthropicServiceException e) {
            throw translate(e);
        } catch (AnthropicIoException e) {
            throw new ProviderException(Failure.TIMEOUT, "Anthropic could not be reached in time: "
                    + describe(e.getCause()), null, e);
        } catch (AnthropicInvalidDataException e) {
            throw new ProviderException(Failure.BAD_RESPONSE, "Anthropic's answer could not be read: "
                    + e.getMessage(), null, e);
        } catch (ProviderException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new ProviderException(Failure.BAD_RESPONSE, "Anthropic's answer could not be read: "
                    + e.getClass().getSimpleName(), null, e);
        }
    }

    /** Maps the API's HTTP errors; 529 is Anthropic's "overloaded", a server-side condition worth retrying. */
    static ProviderException translate(AnthropicServiceException e) {
        int status = e.statusCode();
        String type = e.type().map(ErrorType::asString).orElse("");
        String message = "Anthropic " + status + (type.isEmpty() ? "" : " " + type)
                + e.requestId().map(id -> " (request " + id + ")").orElse("");
        if (status == 401 || status == 403) {
            return new ProviderException(Failure.AUTH, message + ": the API key was not accepted", null, e);
        }
        if (status == 402) {
            return new ProviderException(Failure.AUTH, message + ": the account cannot be billed", null, e);
        }
        if (status == 429) {
            return new ProviderException(Failure.RATE_LIMITED, message + ": rate limited", retryAfter(e), e);
        }
        if (status == 408 || status == 504) {
            return new ProviderException(Failure.TIMEOUT, message + ": timed out", retryAfter(e), e);
        }
        if (status >= 500) {
            return new ProviderException(Failure.SERVER_ERROR, message, retryAfter(e), e);
        }
        return new ProviderException(Failure.BAD_RESPONSE, message + ": the request was rejected", null, e);
    }

    /** Retry-After in seconds, as Anthropic sends it; an HTTP date is ignored and the router backs off. */
    private static Duration retryAfter(AnthropicServiceException e) {
        List<String> values = e.headers().values("retry-after");
        if (values.isEmpty()) {
            return null;
        }
        try {
            double seconds = Double.parseDouble(values.get(0).trim());
            return seconds < 0 ? null : Duration.ofMillis(Math.round(seconds * 1000));
        } catch (NumberFormatException ignored) {
            return null;
        }
    }

    private static String describe(Throwable cause) {
        return cause == null ? "no detail" : cause.getClass().getSimpleName();
    }
}
