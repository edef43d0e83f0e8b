package org.creativeautomation.plugins.openai;

import com.openai.errors.OpenAIIoException;
import com.openai.errors.OpenAIServiceException;
import org.creativeautomation.engine.spi.Failure;
import org.creativeautomation.engine.spi.ProviderException;

import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;

/**
 * Turns what the OpenAI SDK throws into the router's failures, the same way for images and text.
 * Messages carry the status and the API's error code, never the key or the request body.
 */
final class OpenAiFailures {

    private OpenAiFailures() {
    }

    /** Runs one SDK call; a {@link ProviderException} raised inside passes through unchanged. */
    static <T> T call(Supplier<T> sdkCall) {
        try {
            return sdkCall.get();
        } catch (OpenAIServiceException e) {
            throw translate(e);
        } catch (OpenAIIoException e) {
            throw new ProviderException(Failure.TIMEOUT, "OpenAI could not be reached: " + e.getMessage(), null, e);
        } catch (ProviderException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new ProviderException(Failure.BAD_RESPONSE, "OpenAI's answer could not be read: " + e.getMessage(),
                    null, e);
        }
    }

    /** Maps the API's HTTP errors onto the router's failures; a content-policy rejection is a refusal. */
    static ProviderException translate(OpenAIServiceException e) {
        int status = e.statusCode();
        String code = e.code().orElse("");
        String message = "OpenAI " + status + (code.isEmpty() ? "" : " " + code);
        if (status == 400 && code.contains("content_policy")) {
            return new ProviderException(Failure.REFUSED, message + ": the prompt was refused by the content policy", null, e);
        }
        if (status == 401 || status == 403) {
            return new ProviderException(Failure.AUTH, message + ": the API key was not accepted", null, e);
        }
        if (status == 429) {
            return new ProviderException(Failure.RATE_LIMITED, message + ": rate limited", retryAfter(e), e);
        }
        if (status == 408 || status >= 500) {
            return new ProviderException(status == 408 ? Failure.TIMEOUT : Failure.SERVER_ERROR, message, retryAfter(e), e);
        }
        return new ProviderException(Failure.BAD_RESPONSE, message + ": the request was rejected", null, e);
    }

    private static Duration retryAfter(OpenAIServiceException e) {
        List<String> values = e.headers().values("retry-after");
        if (values.isEmpty()) {
            return null;
        }
        try {
            return Duration.ofMillis(Math.round(Double.parseDouble(values.get(0).trim()) * 1000));
        } catch (NumberFormatException ignored) {
            return null;
        }
    }
}
