package org.creativeautomation.plugins.firefly;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import okhttp3.FormBody;
import okhttp3.Request;
import org.creativeautomation.engine.spi.Failure;
import org.creativeautomation.engine.spi.ProviderException;
import org.creativeautomation.engine.spi.Secret;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.time.Duration;
import java.util.Objects;

/**
 * Access tokens from Adobe IMS by the OAuth client-credentials grant
 * ({@code POST /ims/token/v3}, form fields {@code client_id}, {@code client_secret},
 * {@code grant_type=client_credentials}, {@code scope}; answer {@code access_token},
 * {@code token_type}, {@code expires_in} in seconds, 24 hours today).
 * <p>A token is reused until shortly before it expires: a tenth of its lifetime early, at most
 * five minutes, so a job started just before expiry still polls with a valid token. Safe to share
 * between threads; one fetch serves all threads waiting for it.
 */
final class ImsTokenSource {
    private static final Logger LOG = LoggerFactory.getLogger(ImsTokenSource.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration MAX_MARGIN = Duration.ofMinutes(5);
    private static final String WHAT = "Adobe IMS token request";

    private final FireflySettings settings;
    private final HttpTransport transport;
    private final FailureClassifier failures;
    private final MonotonicClock clock;

    private AccessToken cached;

    ImsTokenSource(FireflySettings settings, HttpTransport transport, FailureClassifier failures, MonotonicClock clock) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.transport = Objects.requireNonNull(transport, "transport");
        this.failures = Objects.requireNonNull(failures, "failures");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** A token that is not about to expire, fetched only when the cached one is. */
    synchronized AccessToken current() {
        if (cached == null || !cached.usableAt(clock.nanoTime())) {
            cached = fetch();
        }
        return cached;
    }

    /**
     * A fresh token after Firefly rejected {@code rejected}. When another thread already replaced
     * it, that replacement is returned instead of fetching again.
     */
    synchronized AccessToken replace(AccessToken rejected) {
        if (cached == null || cached == rejected) {
            cached = fetch();
        }
        return cached;
    }

    private AccessToken fetch() {
        Request request = new Request.Builder()
                .url(settings.imsUrl())
                .post(new FormBody.Builder()
                        .add("client_id", settings.clientId())
                        .add("client_secret", settings.clientSecret().reveal())
                        .add("grant_type", "client_credentials")
                        .add("scope", settings.scope())
                        .build())
                .header("Accept", "application/json")
                .build();
        long asked = clock.nanoTime();
        HttpAnswer answer = transport.send(request, WHAT);
        if (!answer.isSuccessful()) {
            ProviderException failure = failures.httpFailure(WHAT, answer.status(), answer.text(), answer.headers());
            // IMS answers a wrong client id or secret with 400 invalid_client: no retry can fix that.
            if (answer.status() == 400 || failure.failure() == Failure.AUTH) {
                throw new ProviderException(Failure.AUTH, failures.mask(WHAT + " answered " + answer.status()
                        + codeOf(answer) + " (check " + FireflySettings.CLIENT_ID + ", " + FireflySettings.CLIENT_SECRET
                        + " and " + FireflySettings.SCOPE + ")"));
            }
            throw failure;
        }
        JsonNode body = readJson(answer);
        JsonNode token = body.get("access_token");
        JsonNode expiresIn = body.get("expires_in");
        if (token == null || !token.isTextual() || token.asText().isBlank()) {
            throw new ProviderException(Failure.BAD_RESPONSE, WHAT + " answered without an access_token");
        }
        long lifetimeSeconds = expiresIn == null ? -1 : expiresIn.asLong(-1);
        if (lifetimeSeconds <= 0) {
            throw new ProviderException(Failure.BAD_RESPONSE, WHAT + " answered without a positive expires_in");
        }
        Duration lifetime = Duration.ofSeconds(lifetimeSeconds);
        Duration margin = lifetime.dividedBy(10);
        if (margin.compareTo(MAX_MARGIN) > 0) {
            margin = MAX_MARGIN;
        }
        LOG.debug("Fetched an IMS access token valid for {} s", lifetimeSeconds);
        return new AccessToken(Secret.of(token.asText()), asked + lifetime.minus(margin).toNanos());
    }

    private static String codeOf(HttpAnswer answer) {
        String code = ErrorResponse.parse(answer.text()).code();
        return code.isEmpty() ? "" : " " + code;
    }

    private static JsonNode readJson(HttpAnswer answer) {
        try {
            JsonNode body = JSON.readTree(answer.body());
            if (body == null || !body.isObject()) {
                throw new ProviderException(Failure.BAD_RESPONSE, WHAT + " answered something other than a JSON object");
            }
            return body;
        } catch (IOException e) {
            // No cause attached: a parser's message may quote the answer, and the answer holds the token.
            throw new ProviderException(Failure.BAD_RESPONSE, WHAT + " answered malformed JSON");
        }
    }
}
