package org.creativeautomation.plugins.firefly;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.creativeautomation.engine.spi.ImageCapabilities;
import org.creativeautomation.engine.spi.ImageGenerationRequest;
import org.creativeautomation.engine.spi.ImageGenerator;
import org.creativeautomation.engine.spi.ImageResult;
import org.creativeautomation.engine.spi.ImageSize;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Images from Adobe Firefly's text-to-image API, {@code POST /v3/images/generate-async}: one
 * variation at the supported size nearest the request, then the job is polled and its presigned
 * image downloaded. The body follows Firefly's {@code GenerateImagesRequestV3}: {@code prompt},
 * {@code negativePrompt}, {@code numVariations}, {@code size {width, height}}, {@code seeds},
 * {@code contentClass}. Retries are the router's job; this makes one attempt per call.
 */
public final class FireflyImageGenerator implements ImageGenerator {
    public static final String ID = "firefly";
    static final String GENERATE_PATH = "v3/images/generate-async";
    private static final Logger LOG = LoggerFactory.getLogger(FireflyImageGenerator.class);
    /** Firefly's seeds are 32-bit; the engine's are 64-bit, so they are folded, the same way every time. */
    private static final long SEED_RANGE = 1L << 31;

    private final FireflySettings settings;
    private final AsyncJobs jobs;
    private final PresignedDownload downloads;

    FireflyImageGenerator(FireflySettings settings, AsyncJobs jobs, PresignedDownload downloads) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.jobs = Objects.requireNonNull(jobs, "jobs");
        this.downloads = Objects.requireNonNull(downloads, "downloads");
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public ImageCapabilities capabilities() {
        List<String> models = new ArrayList<>();
        models.add(settings.model().wireName());
        for (FireflyModel model : FireflyModel.values()) {
            if (model != settings.model()) {
                models.add(model.wireName());
            }
        }
        return new ImageCapabilities(models, FireflySizes.of(settings.model()).all(), true, true,
                settings.pricePerImageUsd());
    }

    @Override
    public ImageResult generate(ImageGenerationRequest request) {
        FireflyModel model = modelFor(request);
        ImageSize size = FireflySizes.of(model).closestTo(request.width(), request.height());
        CompletedJob job = jobs.run(GENERATE_PATH, body(request, size), Map.of("x-model-version", model.wireName()));
        GeneratedOutput output = job.outputs().get(0);
        byte[] image = downloads.fetch(output.url(), job.jobId());

        Map<String, String> metadata = new LinkedHashMap<>();
        metadata.put("jobId", job.jobId());
        metadata.put("model", model.wireName());
        metadata.put("seed", Long.toString(output.seed()));
        metadata.put("size", (job.width() > 0 ? job.width() : size.width()) + "x"
                + (job.height() > 0 ? job.height() : size.height()));
        metadata.put("contentClass", settings.contentClass());
        return new ImageResult(List.of(image), settings.pricePerImageUsd(), metadata);
    }

    /**
     * The request's model when it names a Firefly one; the router asks every provider with the
     * same request, so another provider's model name means "your default" here.
     */
    private FireflyModel modelFor(ImageGenerationRequest request) {
        if (request.model() == null) {
            return settings.model();
        }
        return FireflyModel.fromWire(request.model()).orElseGet(() -> {
            LOG.debug("Model {} is not a Firefly model; using {}", request.model(), settings.model().wireName());
            return settings.model();
        });
    }

    private ObjectNode body(ImageGenerationRequest request, ImageSize size) {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.put("prompt", request.prompt());
        if (request.negativePrompt() != null && !request.negativePrompt().isBlank()) {
            body.put("negativePrompt", request.negativePrompt());
        }
        body.put("numVariations", 1);
        body.putObject("size").put("width", size.width()).put("height", size.height());
        if (request.seed() != null) {
            body.putArray("seeds").add(Math.floorMod(request.seed(), SEED_RANGE));
        }
        body.put("contentClass", settings.contentClass());
        return body;
    }
}
