package org.creativeautomation.engine.localize;

import org.creativeautomation.engine.spi.ChatMessage;
import org.creativeautomation.engine.spi.Failure;
import org.creativeautomation.engine.spi.ProviderException;
import org.creativeautomation.engine.spi.Role;
import org.creativeautomation.engine.spi.TextGenerator;
import org.creativeautomation.engine.spi.TextRequest;
import org.creativeautomation.engine.spi.TextResult;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** A language model for tests: answers each request with a scripted text and keeps the requests. */
final class ScriptedTextGenerator implements TextGenerator {
    private final Function<TextRequest, String> answer;
    final List<TextRequest> requests = new ArrayList<>();

    ScriptedTextGenerator(Function<TextRequest, String> answer) {
        this.answer = answer;
    }

    /** Answers "[target] source", the target read from the system message's "into Language (Country, tag)". */
    static ScriptedTextGenerator tagging() {
        return new ScriptedTextGenerator(r -> "[" + target(r) + "] " + user(r));
    }

    /** Refuses every request with an authentication failure, as a provider with a revoked key does. */
    static ScriptedTextGenerator failing() {
        return new ScriptedTextGenerator(r -> {
            throw new ProviderException(Failure.AUTH, "invalid API key");
        });
    }

    @Override
    public String id() {
        return "scripted";
    }

    @Override
    public synchronized TextResult complete(TextRequest request) {
        requests.add(request);
        return new TextResult(answer.apply(request), 0.0001, Map.of());
    }

    static String system(TextRequest request) {
        return request.messages().stream().filter(m -> m.role() == Role.SYSTEM).map(ChatMessage::content)
                .findFirst().orElseThrow();
    }

    static String user(TextRequest request) {
        return request.messages().stream().filter(m -> m.role() == Role.USER).map(ChatMessage::content)
                .findFirst().orElseThrow();
    }

    static String target(TextRequest request) {
        String system = system(request);
        int into = system.indexOf(" into ");
        String rest = system.substring(into);
        return rest.substring(rest.indexOf(", ") + 2, rest.indexOf(')'));
    }
}
