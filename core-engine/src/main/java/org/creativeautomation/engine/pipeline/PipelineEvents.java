package org.creativeautomation.engine.pipeline;

/** The JSON form of events, shared by {@code events.jsonl} and the CLI's {@code --json} output. */
public final class PipelineEvents {
    private PipelineEvents() {
    }

    public static String toJsonLine(PipelineEvent event) {
        return EventLog.toJson(event);
    }
}
