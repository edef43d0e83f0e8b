package org.creativeautomation.plugins.stablediffusion.comfyui;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import okhttp3.HttpUrl;
import org.creativeautomation.engine.spi.Failure;
import org.creativeautomation.engine.spi.ImageCapabilities;
import org.creativeautomation.engine.spi.ImageGenerationRequest;
import org.creativeautomation.engine.spi.ImageGenerator;
import org.creativeautomation.engine.spi.ImageResult;
import org.creativeautomation.engine.spi.ProviderException;
import org.creativeautomation.plugins.stablediffusion.FittedSize;
import org.creativeautomation.plugins.stablediffusion.ImageFormat;
import org.creativeautomation.plugins.stablediffusion.LocalServerClient;
import org.creativeautomation.plugins.stablediffusion.ServerReply;
import org.creativeautomation.plugins.stablediffusion.ServerSeed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongSupplier;

/**
 * Images from a local ComfyUI server: the workflow template is filled in and queued with
 * {@code POST /prompt}, its history is polled until the prompt has run, and each saved image is
 * fetched with {@code GET /view}. Polling rather than ComfyUI's websocket keeps this to plain
 * request and answer, which a router can time out and retry. Generation is local, so it costs nothing.
 */
public final class ComfyUiImageGenerator implements ImageGenerator {
    public static final String ID = "comfyui";
    private static final Logger LOG = LoggerFactory.getLogger(ComfyUiImageGenerator.class);

    private final LocalServerClient client;
    private final WorkflowTemplate workflow;
    private final ComfyUiOptions options;
    private final Sleeper sleeper;
    private final NanoClock clock;
    private final LongSupplier randomSeeds;
    private final String clientId;

