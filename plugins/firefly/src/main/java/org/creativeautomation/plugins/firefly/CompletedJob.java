package org.creativeautomation.plugins.firefly;

import java.util.List;

/**
 * A job that reached {@code succeeded}.
 *
 * @param width  pixel width Firefly reports in {@code result.size}; 0 when it gave none
 * @param height pixel height, likewise
 */
record CompletedJob(String jobId, List<GeneratedOutput> outputs, int width, int height) {

    CompletedJob {
        outputs = List.copyOf(outputs);
        if (outputs.isEmpty()) {
            throw new IllegalArgumentException("a completed job has at least one output");
        }
    }
}
