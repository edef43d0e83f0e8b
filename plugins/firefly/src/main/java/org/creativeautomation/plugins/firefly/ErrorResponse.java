package org.creativeautomation.plugins.firefly;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.util.regex.Pattern;

/**
 * The readable part of an error answer. Firefly and Adobe's API gateway send
 * {@code {"error_code": "...", "message": "..."}}; IMS sends OAuth's {@code error} and
 * {@code error_description}; a failed job carries {@code error_code} and {@code message} beside
 * its status. Anything else reads as empty.
 *
 * @param code    a short machine code, or "" when none could be read
 * @param message the human text, cut short, or ""
 */
record ErrorResponse(String code, String message) {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Codes are identifiers; anything else is not echoed into exception messages. */
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_.:-]{1,64}");
    private static final int MAX_MESSAGE = 200;

    static final ErrorResponse NONE = new ErrorResponse("", "");

    static ErrorResponse parse(String body) {
        if (body == null || body.isBlank()) {
            return NONE;
        }
        try {
            return of(JSON.readTree(body));
        } catch (IOException notJson) {
            return NONE;
        }
    }

    static ErrorResponse of(JsonNode node) {
        if (node == null || !node.isObject()) {
            return NONE;
        }
        String code = firstText(node, "error_code", "error", "code");
        String message = firstText(node, "message", "error_description");
        if (!CODE.matcher(code).matches()) {
            code = "";
        }
        message = message.replaceAll("\\s+", " ").trim();
        if (message.length() > MAX_MESSAGE) {
            message = message.substring(0, MAX_MESSAGE) + "...";
        }
        return new ErrorResponse(code, message);
    }

    private static String firstText(JsonNode node, String... names) {
        for (String name : names) {
            JsonNode value = node.get(name);
            if (value != null && value.isValueNode() && !value.asText().isBlank()) {
                return value.asText();
            }
        }
        return "";
    }
}
