package org.creativeautomation.engine.pipeline;

import org.creativeautomation.engine.compose.OutputFormat;

import java.nio.file.Path;
import java.util.List;

/**
 * What to run and where to write it.
 *
 * @param outDir    null for the default {@code out/<campaign>} under the working directory
 * @param providers image providers in failover order, e.g. {@code [openai, local]}; default {@code [local]}
 * @param costs     budget, cache bypass and legal override; {@link CostControls#NONE} when null
 * @param expand    where a product cannot fill a ratio uncut, ask the providers that can to draw the
 *                  missing canvas around the hero (generative expand, a paid call) instead of the
 *                  composer's own fill; off by default
 */
public record RunOptions(Path brief, Path outDir, OutputFormat format, List<String> providers, CostControls costs,
                         boolean expand) {
    public RunOptions {
        providers = providers == null || providers.isEmpty() ? List.of("local") : List.copyOf(providers);
        costs = costs == null ? CostControls.NONE : costs;
    }

    public RunOptions(Path brief, Path outDir, OutputFormat format, List<String> providers, CostControls costs) {
        this(brief, outDir, format, providers, costs, false);
    }

    public RunOptions(Path brief, Path outDir, OutputFormat format, List<String> providers) {
        this(brief, outDir, format, providers, CostControls.NONE);
    }

    /** Heroes from the offline generator only. */
    public RunOptions(Path brief, Path outDir, OutputFormat format) {
        this(brief, outDir, format, List.of("local"));
    }
}
