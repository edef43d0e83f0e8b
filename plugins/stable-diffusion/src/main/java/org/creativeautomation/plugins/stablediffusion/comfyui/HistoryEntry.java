package org.creativeautomation.plugins.stablediffusion.comfyui;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A finished prompt in ComfyUI's {@code GET /history/{prompt_id}}: a prompt only appears there
 * once it has run, so an empty object means it is still queued or running. {@code status} says
 * whether it succeeded and, in its messages, which node failed how; {@code outputs} lists the
 * images of each output node.
 *
 * @param failure what went wrong, or null when the prompt succeeded
 */
record HistoryEntry(String failure, List<OutputImage> images) {

    HistoryEntry {
        images = List.copyOf(images);
    }

    /** The prompt's entry, or empty while it has not finished. */
    static Optional<HistoryEntry> of(JsonNode history, String promptId) {
        JsonNode entry = history.path(promptId);
        if (!entry.isObject()) {
            return Optional.empty();
        }
        return Optional.of(new HistoryEntry(failureOf(entry.path("status")), imagesOf(entry.path("outputs"))));
    }

    boolean failed() {
        return failure != null;
    }

    /** The images SaveImage nodes wrote; previews only when the workflow saves nothing. */
    List<OutputImage> results() {
        List<OutputImage> saved = images.stream().filter(OutputImage::saved).toList();
        return saved.isEmpty() ? images : saved;
    }

    private static String failureOf(JsonNode status) {
        if (!"error".equals(status.path("status_str").asText())) {
            return null;
        }
        for (JsonNode message : status.path("messages")) {
            String event = message.path(0).asText();
            JsonNode data = message.path(1);
            String node = "node " + data.path("node_id").asText("?") + " (" + data.path("node_type").asText("?") + ")";
            if ("execution_error".equals(event)) {
                return node + " raised " + data.path("exception_type").asText("an error") + ": "
                        + data.path("exception_message").asText("").strip();
            }
            if ("execution_interrupted".equals(event)) {
                return "interrupted on the server at " + node;
            }
        }
        return "the prompt ended with status error";
    }

    private static List<OutputImage> imagesOf(JsonNode outputs) {
        List<OutputImage> images = new ArrayList<>();
        for (JsonNode node : outputs) {
            for (JsonNode image : node.path("images")) {
                String filename = image.path("filename").asText("");
                if (!filename.isEmpty()) {
                    images.add(new OutputImage(filename, image.path("subfolder").asText(""),
                            image.path("type").asText(OutputImage.SAVED)));
                }
            }
        }
        return images;
    }
}
