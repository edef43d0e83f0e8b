package org.creativeautomation.server;

import java.io.IOException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpHeaders;

/** An HTTP answer as tests look at it. */
public record Reply(int status, byte[] body, HttpHeaders headers) {
    private static final ObjectMapper JSON = new ObjectMapper();

    public String text() {
        return new String(body, java.nio.charset.StandardCharsets.UTF_8);
    }

    public JsonNode json() {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new AssertionError("not JSON (status " + status + "): " + text(), e);
        }
    }

    @Override
    public String toString() {
        return status + " " + text();
    }
}
