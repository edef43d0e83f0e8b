package org.creativeautomation.plugins.firefly;

import com.fasterxml.jackson.databind.JsonNode;
import okhttp3.MediaType;
import org.creativeautomation.engine.spi.Failure;
import org.creativeautomation.engine.spi.ProviderException;

import java.util.Objects;

/**
 * Uploads an image to Firefly's storage ({@code POST /v2/storage/image}, the image's bytes as the
 * body, typed {@code image/png}) for operations that take a source image by {@code uploadId}. The
 * answer is {@code {"images": [{"id": "..."}]}}; an upload is kept by Firefly for a limited time,
 * so one is made per operation.
 */
final class StorageUpload {
    static final String PATH = "v2/storage/image";
    static final MediaType PNG = MediaType.get("image/png");
    private static final String WHAT = "Firefly image upload";

    private final FireflyApi api;

    StorageUpload(FireflyApi api) {
        this.api = Objects.requireNonNull(api, "api");
    }

    /** The upload id of a PNG image. */
    String upload(byte[] png) {
        JsonNode answer = api.postFile(PATH, png, PNG, WHAT);
        JsonNode id = answer.path("images").path(0).path("id");
        if (!id.isTextual() || id.asText().isBlank()) {
            throw new ProviderException(Failure.BAD_RESPONSE, WHAT + " answered without images[0].id");
        }
        return id.asText();
    }
}
