package org.creativeautomation.engine.store;

import java.nio.file.Path;
import java.time.Instant;

/** One campaign run as the run log holds it. {@code finishedAt} is null while the run is going. */
public record RunRecord(
        long id,
        String campaign,
        Path briefPath,
        Path outDir,
        Instant startedAt,
        Instant finishedAt,
        String status,
        RunCounts counts,
        long elapsedMs) {

    public boolean isFinished() {
        return finishedAt != null;
    }
}
