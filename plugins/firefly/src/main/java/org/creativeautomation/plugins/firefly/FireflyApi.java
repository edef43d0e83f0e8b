package org.creativeautomation.plugins.firefly;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import org.creativeautomation.engine.spi.Failure;
import org.creativeautomation.engine.spi.ProviderException;

import java.io.IOException;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Authorised calls to the Firefly API: every request carries {@code Authorization: Bearer} and
 * {@code x-api-key} (the client id). A 401 means the token was revoked or expired early; the
 * token is replaced once and the call repeated, and a second 401 is an auth failure. A 403 is
 * not retried: it means the credential lacks Firefly's scopes, which a new token does not change.
 * <p>Credentials are only sent to the configured API origin or to https hosts under
 * {@code adobe.io} (Firefly hands out status URLs on regional hosts such as
 * {@code firefly-epo854211.adobe.io}), never to a URL an answer names elsewhere.
 */
final class FireflyApi {
    static final MediaType JSON_TYPE = MediaType.get("application/json");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final FireflySettings settings;
    private final HttpTransport transport;
    private final ImsTokenSource tokens;
    private final FailureClassifier failures;

    FireflyApi(FireflySettings settings, HttpTransport transport, ImsTokenSource tokens, FailureClassifier failures) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.transport = Objects.requireNonNull(transport, "transport");
        this.tokens = Objects.requireNonNull(tokens, "tokens");
        this.failures = Objects.requireNonNull(failures, "failures");
    }

    FailureClassifier failures() {
        return failures;
    }

    /**
     * A path under the API root, e.g. {@code v3/images/generate-async}; a root with a path of its
     * own (a proxy's prefix) keeps it.
     */
    HttpUrl endpoint(String path) {
        return settings.baseUrl().newBuilder().addPathSegments(path.startsWith("/") ? path.substring(1) : path).build();
    }

    /** {@code POST} a JSON body to a path under the API root and read the JSON object answered. */
    JsonNode postJson(String path, JsonNode body, Map<String, String> headers, String what) {
        HttpUrl url = endpoint(path);
        byte[] json;
        try {
            json = JSON.writeValueAsBytes(body);
        } catch (IOException e) {
            throw new IllegalStateException("a request body could not be written as JSON", e);
        }
        RequestBody requestBody = RequestBody.create(json, JSON_TYPE);
        return readObject(send(token -> {
            Request.Builder request = authorised(url, token).post(requestBody);
            headers.forEach(request::header);
            return request.build();
        }, what), what);
    }

    /** {@code GET} a URL Firefly handed out (a job's status URL) and read its JSON object. */
    JsonNode getJson(HttpUrl url, String what) {
        requireTrusted(url, what);
        return readObject(send(token -> authorised(url, token).get().build(), what), what);
    }

    /** {@code PUT} with an empty body, e.g. to a job's cancel URL; the answer is not read. */
    void put(HttpUrl url, String what) {
        requireTrusted(url, what);
        send(token -> authorised(url, token).put(RequestBody.create(new byte[0], null)).build(), what);
    }

    /** Whether the plugin's credentials may go to this URL. */
    boolean trusts(HttpUrl url) {
        HttpUrl base = settings.baseUrl();
        boolean sameOrigin = url.scheme().equals(base.scheme()) && url.host().equals(base.host())
                && url.port() == base.port();
        boolean adobeHost = url.isHttps() && (url.host().equals("adobe.io") || url.host().endsWith(".adobe.io"));
        return sameOrigin || adobeHost;
    }

    private void requireTrusted(HttpUrl url, String what) {
        if (!trusts(url)) {
            throw new ProviderException(Failure.BAD_RESPONSE, what + ": Firefly named a URL on " + url.host()
                    + ", outside " + settings.baseUrl().host() + " and adobe.io; credentials are not sent there");
        }
    }

    private Request.Builder authorised(HttpUrl url, AccessToken token) {
        return new Request.Builder()
                .url(url)
                .header("Authorization", "Bearer " + token.value().reveal())
                .header("x-api-key", settings.clientId())
                .header("Accept", "application/json");
    }

    private HttpAnswer send(Function<AccessToken, Request> request, String what) {
        AccessToken token = tokens.current();
        HttpAnswer answer = transport.send(request.apply(token), what);
        if (answer.status() == 401) {
            token = tokens.replace(token);
            answer = transport.send(request.apply(token), what);
        }
        if (!answer.isSuccessful()) {
            throw failures.httpFailure(what, answer.status(), answer.text(), answer.headers(), token.value());
        }
        return answer;
    }

    private static JsonNode readObject(HttpAnswer answer, String what) {
        JsonNode node;
        try {
            node = JSON.readTree(answer.body());
        } catch (IOException e) {
            throw new ProviderException(Failure.BAD_RESPONSE, what + " answered malformed JSON", null, e);
        }
        if (node == null || !node.isObject()) {
            throw new ProviderException(Failure.BAD_RESPONSE, what + " answered something other than a JSON object");
        }
        return node;
    }
}
