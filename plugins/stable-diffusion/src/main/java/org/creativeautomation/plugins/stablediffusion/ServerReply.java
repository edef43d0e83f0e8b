package org.creativeautomation.plugins.stablediffusion;

import java.nio.charset.StandardCharsets;

/**
 * A server's answer: its status and the whole body, read before the connection is released.
 * Local servers answer with one image or one small JSON document, so holding the body is cheap.
 */
public record ServerReply(int code, byte[] body) {

    public ServerReply {
        body = body.clone();
    }

    @Override
    public byte[] body() {
        return body.clone();
    }

    public boolean successful() {
        return code >= 200 && code < 300;
    }

    public String text() {
        return new String(body, StandardCharsets.UTF_8);
    }
}
