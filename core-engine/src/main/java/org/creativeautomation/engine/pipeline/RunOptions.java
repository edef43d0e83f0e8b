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
 * @param moderation the content moderator that judges every generated hero, e.g. {@code openai}; null for none
 * @param translator the text provider that translates copy the brief gives in another locale only, e.g.
 *                   {@code openai}; null to translate from the translation memory only
 */
public record RunOptions(Path brief, Path outDir, OutputFormat format, List<String> providers, CostControls costs,
                         String moderation, String translator) {
    public RunOptions {
        providers = providers == null || providers.isEmpty() ? List.of("local") : List.copyOf(providers);
        costs = costs == null ? CostControls.NONE : costs;
        moderation = moderation == null || moderation.isBlank() ? null : moderation.trim();
        translator = translator == null || translator.isBlank() ? null : translator.trim();
    }

    public RunOptions(Path brief, Path outDir, OutputFormat format, List<String> providers, CostControls costs,
                      String moderation) {
        this(brief, outDir, format, providers, costs, moderation, null);
    }

    public RunOptions(Path brief, Path outDir, OutputFormat format, List<String> providers, CostControls costs) {
        this(brief, outDir, format, providers, costs, null);
    }

    public RunOptions(Path brief, Path outDir, OutputFormat format, List<String> providers) {
        this(brief, outDir, format, providers, CostControls.NONE);
    }

    /** Heroes from the offline generator only. */
    public RunOptions(Path brief, Path outDir, OutputFormat format) {
        this(brief, outDir, format, List.of("local"));
    }
}
