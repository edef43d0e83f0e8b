package org.creativeautomation.plugins.stablediffusion;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.creativeautomation.engine.spi.Failure;
import org.creativeautomation.engine.spi.ProviderException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Objects;

/**
 * HTTP to one local Stable Diffusion server, with transport failures turned into the router's
 * {@link Failure}s. A refused connection is the usual case (the server is not started), so its
 * message names the URL setting. Status codes are left to the caller, which knows what its
 * server means by them, with {@link #statusFailure} for the common cases.
 */
public final class LocalServerClient {
    private static final Logger LOG = LoggerFactory.getLogger(LocalServerClient.class);
    private static final MediaType JSON_TYPE = MediaType.get("application/json");
    private static final int MAX_DETAIL_CHARS = 400;

    private final String serverName;
    private final ServerAddress address;
    private final OkHttpClient http;
    private final String timeoutSetting;
    private final ObjectMapper json = new ObjectMapper();

    /**
     * @param serverName     how messages call the server, e.g. {@code AUTOMATIC1111}
     * @param timeoutSetting the setting that decides the read timeout, named when it runs out
     */
    public LocalServerClient(String serverName, ServerAddress address, OkHttpClient http, String timeoutSetting) {
        this.serverName = Objects.requireNonNull(serverName, "serverName");
        this.address = Objects.requireNonNull(address, "address");
        this.http = Objects.requireNonNull(http, "http");
        this.timeoutSetting = Objects.requireNonNull(timeoutSetting, "timeoutSetting");
    }

    public ServerAddress address() {
        return address;
    }

    public ObjectMapper mapper() {
        return json;
    }

    public HttpUrl endpoint(String path) {
        return address.endpoint(path);
    }

    public ServerReply postJson(String path, JsonNode body) {
        byte[] bytes;
        try {
            bytes = json.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serialises", e);
        }
        return send(new Request.Builder().url(endpoint(path)).post(RequestBody.create(bytes, JSON_TYPE)).build());
    }

    public ServerReply get(HttpUrl url) {
        return send(new Request.Builder().url(url).get().build());
    }

    private ServerReply send(Request request) {
        LOG.debug("{} {} {}", serverName, request.method(), request.url().encodedPath());
        try (Response response = http.newCall(request).execute()) {
            ResponseBody body = response.body();
            return new ServerReply(response.code(), body.bytes());
        } catch (ConnectException | NoRouteToHostException | UnknownHostException e) {
            throw new ProviderException(Failure.SERVER_ERROR, serverName + " could not be reached at "
                    + address.display() + " (" + address.setting() + "): " + reason(e) + "; is the server running?",
                    null, e);
        } catch (InterruptedIOException e) {
            if (Thread.currentThread().isInterrupted()) {
                throw new ProviderException(Failure.CANCELLED, serverName + " call was interrupted", null, e);
            }
            throw new ProviderException(Failure.TIMEOUT, serverName + " at " + address.display()
                    + " did not answer within " + shown(Duration.ofMillis(http.readTimeoutMillis())) + " ("
                    + timeoutSetting + ")", null, e);
        } catch (IOException e) {
            throw new ProviderException(Failure.SERVER_ERROR, serverName + " at " + address.display()
                    + " broke off the exchange: " + reason(e), null, e);
        }
    }

    /** The body as JSON; anything else means the server is not the one we think it is. */
    public JsonNode json(ServerReply reply, String what) {
        try {
            JsonNode node = json.readTree(reply.body());
            if (node == null || node.isMissingNode()) {
                throw new ProviderException(Failure.BAD_RESPONSE, serverName + " answered " + what + " with an empty body");
            }
            return node;
        } catch (IOException e) {
            throw new ProviderException(Failure.BAD_RESPONSE, serverName + " answered " + what
                    + " with something that is not JSON: " + excerpt(reply.text()), null, e);
        }
    }

    /**
     * The failure an unsuccessful status stands for: 401/403 credentials, 408 timeout, 429 rate
     * limit, 5xx the server broke, any other 4xx the request was refused.
     */
    public ProviderException statusFailure(ServerReply reply, String detail) {
        int code = reply.code();
        String message = serverName + " at " + address.display() + " answered " + code
                + (detail == null || detail.isBlank() ? "" : ": " + excerpt(detail));
        if (code == 401 || code == 403) {
            return new ProviderException(Failure.AUTH, message);
        }
        if (code == 408) {
            return new ProviderException(Failure.TIMEOUT, message);
        }
        if (code == 429) {
            return new ProviderException(Failure.RATE_LIMITED, message);
        }
        if (code >= 500) {
            return new ProviderException(Failure.SERVER_ERROR, message);
        }
        return new ProviderException(Failure.BAD_RESPONSE, message);
    }

    /** A server's text cut to a length that keeps a log line readable. */
    public static String excerpt(String text) {
        String flat = text.strip().replaceAll("\\s+", " ");
        return flat.length() <= MAX_DETAIL_CHARS ? flat : flat.substring(0, MAX_DETAIL_CHARS) + "…";
    }

    private static String shown(Duration duration) {
        return duration.toMillis() >= 1000 ? duration.toSeconds() + " s" : duration.toMillis() + " ms";
    }

    private static String reason(IOException e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    @Override
    public String toString() {
        return serverName + " at " + address.display();
    }
}
