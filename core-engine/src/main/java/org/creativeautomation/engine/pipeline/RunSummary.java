package org.creativeautomation.engine.pipeline;

import java.nio.file.Path;

/** What a run did, for the closing summary. */
public record RunSummary(
        String campaign,
        String campaignName,
        Path outDir,
        Path manifest,
        int products,
        int ratios,
        int locales,
        int creatives,
        int rendered,
        int upToDate,
        int removed,
        int generated,
        int cached,
        int inputs,
        long elapsedMs) {
}
