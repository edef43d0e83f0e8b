package org.creativeautomation.plugins.firefly;

import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.creativeautomation.engine.spi.Failure;
import org.creativeautomation.engine.spi.ProviderException;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.SocketTimeoutException;
import java.util.Objects;

/**
 * Sends one request and reads the whole answer, turning network trouble into
 * {@link ProviderException}s: a read or connect timeout is {@link Failure#TIMEOUT}, so is a server
 * that cannot be reached (the router retries, then fails over), and an interrupted caller is
 * {@link Failure#CANCELLED}.
 */
final class HttpTransport {
    /** Firefly's images are a few megabytes; a larger answer is not an image worth holding. */
    static final int MAX_BODY_BYTES = 64 * 1024 * 1024;

    private final OkHttpClient http;

    HttpTransport(OkHttpClient http) {
        this.http = Objects.requireNonNull(http, "http");
    }

    /** @param what the call, for messages, e.g. {@code "Firefly job status"} */
    HttpAnswer send(Request request, String what) {
        try (Response response = http.newCall(request).execute()) {
            return new HttpAnswer(response.code(), response.headers(), read(response.body(), what));
        } catch (SocketTimeoutException e) {
            throw new ProviderException(Failure.TIMEOUT, what + " did not answer in time", null, e);
        } catch (InterruptedIOException e) {
            if (Thread.currentThread().isInterrupted()) {
                throw new ProviderException(Failure.CANCELLED, what + " was cancelled", null, e);
            }
            throw new ProviderException(Failure.TIMEOUT, what + " did not answer in time", null, e);
        } catch (IOException e) {
            throw new ProviderException(Failure.TIMEOUT, what + " could not be reached ("
                    + e.getClass().getSimpleName() + ")", null, e);
        }
    }

    private static byte[] read(ResponseBody body, String what) throws IOException {
        try (InputStream in = body.byteStream()) {
            byte[] bytes = in.readNBytes(MAX_BODY_BYTES + 1);
            if (bytes.length > MAX_BODY_BYTES) {
                throw new ProviderException(Failure.BAD_RESPONSE, what + " answered more than "
                        + MAX_BODY_BYTES / (1024 * 1024) + " MB");
            }
            return bytes;
        }
    }
}
