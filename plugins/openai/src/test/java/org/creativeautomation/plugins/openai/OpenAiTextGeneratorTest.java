package org.creativeautomation.plugins.openai;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import mockwebserver3.junit5.StartStop;
import org.creativeautomation.engine.spi.ChatMessage;
import org.creativeautomation.engine.spi.Failure;
import org.creativeautomation.engine.spi.ProviderException;
import org.creativeautomation.engine.spi.ProviderSettings;
import org.creativeautomation.engine.spi.Role;
import org.creativeautomation.engine.spi.TextGenerator;
import org.creativeautomation.engine.spi.TextGeneratorProvider;
import org.creativeautomation.engine.spi.TextRequest;
import org.creativeautomation.engine.spi.TextResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** The text plugin against a local server that answers as OpenAI's chat completions API documents. */
class OpenAiTextGeneratorTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String KEY = "sk-test-text-456";

    @StartStop
    private final MockWebServer server = new MockWebServer();

    private TextGenerator generator(Map<String, String> extra) {
        var values = new HashMap<>(Map.of("OPENAI_API_KEY", KEY, "OPENAI_BASE_URL", server.url("/v1").toString()));
        values.putAll(extra);
        return new OpenAiTextGeneratorProvider().create(ProviderSettings.of(values, Map.of()), Duration.ofMillis(500))
                .orElseThrow();
    }

    private TextGenerator generator() {
        return generator(Map.of());
    }

    private static TextRequest headlineRequest(String model) {
        return new TextRequest(model, List.of(
                new ChatMessage(Role.SYSTEM, "You write ad headlines for Brisa sparkling water."),
                new ChatMessage(Role.USER, "Three headlines, one per line."),
                new ChatMessage(Role.ASSISTANT, "Sparkle on."),
                new ChatMessage(Role.USER, "Shorter, please.")), 0.7, 120);
    }

    private static MockResponse json(int code, String body) {
        return new MockResponse.Builder().code(code).addHeader("Content-Type", "application/json")
                .addHeader("x-request-id", "req_8c1d2e").body(body).build();
    }

    private static String completion(String model, String message, String finishReason, long prompt, long cached,
                                     long completion) {
        return "{\"id\": \"chatcmpl-B9MHDbslfkBeAs8l4bebGdFOJ6PeG\", \"object\": \"chat.completion\","
                + " \"created\": 1764038400, \"model\": \"" + model + "\", \"choices\": [{\"index\": 0,"
                + " \"message\": " + message + ", \"logprobs\": null, \"finish_reason\": \"" + finishReason + "\"}],"
                + " \"usage\": {\"prompt_tokens\": " + prompt + ", \"completion_tokens\": " + completion + ","
                + " \"total_tokens\": " + (prompt + completion) + ","
                + " \"prompt_tokens_details\": {\"cached_tokens\": " + cached + ", \"audio_tokens\": 0},"
                + " \"completion_tokens_details\": {\"reasoning_tokens\": 12, \"audio_tokens\": 0,"
                + " \"accepted_prediction_tokens\": 0, \"rejected_prediction_tokens\": 0}},"
                + " \"service_tier\": \"default\", \"system_fingerprint\": null}";
    }

    private static String assistant(String content) {
        return "{\"role\": \"assistant\", \"content\": \"" + content + "\", \"refusal\": null, \"annotations\": []}";
    }

    private ProviderException failureOf(TextGenerator generator) {
        try {
            generator.complete(headlineRequest(null));
        } catch (ProviderException e) {
            return e;
        }
        throw new AssertionError("expected a ProviderException");
    }

    @Test
    void sendsTheDocumentedChatCompletionsRequest() throws Exception {
        server.enqueue(json(200, completion("gpt-6.1-terra", assistant("Sparkle on."), "stop", 40, 0, 20)));

        generator().complete(headlineRequest(null));

        RecordedRequest request = server.takeRequest(5, TimeUnit.SECONDS);
        assertThat(request.getMethod()).isEqualTo("POST");
        assertThat(request.getUrl().encodedPath()).isEqualTo("/v1/chat/completions");
        assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer " + KEY);
        JsonNode body = JSON.readTree(request.getBody().utf8());
        assertThat(body.get("model").asText()).isEqualTo("gpt-6.1-terra");
        assertThat(body.get("max_completion_tokens").asInt()).isEqualTo(120);
        assertThat(body.has("max_tokens")).isFalse();
        assertThat(body.has("temperature")).as("GPT-6 rejects a temperature at its default reasoning effort").isFalse();
        JsonNode messages = body.get("messages");
        assertThat(messages).hasSize(4);
        assertThat(messages.get(0).get("role").asText()).isEqualTo("system");
        assertThat(messages.get(0).get("content").asText()).isEqualTo("You write ad headlines for Brisa sparkling water.");
        assertThat(messages.get(1).get("role").asText()).isEqualTo("user");
        assertThat(messages.get(2).get("role").asText()).isEqualTo("assistant");
        assertThat(messages.get(2).get("content").asText()).isEqualTo("Sparkle on.");
        assertThat(messages.get(3).get("content").asText()).isEqualTo("Shorter, please.");
    }

    @Test
    void aModelThatTakesATemperatureGetsIt() throws Exception {
        server.enqueue(json(200, completion("gpt-4.1-mini-2025-04-14", assistant("Fizz."), "stop", 40, 0, 5)));
        TextGenerator generator = generator(Map.of("OPENAI_TEXT_MODEL", "gpt-4.1-mini"));

        generator.complete(headlineRequest(null));

        JsonNode body = JSON.readTree(server.takeRequest(5, TimeUnit.SECONDS).getBody().utf8());
        assertThat(body.get("model").asText()).isEqualTo("gpt-4.1-mini");
        assertThat(body.get("temperature").asDouble()).isEqualTo(0.7);
    }

    @Test
    void readsTheTextCostFromUsageWithCachedTokensAndFactsOfTheAnswer() {
        server.enqueue(json(200, completion("gpt-6.1-terra-2026-10-26", assistant("Sparkle on.\\nZero sugar."),
                "stop", 2000, 1024, 300)));

        TextResult result = generator().complete(headlineRequest(null));

        assertThat(result.text()).isEqualTo("Sparkle on.\nZero sugar.");
        // 976 fresh prompt tokens at $1, 1024 cached at $0.05, 300 completion tokens at $5, per MTok
        assertThat(result.costUsd()).isCloseTo(0.0025272, within(1e-12));
        assertThat(result.metadata()).containsExactly(
                Map.entry("model", "gpt-6.1-terra-2026-10-26"), Map.entry("id", "chatcmpl-B9MHDbslfkBeAs8l4bebGdFOJ6PeG"),
                Map.entry("finish_reason", "stop"), Map.entry("input_tokens", "2000"),
                Map.entry("cached_input_tokens", "1024"), Map.entry("output_tokens", "300"));
    }

    @Test
    void aRefusalMessageIsARefusal() {
        server.enqueue(json(200, completion("gpt-6.1-terra",
                "{\"role\": \"assistant\", \"content\": null, \"refusal\": \"I'm sorry, I can't help with that.\","
                        + " \"annotations\": []}", "stop", 30, 0, 9)));

        ProviderException e = failureOf(generator());

        assertThat(e.failure()).isEqualTo(Failure.REFUSED);
        assertThat(e.getMessage()).contains("chatcmpl-B9MHDbslfkBeAs8l4bebGdFOJ6PeG");
    }

    @Test
    void aContentFilterStopIsARefusal() {
        server.enqueue(json(200, completion("gpt-6.1-terra", assistant(""), "content_filter", 30, 0, 0)));

        assertThat(failureOf(generator()).failure()).isEqualTo(Failure.REFUSED);
    }

    @Test
    void rateLimitIsReportedWithRetryAfterAndNotRetriedByTheSdk() {
        server.enqueue(new MockResponse.Builder().code(429).addHeader("Content-Type", "application/json")
                .addHeader("Retry-After", "3")
                .body("{\"error\": {\"message\": \"Rate limit reached for gpt-6.1-terra\", \"type\": \"requests\","
                        + " \"param\": null, \"code\": \"rate_limit_exceeded\"}}")
                .build());

        ProviderException e = failureOf(generator());

        assertThat(e.failure()).isEqualTo(Failure.RATE_LIMITED);
        assertThat(e.retryAfter()).contains(Duration.ofSeconds(3));
        assertThat(server.getRequestCount()).as("the SDK must not retry on its own").isEqualTo(1);
    }

    @ParameterizedTest
    @CsvSource({
            "500, server_error, SERVER_ERROR",
            "503, server_error, SERVER_ERROR",
            "408, timeout, TIMEOUT",
            "403, unsupported_country_region_territory, AUTH",
            "400, invalid_request_error, BAD_RESPONSE",
            "404, model_not_found, BAD_RESPONSE",
    })
    void httpErrorsAreClassifiedLikeTheImageGenerator(int status, String code, Failure expected) {
        server.enqueue(json(status, "{\"error\": {\"message\": \"about " + code + "\", \"type\": \"" + code + "\","
                + " \"param\": null, \"code\": \"" + code + "\"}}"));

        ProviderException e = failureOf(generator());

        assertThat(e.failure()).isEqualTo(expected);
        assertThat(e.getMessage()).startsWith("OpenAI " + status + " " + code);
    }

    @Test
    void aRejectedKeyIsAnAuthFailureAndNeverShowsTheKey() {
        server.enqueue(json(401, "{\"error\": {\"message\": \"Incorrect API key provided: sk-test-****-456.\","
                + " \"type\": \"invalid_request_error\", \"param\": null, \"code\": \"invalid_api_key\"}}"));

        ProviderException e = failureOf(generator());

        assertThat(e.failure()).isEqualTo(Failure.AUTH);
        for (Throwable t = e; t != null; t = t.getCause()) {
            assertThat(t.toString()).doesNotContain(KEY);
        }
    }

    @Test
    void malformedJsonIsABadResponse() {
        server.enqueue(json(200, "{\"id\": \"chatcmpl-broken\", \"choices\": [{\"index\": 0, \"message\": "));

        assertThat(failureOf(generator()).failure()).isEqualTo(Failure.BAD_RESPONSE);
    }

    @Test
    void reasoningThatSpendsEveryTokenIsABadResponse() {
        server.enqueue(json(200, completion("gpt-6.1-terra", assistant(""), "length", 30, 0, 120)));

        ProviderException e = failureOf(generator());

        assertThat(e.failure()).isEqualTo(Failure.BAD_RESPONSE);
        assertThat(e.getMessage()).contains("finish_reason length");
    }

    @Test
    void anAnswerWithoutUsageIsABadResponse() {
        server.enqueue(json(200, "{\"id\": \"chatcmpl-nousage\", \"object\": \"chat.completion\", \"created\": 1,"
                + " \"model\": \"gpt-6.1-terra\", \"choices\": [{\"index\": 0, \"message\": " + assistant("Hi")
                + ", \"logprobs\": null, \"finish_reason\": \"stop\"}]}"));

        assertThat(failureOf(generator()).failure()).isEqualTo(Failure.BAD_RESPONSE);
    }

    @Test
    void noAnswerInTimeIsATimeout() {
        server.enqueue(new MockResponse.Builder().onResponseStart(SocketEffect.Stall.INSTANCE).build());

        assertThat(failureOf(generator()).failure()).isEqualTo(Failure.TIMEOUT);
    }

    @Test
    void withoutAKeyThePluginStaysOff() {
        assertThat(new OpenAiTextGeneratorProvider().create(ProviderSettings.of(Map.of(), Map.of()))).isEmpty();
    }

    @Test
    void theKeyCanComeFromTheEnvironment() {
        assertThat(new OpenAiTextGeneratorProvider().create(ProviderSettings.of(Map.of(),
                Map.of("OPENAI_API_KEY", "sk-env")))).isPresent();
    }

    @Test
    void aBaseUrlWithoutV1IsRejectedByName() {
        assertThatThrownBy(() -> generator(Map.of("OPENAI_BASE_URL", "https://proxy.example")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("OPENAI_BASE_URL must end in /v1");
    }

    @Test
    void isFoundByServiceLoader() {
        assertThat(ServiceLoader.load(TextGeneratorProvider.class).stream().map(ServiceLoader.Provider::type))
                .contains(OpenAiTextGeneratorProvider.class);
    }
}
