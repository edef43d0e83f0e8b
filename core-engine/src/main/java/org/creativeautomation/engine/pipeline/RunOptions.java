package org.creativeautomation.engine.pipeline;

import org.creativeautomation.engine.compose.OutputFormat;

import java.nio.file.Path;
import java.util.List;

/**
 * What to run and where to write it.
 *
 * @param outDir    null for the default {@code out/<campaign>} under the working directory
 * @param providers image providers in failover order, e.g. {@code [openai, local]}; default {@code [local]}
 */
public record RunOptions(Path brief, Path outDir, OutputFormat format, List<String> providers) {
    public RunOptions {
        providers = providers == null || providers.isEmpty() ? List.of("local") : List.copyOf(providers);
    }

    /** Heroes from the offline generator only. */
    public RunOptions(Path brief, Path outDir, OutputFormat format) {
        this(brief, outDir, format, List.of("local"));
    }
}
