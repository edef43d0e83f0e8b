package org.creativeautomation.plugins.firefly;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.creativeautomation.engine.spi.ExpandRequest;
import org.creativeautomation.engine.spi.Failure;
import org.creativeautomation.engine.spi.ImageExpander;
import org.creativeautomation.engine.spi.ImageResult;
import org.creativeautomation.engine.spi.ProviderException;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Firefly's Generative Expand, {@code POST /v3/images/expand-async}: the source is uploaded to
 * Firefly's storage first (the operation takes it by {@code uploadId}), then expanded to the
 * expanded canvas's {@code size} with the source placed by {@code placement.inset} (the space
 * between each edge of the result and of the placed source), and the job polled and its presigned
 * image downloaded. The body follows Firefly's {@code ExpandImageRequestV3}. One attempt per call.
 */
final class FireflyImageExpander implements ImageExpander {
    static final String EXPAND_PATH = "v3/images/expand-async";
    /** Expand runs on Firefly Image 3; the request names no model. */
    static final String MODEL = "image3";
    /** Firefly expands to at most this many pixels on a side. */
    static final int MAX_SIDE = 3999;
    private static final long SEED_RANGE = 1L << 31;

    private final FireflySettings settings;
    private final StorageUpload uploads;
    private final AsyncJobs jobs;
    private final PresignedDownload downloads;

    FireflyImageExpander(FireflySettings settings, StorageUpload uploads, AsyncJobs jobs, PresignedDownload downloads) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.uploads = Objects.requireNonNull(uploads, "uploads");
        this.jobs = Objects.requireNonNull(jobs, "jobs");
        this.downloads = Objects.requireNonNull(downloads, "downloads");
    }

    @Override
    public String model() {
        return MODEL;
    }

    @Override
    public ImageResult expand(ExpandRequest request) {
        if (request.expandedWidth() > MAX_SIDE || request.expandedHeight() > MAX_SIDE) {
            throw new ProviderException(Failure.BAD_RESPONSE, "Firefly expands to at most " + MAX_SIDE + " px a side, not "
                    + request.expandedWidth() + "x" + request.expandedHeight());
        }
        String uploadId = uploads.upload(request.image());
        CompletedJob job = jobs.run(EXPAND_PATH, body(request, uploadId), Map.of());
        GeneratedOutput output = job.outputs().get(0);
        byte[] image = downloads.fetch(output.url(), job.jobId());

        Map<String, String> metadata = new LinkedHashMap<>();
        metadata.put("jobId", job.jobId());
        metadata.put("model", MODEL);
        metadata.put("seed", Long.toString(output.seed()));
        metadata.put("size", (job.width() > 0 ? job.width() : request.expandedWidth()) + "x"
                + (job.height() > 0 ? job.height() : request.expandedHeight()));
        return new ImageResult(List.of(image), settings.pricePerImageUsd(), metadata);
    }

    private static ObjectNode body(ExpandRequest request, String uploadId) {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.put("numVariations", 1);
        body.putObject("size").put("width", request.expandedWidth()).put("height", request.expandedHeight());
        body.putObject("image").putObject("source").put("uploadId", uploadId);
        body.putObject("placement").putObject("inset")
                .put("left", request.left())
                .put("top", request.top())
                .put("right", request.right())
                .put("bottom", request.bottom());
        body.put("prompt", request.prompt());
        if (request.seed() != null) {
            body.putArray("seeds").add(Math.floorMod(request.seed(), SEED_RANGE));
        }
        return body;
    }
}
