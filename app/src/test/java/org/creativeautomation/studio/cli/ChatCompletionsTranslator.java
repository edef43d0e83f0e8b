package org.creativeautomation.studio.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A server that answers OpenAI's chat completions API as a translator would: it reads the target
 * locale from the system message ("... into German (Germany, de-DE)") and the text from the user
 * message, and answers from its phrase book. It keeps every request it got.
 */
final class ChatCompletionsTranslator extends Dispatcher {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern TARGET = Pattern.compile(" into [^(]+\\((?:[^,)]+, )?([A-Za-z-]+)\\)");

    private final Map<String, Map<String, String>> phraseBook;
    final List<JsonNode> requests = new ArrayList<>();

    ChatCompletionsTranslator(Map<String, Map<String, String>> phraseBook) {
        this.phraseBook = phraseBook;
    }

    @Override
    public synchronized MockResponse dispatch(RecordedRequest request) {
        try {
            JsonNode body = JSON.readTree(request.getBody().utf8());
            requests.add(body);
            String system = body.at("/messages/0/content").asText();
            String text = body.at("/messages/1/content").asText();
            Matcher target = TARGET.matcher(system);
            String locale = target.find() ? target.group(1) : "??";
            String answer = phraseBook.getOrDefault(locale, Map.of()).getOrDefault(text, "[" + locale + "] " + text);
            return new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json")
                    .body(completion(answer)).build();
        } catch (java.io.IOException e) {
            return new MockResponse.Builder().code(400).body("{\"error\": {\"message\": \"bad json\"}}").build();
        }
    }

    private static String completion(String answer) throws java.io.IOException {
        ObjectNode message = JSON.createObjectNode().put("role", "assistant").put("content", answer);
        message.putNull("refusal");
        message.putArray("annotations");
        ObjectNode choice = JSON.createObjectNode().put("index", 0).put("finish_reason", "stop");
        choice.set("message", message);
        choice.putNull("logprobs");
        ObjectNode usage = JSON.createObjectNode().put("prompt_tokens", 180).put("completion_tokens", 12)
                .put("total_tokens", 192);
        usage.putObject("prompt_tokens_details").put("cached_tokens", 0).put("audio_tokens", 0);
        ObjectNode root = JSON.createObjectNode().put("id", "chatcmpl-l10n").put("object", "chat.completion")
                .put("created", 1764038400).put("model", "gpt-6.1-terra");
        root.putArray("choices").add(choice);
        root.set("usage", usage);
        return JSON.writeValueAsString(root);
    }

    /** The system message of every request, in order. */
    List<String> systemMessages() {
        return requests.stream().map(r -> r.at("/messages/0/content").asText()).toList();
    }

    /** The user message (the text to translate) of every request, in order. */
    List<String> texts() {
        return requests.stream().map(r -> r.at("/messages/1/content").asText()).toList();
    }
}
