package org.creativeautomation.engine.pipeline;

import java.time.Instant;

/**
 * Something that happened during a run. Fields that do not apply are null.
 *
 * @param type    e.g. {@code run.started}, {@code hero.ready}, {@code creative.rendered},
 *                {@code creative.up-to-date}, {@code run.finished}
 * @param done    creatives finished so far (rendered or up to date)
 * @param total   creatives in the run
 */
public record PipelineEvent(
        String type,
        Instant time,
        String campaign,
        String product,
        String ratio,
        String locale,
        String detail,
        int done,
        int total) {
}
