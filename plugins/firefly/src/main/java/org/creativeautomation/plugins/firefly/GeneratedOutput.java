package org.creativeautomation.plugins.firefly;

import java.util.Objects;

/**
 * One output of a succeeded job: {@code result.outputs[]} of the job status.
 *
 * @param seed the seed Firefly used; repeating it repeats the image
 * @param url  presigned storage URL of the image, valid for a limited time
 */
record GeneratedOutput(long seed, String url) {

    GeneratedOutput {
        Objects.requireNonNull(url, "url");
    }
}