    /**
     * @param randomSeeds seeds for requests that leave the seed to the provider
     * @param clientId    ComfyUI's {@code client_id}: which client's websocket would hear of progress
     */
    public ComfyUiImageGenerator(LocalServerClient client, WorkflowTemplate workflow, ComfyUiOptions options,
                                 Sleeper sleeper, NanoClock clock, LongSupplier randomSeeds, String clientId) {
        this.client = client;
        this.workflow = workflow;
        this.options = options;
        this.sleeper = sleeper;
        this.clock = clock;
        this.randomSeeds = randomSeeds;
        this.clientId = clientId;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public ImageCapabilities capabilities() {
        List<String> models = options.checkpoint() == null ? List.of() : List.of(options.checkpoint());
        return new ImageCapabilities(models, List.of(), workflow.uses("negative"), workflow.uses("seed"), 0.0);
    }

    @Override
    public ImageResult generate(ImageGenerationRequest request) {
        FittedSize size = FittedSize.of(request.width(), request.height(), options.maxSide());
        ServerSeed seed = ServerSeed.of(request.seed() != null ? request.seed() : randomSeeds.getAsLong());
        String checkpoint = request.model() != null ? request.model() : options.checkpoint();
        ObjectNode body = client.mapper().createObjectNode();
        body.set("prompt", workflow.fill(values(request, size, seed, checkpoint)));
        body.put("client_id", clientId);

        String promptId = queue(body);
        LOG.debug("ComfyUI queued prompt {} ({}, {}) on {}", promptId, workflow.source(), size, client);
        HistoryEntry entry = awaitHistory(promptId);
        if (entry.failed()) {
            throw new ProviderException(Failure.SERVER_ERROR, "ComfyUI at " + client.address().display()
                    + " failed prompt " + promptId + ": " + LocalServerClient.excerpt(entry.failure()));
        }
        List<OutputImage> outputs = entry.results();
        if (outputs.isEmpty()) {
            throw new ProviderException(Failure.BAD_RESPONSE, "ComfyUI finished prompt " + promptId
                    + " without an image; does the workflow (" + workflow.source() + ") end in a SaveImage node?");
        }
        List<byte[]> images = new ArrayList<>();
        ImageFormat format = null;
        for (OutputImage output : outputs) {
            byte[] image = fetch(output);
            format = ImageFormat.sniff(image).orElseThrow(() -> new ProviderException(Failure.BAD_RESPONSE,
                    "ComfyUI's " + output.filename() + " is neither PNG nor JPEG; save with SaveImage"));
            images.add(image);
        }
        Map<String, String> metadata = new LinkedHashMap<>();
        metadata.put("prompt_id", promptId);
        metadata.put("workflow", workflow.source());
        if (checkpoint != null && workflow.uses("checkpoint")) {
            metadata.put("model", checkpoint);
        }
        metadata.put("seed", Long.toString(seed.value()));
        metadata.put("steps", Integer.toString(options.steps()));
        metadata.put("cfg", Double.toString(options.cfg()));
        metadata.put("size", size.toString());
        metadata.put("format", format.name().toLowerCase(Locale.ROOT));
        return new ImageResult(images, 0.0, metadata);
    }

    private Map<String, JsonNode> values(ImageGenerationRequest request, FittedSize size, ServerSeed seed,
                                         String checkpoint) {
        Map<String, JsonNode> values = new HashMap<>();
        values.put("prompt", TextNode.valueOf(request.prompt()));
        values.put("negative", TextNode.valueOf(request.negativePrompt() == null ? "" : request.negativePrompt()));
        values.put("width", IntNode.valueOf(size.width()));
        values.put("height", IntNode.valueOf(size.height()));
        values.put("seed", LongNode.valueOf(seed.value()));
        values.put("steps", IntNode.valueOf(options.steps()));
        values.put("cfg", DoubleNode.valueOf(options.cfg()));
        if (checkpoint != null) {
            values.put("checkpoint", TextNode.valueOf(checkpoint));
        }
        return values;
    }

    /** Queues the workflow; ComfyUI validates it first and answers 400 with each node's errors. */
    private String queue(ObjectNode body) {
        ServerReply reply = client.postJson("prompt", body);
        if (!reply.successful()) {
            throw client.statusFailure(reply, reply.code() == 400 ? rejection(reply) : reply.text());
        }
        JsonNode queued = client.json(reply, "/prompt");
        String promptId = queued.path("prompt_id").asText("");
        if (promptId.isBlank()) {
            throw new ProviderException(Failure.BAD_RESPONSE, "ComfyUI queued the workflow without a prompt_id: "
                    + LocalServerClient.excerpt(reply.text()));
        }
        JsonNode nodeErrors = queued.path("node_errors");
        if (nodeErrors.isObject() && !nodeErrors.isEmpty()) {
            // ComfyUI drops the outputs whose branch failed validation and runs the rest.
            LOG.warn("ComfyUI queued prompt {} without some outputs: {}", promptId, nodeErrorText(nodeErrors));
        }
        return promptId;
    }

    /** ComfyUI's validation answer as one line: the overall error, then every node's errors. */
    private String rejection(ServerReply reply) {
        JsonNode answer;
        try {
            answer = client.mapper().readTree(reply.body());
        } catch (java.io.IOException e) {
            return reply.text();
        }
        if (answer == null || !answer.isObject()) {
            return reply.text();
        }
        JsonNode error = answer.path("error");
        String overall = error.isTextual() ? error.asText()
                : (error.path("message").asText("") + " " + error.path("details").asText("")).strip();
        String nodes = nodeErrorText(answer.path("node_errors"));
        return "the workflow (" + workflow.source() + ") was rejected"
                + (overall.isEmpty() ? "" : ": " + overall) + (nodes.isEmpty() ? "" : "; " + nodes);
    }

    private static String nodeErrorText(JsonNode nodeErrors) {
        List<String> lines = new ArrayList<>();
        for (Map.Entry<String, JsonNode> node : nodeErrors.properties()) {
            for (JsonNode error : node.getValue().path("errors")) {
                String details = error.path("details").asText("");
                lines.add("node " + node.getKey() + " (" + node.getValue().path("class_type").asText("?") + "): "
                        + error.path("message").asText("error") + (details.isEmpty() ? "" : ": " + details));
            }
        }
        return String.join("; ", lines);
    }

    /** Polls the prompt's history until it has run or the overall timeout has passed. */
    private HistoryEntry awaitHistory(String promptId) {
        HttpUrl url = client.address().url().newBuilder().addPathSegment("history").addPathSegment(promptId).build();
        long start = clock.nanoTime();
        while (true) {
            ServerReply reply = client.get(url);
            if (!reply.successful()) {
                throw client.statusFailure(reply, reply.text());
            }
            Optional<HistoryEntry> entry = HistoryEntry.of(client.json(reply, "/history"), promptId);
            if (entry.isPresent()) {
                return entry.get();
            }
            Duration waited = Duration.ofNanos(clock.nanoTime() - start);
            if (waited.compareTo(options.timeout()) >= 0) {
                throw new ProviderException(Failure.TIMEOUT, "ComfyUI at " + client.address().display()
                        + " did not finish prompt " + promptId + " within " + options.timeout().toSeconds()
                        + " s (" + ComfyUiImageGeneratorProvider.TIMEOUT + "); it may still be queued there");
            }
            try {
                sleeper.sleep(options.pollInterval());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ProviderException(Failure.CANCELLED, "waiting for ComfyUI prompt " + promptId
                        + " was interrupted", null, e);
            }
        }
    }

    private byte[] fetch(OutputImage output) {
        HttpUrl url = client.endpoint("view").newBuilder()
                .addQueryParameter("filename", output.filename())
                .addQueryParameter("subfolder", output.subfolder())
                .addQueryParameter("type", output.type())
                .build();
        ServerReply reply = client.get(url);
        if (!reply.successful()) {
            throw client.statusFailure(reply, "fetching " + output.filename() + " failed");
        }
        return reply.body();
    }

    @Override
    public String toString() {
        return "ComfyUiImageGenerator[" + client.address().display() + ", " + workflow.source() + "]";
    }
}
