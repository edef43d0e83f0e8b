package org.creativeautomation.engine.pipeline;

/** Receives a run's events as they happen, possibly from worker threads. */
@FunctionalInterface
public interface PipelineListener {
    void onEvent(PipelineEvent event);

    PipelineListener NONE = event -> { };
}
