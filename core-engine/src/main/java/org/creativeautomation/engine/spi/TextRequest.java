package org.creativeautomation.engine.spi;

import java.util.List;

/**
 * A chat-style text request, used for copy variants, translation and alert drafting.
 *
 * @param model       null lets the provider use its default
 * @param temperature 0 for the most repeatable answer
 * @param maxTokens   upper bound on the answer's length
 */
public record TextRequest(String model, List<ChatMessage> messages, double temperature, int maxTokens) {

    public TextRequest {
        messages = List.copyOf(messages);
        if (messages.isEmpty()) {
            throw new IllegalArgumentException("a text request needs at least one message");
        }
        if (maxTokens <= 0) {
            throw new IllegalArgumentException("maxTokens must be positive, was " + maxTokens);
        }
    }
}
