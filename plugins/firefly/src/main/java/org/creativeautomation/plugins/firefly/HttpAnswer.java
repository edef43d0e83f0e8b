package org.creativeautomation.plugins.firefly;

import okhttp3.Headers;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/** A complete HTTP answer, read off the wire so the connection is free again. */
record HttpAnswer(int status, Headers headers, byte[] body) {

    HttpAnswer {
        Objects.requireNonNull(headers, "headers");
        Objects.requireNonNull(body, "body");
    }

    boolean isSuccessful() {
        return status >= 200 && status < 300;
    }

    String text() {
        return new String(body, StandardCharsets.UTF_8);
    }
}
