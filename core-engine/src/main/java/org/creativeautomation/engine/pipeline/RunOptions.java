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
 * @param moderation the content moderator that judges every generated hero and expansion, e.g. {@code openai};
 *                   null for none
 * @param translator the text provider that translates copy the brief gives in another locale only, e.g.
 *                   {@code openai}; null to translate from the translation memory only
 * @param expand    where a product cannot fill a ratio uncut, ask the providers that can to draw the
 *                  missing canvas around the hero (generative expand, a paid call) instead of the
 *                  composer's own fill; off by default
 */
public record RunOptions(Path brief, Path outDir, OutputFormat format, List<String> providers, CostControls costs,
                         String moderation, String translator, boolean expand) {
    public RunOptions {
        providers = providers == null || providers.isEmpty() ? List.of("local") : List.copyOf(providers);
        costs = costs == null ? CostControls.NONE : costs;
        moderation = moderation == null || moderation.isBlank() ? null : moderation.trim();
        translator = translator == null || translator.isBlank() ? null : translator.trim();
    }

    /** No generative expand. */
    public RunOptions(Path brief, Path outDir, OutputFormat format, List<String> providers, CostControls costs,
                      String moderation, String translator) {
        this(brief, outDir, format, providers, costs, moderation, translator, false);
    }

    /** No translator and no generative expand. */
    public RunOptions(Path brief, Path outDir, OutputFormat format, List<String> providers, CostControls costs,
                      String moderation) {
        this(brief, outDir, format, providers, costs, moderation, null);
    }

    /** No moderator and no translator. */
    public RunOptions(Path brief, Path outDir, OutputFormat format, List<String> providers, CostControls costs,
                      boolean expand) {
        this(brief, outDir, format, providers, costs, null, null, expand);
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
