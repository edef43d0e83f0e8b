package org.creativeautomation.engine.spi;

import java.util.Objects;

/** One turn of a chat-style text request. */
public record ChatMessage(Role role, String content) {

    public ChatMessage {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(content, "content");
    }
}
