package org.creativeautomation.engine.pipeline;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.creativeautomation.engine.store.AtomicFiles;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/** Hands a run's events to its listener and keeps them for {@code events.jsonl}. */
final class EventLog {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Clock clock;
    private final String campaign;
    private final PipelineListener listener;
    private final List<PipelineEvent> events = new ArrayList<>();

    EventLog(Clock clock, String campaign, PipelineListener listener) {
        this.clock = clock;
        this.campaign = campaign;
        this.listener = listener;
    }

    void emit(String type, CreativeSpec spec, int done, int total) {
        emit(type, spec.product().id(), spec.ratio().label(), spec.copy().localeTag(), spec.path(), done, total);
    }

    void emit(String type, String product, String ratio, String locale, String detail, int done, int total) {
        PipelineEvent event = new PipelineEvent(type, clock.instant(), campaign, product, ratio, locale, detail, done, total);
        synchronized (events) {
            events.add(event);
        }
        listener.onEvent(event);
    }

    void writeTo(Path file) {
        StringBuilder lines = new StringBuilder();
        synchronized (events) {
            for (PipelineEvent event : events) {
                lines.append(toJson(event)).append('\n');
            }
        }
        try {
            AtomicFiles.write(file, lines.toString().getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One event as a single JSON line (also what {@code --json} prints). */
    static String toJson(PipelineEvent event) {
        try {
            return JSON.writeValueAsString(new JsonEvent(event.type(), event.time().toString(), event.campaign(),
                    event.product(), event.ratio(), event.locale(), event.detail(), event.done(), event.total()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private record JsonEvent(String event, String time, String campaign, String product, String ratio, String locale,
                             String detail, int done, int total) {
    }
}
