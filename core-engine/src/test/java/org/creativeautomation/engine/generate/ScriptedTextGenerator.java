package org.creativeautomation.engine.generate;

import org.creativeautomation.engine.spi.Failure;
import org.creativeautomation.engine.spi.ProviderException;
import org.creativeautomation.engine.spi.TextGenerator;
import org.creativeautomation.engine.spi.TextRequest;
import org.creativeautomation.engine.spi.TextResult;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** A text provider that answers from a script; once the script runs out it keeps answering. */
final class ScriptedTextGenerator implements TextGenerator {
    final List<TextRequest> received = new ArrayList<>();
    private final String id;
    private final Deque<Function<TextRequest, TextResult>> script = new ArrayDeque<>();

    ScriptedTextGenerator(String id) {
        this.id = id;
    }

    ScriptedTextGenerator failing(RuntimeException failure, int times) {
        for (int i = 0; i < times; i++) {
            script.add(request -> {
                throw failure;
            });
        }
        return this;
    }

    ScriptedTextGenerator then(Function<TextRequest, TextResult> step) {
        script.add(step);
        return this;
    }

    int calls() {
        return received.size();
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public TextResult complete(TextRequest request) {
        Function<TextRequest, TextResult> step;
        synchronized (this) {
            received.add(request);
            step = script.poll();
        }
        return step == null ? answer(id) : step.apply(request);
    }

    static TextResult answer(String writtenBy) {
        return new TextResult("Fresh from " + writtenBy, 0.0012, Map.of("writtenBy", writtenBy));
    }

    static ProviderException failure(Failure kind) {
        return new ProviderException(kind, kind + " from fake");
    }
}
