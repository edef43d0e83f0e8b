package org.creativeautomation.plugins.firefly;

import okhttp3.HttpUrl;
import okhttp3.Request;
import org.creativeautomation.engine.spi.Failure;
import org.creativeautomation.engine.spi.ProviderException;

import java.util.Objects;

/**
 * Fetches a generated image from the presigned storage URL a job names. The URL carries its own
 * signature and expires, so it is fetched at once and without Firefly's credentials: the storage
 * host must never see the bearer token or client id.
 */
final class PresignedDownload {
    private static final String WHAT = "Firefly image download";

    private final HttpTransport transport;

    PresignedDownload(HttpTransport transport) {
        this.transport = Objects.requireNonNull(transport, "transport");
    }

    /** The image bytes, PNG or JPEG. */
    byte[] fetch(String presignedUrl, String jobId) {
        HttpUrl url = HttpUrl.parse(presignedUrl);
        if (url == null || !(url.isHttps() || url.host().equals("localhost") || url.host().equals("127.0.0.1"))) {
            throw new ProviderException(Failure.BAD_RESPONSE, "Firefly job " + jobId + " named an image URL that is not https");
        }
        HttpAnswer answer = transport.send(new Request.Builder().url(url).get().build(), WHAT);
        if (!answer.isSuccessful()) {
            // The signature is in the URL, so the message names neither; an expired or missing
            // object is worth a new job, as is a storage outage.
            throw new ProviderException(Failure.SERVER_ERROR, WHAT + " for job " + jobId + " answered " + answer.status(),
                    FailureClassifier.retryAfter(answer.headers()));
        }
        byte[] image = answer.body();
        if (!isPng(image) && !isJpeg(image)) {
            throw new ProviderException(Failure.BAD_RESPONSE, WHAT + " for job " + jobId + " is not a PNG or JPEG image ("
                    + image.length + " bytes)");
        }
        return image;
    }

    private static boolean isPng(byte[] bytes) {
        return bytes.length > 8 && (bytes[0] & 0xff) == 0x89 && bytes[1] == 'P' && bytes[2] == 'N' && bytes[3] == 'G';
    }

    private static boolean isJpeg(byte[] bytes) {
        return bytes.length > 3 && (bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xd8 && (bytes[2] & 0xff) == 0xff;
    }
}
