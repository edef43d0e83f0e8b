package org.creativeautomation.server.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import io.javalin.http.ContentTooLargeResponse;
import io.javalin.http.UnsupportedMediaTypeResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

/**
 * Reads a request's JSON body within a size limit: 415 unless it is declared JSON, 413 when larger
 * than the limit (declared or streamed), 400 when it does not parse.
 */
public final class JsonBody {
    private final ObjectMapper json;
    private final long maxBytes;

    public JsonBody(ObjectMapper json, long maxBytes) {
        this.json = json;
        this.maxBytes = maxBytes;
    }

    public JsonNode read(Context ctx) {
        String contentType = ctx.contentType();
        if (contentType == null || !contentType.toLowerCase(Locale.ROOT).startsWith("application/json")) {
            throw new UnsupportedMediaTypeResponse("the body must be application/json, not "
                    + (contentType == null ? "undeclared" : contentType));
        }
        long declared = ctx.req().getContentLengthLong();
        if (declared > maxBytes) {
            throw tooLarge();
        }
        byte[] bytes = readBounded(ctx);
        if (bytes.length == 0) {
            throw new InvalidInputException("body", "the body is empty; a JSON object is expected");
        }
        try {
            JsonNode node = json.readTree(bytes);
            if (node == null || !node.isObject()) {
                throw new InvalidInputException("body", "the body must be a JSON object");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new InvalidInputException("body", "the body is no valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new InvalidInputException("body", "the body could not be read: " + e.getMessage());
        }
    }

    private byte[] readBounded(Context ctx) {
        try (InputStream in = ctx.bodyInputStream()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[16 * 1024];
            long total = 0;
            for (int n; (n = in.read(buffer)) > 0; ) {
                total += n;
                if (total > maxBytes) {
                    throw tooLarge();
                }
                out.write(buffer, 0, n);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new InvalidInputException("body", "the body could not be read: " + e.getMessage());
        }
    }

    private ContentTooLargeResponse tooLarge() {
        return new ContentTooLargeResponse("the body is larger than the limit of " + maxBytes + " bytes");
    }
}
