package org.creativeautomation.plugins.anthropic;

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

/** The plugin against a local server that answers as Anthropic's Messages API documents. */
class AnthropicTextGeneratorTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String KEY = "sk-ant-test-123";

    @StartStop
    private final MockWebServer server = new MockWebServer();

    private TextGenerator generator(Map<String, String> extra) {
        var values = new HashMap<>(Map.of("ANTHROPIC_API_KEY", KEY,
                "ANTHROPIC_BASE_URL", server.url("/").toString()));
        values.putAll(extra);
        return new AnthropicTextGeneratorProvider().create(ProviderSettings.of(values, Map.of()), Duration.ofMillis(500))
                .orElseThrow();
    }

    private TextGenerator generator() {
        return generator(Map.of());
    }

    private static TextRequest headlineRequest() {
        return new TextRequest(null, List.of(
                new ChatMessage(Role.SYSTEM, "You write ad headlines for Brisa sparkling water."),
                new ChatMessage(Role.SYSTEM, "Never mention competitors."),
                new ChatMessage(Role.USER, "Three headlines, one per line."),
                new ChatMessage(Role.ASSISTANT, "Sparkle on."),
                new ChatMessage(Role.USER, "Shorter, please.")), 0.7, 120);
    }

    private static MockResponse json(int code, String body) {
        return new MockResponse.Builder().code(code).addHeader("Content-Type", "application/json")
                .addHeader("request-id", "req_011CTestRequestId").body(body).build();
    }

    private static String message(String model, String content, String stopReason, long in, long out) {
        return "{\"id\": \"msg_01XFDUDYJgAACzvnptvVoYEL\", \"type\": \"message\", \"role\": \"assistant\","
                + " \"model\": \"" + model + "\", \"content\": " + content + ","
                + " \"stop_reason\": \"" + stopReason + "\", \"stop_sequence\": null, \"stop_details\": null,"
                + " \"usage\": {\"input_tokens\": " + in + ", \"output_tokens\": " + out + ","
                + " \"cache_creation_input_tokens\": 0, \"cache_read_input_tokens\": 0,"
                + " \"cache_creation\": {\"ephemeral_5m_input_tokens\": 0, \"ephemeral_1h_input_tokens\": 0},"
                + " \"server_tool_use\": null, \"service_tier\": \"standard\"}}";
    }

    private static ProviderException failureOf(TextGenerator generator) {
        try {
            generator.complete(headlineRequest());
        } catch (ProviderException e) {
            return e;
        }
        throw new AssertionError("expected a ProviderException");
    }

    @Test
    void sendsTheDocumentedMessagesRequest() throws Exception {
        server.enqueue(json(200, message("claude-sonnet-5-5",
                "[{\"type\": \"text\", \"text\": \"Sparkle on.\"}]", "end_turn", 2095, 503)));

        generator().complete(headlineRequest());

        RecordedRequest request = server.takeRequest(5, TimeUnit.SECONDS);
        assertThat(request.getMethod()).isEqualTo("POST");
        assertThat(request.getUrl().encodedPath()).isEqualTo("/v1/messages");
        assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer " + KEY);
        assertThat(request.getHeaders().get("anthropic-version")).isEqualTo("2026-10-21");
        assertThat(request.getHeaders().get("Content-Type")).startsWith("application/json");
        JsonNode body = JSON.readTree(request.getBody().utf8());
        assertThat(body.get("model").asText()).isEqualTo("claude-sonnet-5-5");
        assertThat(body.get("max_tokens").asInt()).isEqualTo(120);
        assertThat(body.get("system").asText())
                .isEqualTo("You write ad headlines for Brisa sparkling water.\n\nNever mention competitors.");
        JsonNode messages = body.get("messages");
        assertThat(messages).hasSize(3);
        assertThat(messages.get(0).get("role").asText()).isEqualTo("user");
        assertThat(messages.get(0).get("content").asText()).isEqualTo("Three headlines, one per line.");
        assertThat(messages.get(1).get("role").asText()).isEqualTo("assistant");
        assertThat(messages.get(1).get("content").asText()).isEqualTo("Sparkle on.");
        assertThat(messages.get(2).get("role").asText()).isEqualTo("user");
        assertThat(body.has("temperature")).as("API version 2026-10-21 answers 400 to temperature").isFalse();
        assertThat(body.has("top_p") || body.has("top_k")).isFalse();
    }

    @Test
    void readsTheTextUsageCostAndFactsOfTheAnswer() {
        server.enqueue(json(200, message("claude-sonnet-5-5",
                "[{\"type\": \"thinking\", \"thinking\": \"\", \"signature\": \"EqQBCgIYAhIM1gbcDa9GJwZA2b3hGgxBdjrkzLoky3dl1pkiMOYds\"},"
                        + " {\"type\": \"text\", \"text\": \"Sparkle on.\\n\", \"citations\": null},"
                        + " {\"type\": \"text\", \"text\": \"Zero sugar, all fizz.\"}]",
                "end_turn", 2095, 503)));

        TextResult result = generator().complete(headlineRequest());

        assertThat(result.text()).isEqualTo("Sparkle on.\nZero sugar, all fizz.");
        // 2095 input tokens at $2/MTok + 503 output tokens at $10/MTok
        assertThat(result.costUsd()).isCloseTo(0.00922, within(1e-12));
        assertThat(result.metadata()).containsExactly(
                Map.entry("model", "claude-sonnet-5-5"), Map.entry("id", "msg_01XFDUDYJgAACzvnptvVoYEL"),
                Map.entry("stop_reason", "end_turn"), Map.entry("input_tokens", "2095"),
                Map.entry("output_tokens", "503"));
    }

    @Test
    void theModelComesFromTheRequestThenTheSettings() throws Exception {
        server.enqueue(json(200, message("claude-haiku-4-5-20251001",
                "[{\"type\": \"text\", \"text\": \"Hola\"}]", "end_turn", 1000, 1000)));
        server.enqueue(json(200, message("claude-opus-5-5",
                "[{\"type\": \"text\", \"text\": \"Hi\"}]", "end_turn", 10, 10)));
        TextGenerator generator = generator(Map.of("ANTHROPIC_MODEL", "claude-opus-5-5"));

        TextResult haiku = generator.complete(new TextRequest("claude-haiku-4-5",
                List.of(new ChatMessage(Role.USER, "Translate: Hello")), 0, 50));
        generator.complete(new TextRequest(null, List.of(new ChatMessage(Role.USER, "Hi")), 0, 50));

        assertThat(JSON.readTree(server.takeRequest(5, TimeUnit.SECONDS).getBody().utf8()).get("model").asText())
                .isEqualTo("claude-haiku-4-5");
        JsonNode second = JSON.readTree(server.takeRequest(5, TimeUnit.SECONDS).getBody().utf8());
        assertThat(second.get("model").asText()).isEqualTo("claude-opus-5-5");
        assertThat(second.has("system")).isFalse();
        // the dated snapshot the API reports is priced as its model: $1 + $5 per MTok
        assertThat(haiku.costUsd()).isCloseTo(0.006, within(1e-9));
    }

    @Test
    void aRefusalStopReasonIsARefusal() {
        server.enqueue(json(200, "{\"id\": \"msg_01Refused\", \"type\": \"message\", \"role\": \"assistant\","
                + " \"model\": \"claude-sonnet-5-5\", \"content\": [], \"stop_reason\": \"refusal\","
                + " \"stop_sequence\": null, \"stop_details\": {\"type\": \"refusal\", \"category\": \"cyber\","
                + " \"explanation\": null}, \"usage\": {\"input_tokens\": 40, \"output_tokens\": 0}}"));

        ProviderException e = failureOf(generator());

        assertThat(e.failure()).isEqualTo(Failure.REFUSED);
        assertThat(e.getMessage()).contains("cyber").contains("msg_01Refused");
    }

    @Test
    void rateLimitIsReportedWithRetryAfterAndNotRetriedByTheSdk() {
        server.enqueue(new MockResponse.Builder().code(429).addHeader("Content-Type", "application/json")
                .addHeader("retry-after", "12").addHeader("request-id", "req_011CRate")
                .body("{\"type\": \"error\", \"error\": {\"type\": \"rate_limit_error\","
                        + " \"message\": \"Number of request tokens has exceeded your per-minute rate limit\"},"
                        + " \"request_id\": \"req_011CRate\"}")
                .build());

        ProviderException e = failureOf(generator());

        assertThat(e.failure()).isEqualTo(Failure.RATE_LIMITED);
        assertThat(e.retryAfter()).contains(Duration.ofSeconds(12));
        assertThat(e.getMessage()).contains("429").contains("rate_limit_error").contains("req_011CRate");
        assertThat(server.getRequestCount()).as("the SDK must not retry on its own").isEqualTo(1);
    }

    @ParameterizedTest
    @CsvSource({
            "529, overloaded_error, SERVER_ERROR",
            "500, api_error, SERVER_ERROR",
            "503, api_error, SERVER_ERROR",
            "504, timeout_error, TIMEOUT",
            "401, authentication_error, AUTH",
            "403, permission_error, AUTH",
            "400, invalid_request_error, BAD_RESPONSE",
            "404, not_found_error, BAD_RESPONSE",
    })
    void httpErrorsAreClassified(int status, String type, Failure expected) {
        server.enqueue(json(status, "{\"type\": \"error\", \"error\": {\"type\": \"" + type + "\","
                + " \"message\": \"something about " + type + "\"}, \"request_id\": \"req_011CTestRequestId\"}"));

        ProviderException e = failureOf(generator());

        assertThat(e.failure()).isEqualTo(expected);
        assertThat(e.getMessage()).startsWith("Anthropic " + status + " " + type);
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void aRejectedKeyIsAnAuthFailureAndNeverShowsTheKey() {
        server.enqueue(json(401, "{\"type\": \"error\", \"error\": {\"type\": \"authentication_error\","
                + " \"message\": \"invalid x-api-key\"}, \"request_id\": \"req_011CTestRequestId\"}"));

        ProviderException e = failureOf(generator());

        assertThat(e.failure()).isEqualTo(Failure.AUTH);
        for (Throwable t = e; t != null; t = t.getCause()) {
            assertThat(String.valueOf(t.getMessage())).doesNotContain(KEY);
            assertThat(t.toString()).doesNotContain(KEY);
        }
    }

    @Test
    void malformedJsonIsABadResponse() {
        server.enqueue(json(200, "{\"id\": \"msg_01Broken\", \"type\": \"message\", \"content\": [{\"type\": "));

        assertThat(failureOf(generator()).failure()).isEqualTo(Failure.BAD_RESPONSE);
    }

    @Test
    void anAnswerMissingItsUsageIsABadResponse() {
        server.enqueue(json(200, "{\"id\": \"msg_01NoUsage\", \"type\": \"message\", \"role\": \"assistant\","
                + " \"model\": \"claude-sonnet-5-5\", \"content\": [{\"type\": \"text\", \"text\": \"Hi\"}],"
                + " \"stop_reason\": \"end_turn\"}"));

        assertThat(failureOf(generator()).failure()).isEqualTo(Failure.BAD_RESPONSE);
    }

    @Test
    void anAnswerWithoutTextIsABadResponse() {
        server.enqueue(json(200, message("claude-sonnet-5-5",
                "[{\"type\": \"thinking\", \"thinking\": \"\", \"signature\": \"EqQB\"}]", "max_tokens", 30, 120)));

        ProviderException e = failureOf(generator());

        assertThat(e.failure()).isEqualTo(Failure.BAD_RESPONSE);
        assertThat(e.getMessage()).contains("max_tokens");
    }

    @Test
    void noAnswerInTimeIsATimeout() {
        server.enqueue(new MockResponse.Builder().onResponseStart(SocketEffect.Stall.INSTANCE).build());

        assertThat(failureOf(generator()).failure()).isEqualTo(Failure.TIMEOUT);
    }

    @Test
    void aRequestWithOnlySystemMessagesIsRejectedBeforeAnyCall() {
        TextRequest systemOnly = new TextRequest(null, List.of(new ChatMessage(Role.SYSTEM, "Be brief.")), 0, 10);

        assertThatThrownBy(() -> generator().complete(systemOnly)).isInstanceOfSatisfying(ProviderException.class,
                e -> assertThat(e.getMessage()).contains("at least one user message"));
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void withoutAKeyThePluginStaysOff() {
        assertThat(new AnthropicTextGeneratorProvider().create(ProviderSettings.of(Map.of(), Map.of()))).isEmpty();
    }

    @Test
    void theKeyCanComeFromTheEnvironment() {
        assertThat(new AnthropicTextGeneratorProvider().create(ProviderSettings.of(Map.of(),
                Map.of("ANTHROPIC_API_KEY", "sk-ant-env")))).isPresent();
    }

    @Test
    void aBaseUrlEndingInV1IsRejectedByName() {
        assertThatThrownBy(() -> generator(Map.of("ANTHROPIC_BASE_URL", "https://proxy.example/v1")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ANTHROPIC_BASE_URL must not end in /v1");
        assertThatThrownBy(() -> generator(Map.of("ANTHROPIC_BASE_URL", "api.anthropic.com")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ANTHROPIC_BASE_URL must be an http(s) URL");
    }

    @Test
    void isFoundByServiceLoader() {
        assertThat(ServiceLoader.load(TextGeneratorProvider.class).stream()
                .map(ServiceLoader.Provider::type)).contains(AnthropicTextGeneratorProvider.class);
    }
}
