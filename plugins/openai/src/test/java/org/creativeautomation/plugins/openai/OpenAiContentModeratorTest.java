package org.creativeautomation.plugins.openai;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.creativeautomation.engine.spi.ContentModerator;
import org.creativeautomation.engine.spi.ContentModeratorProvider;
import org.creativeautomation.engine.spi.Failure;
import org.creativeautomation.engine.spi.ModerationAnswer;
import org.creativeautomation.engine.spi.ModerationQuery;
import org.creativeautomation.engine.spi.ProviderException;
import org.creativeautomation.engine.spi.ProviderSettings;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.ServiceLoader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The moderator against a local server answering as OpenAI's moderation API documents. */
class OpenAiContentModeratorTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String KEY = "sk-test-moderation-789";
    private static final byte[] IMAGE = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0x01, 0x02, 0x03};

    @StartStop
    private final MockWebServer server = new MockWebServer();

    private ContentModerator moderator() {
        return new OpenAiContentModeratorProvider().create(ProviderSettings.of(Map.of("OPENAI_API_KEY", KEY,
                "OPENAI_BASE_URL", server.url("/v1").toString()), Map.of()), Duration.ofMillis(500)).orElseThrow();
    }

    private static MockResponse json(int code, String body) {
        return new MockResponse.Builder().code(code).addHeader("Content-Type", "application/json").body(body).build();
    }

    /** The response shape of the API reference's omni-moderation example. */
    private static final String FLAGGED = """
            {"id": "modr-0d9740456c391e43c445bf0f010940c7", "model": "omni-moderation-latest",
             "results": [{"flagged": true,
               "categories": {"harassment": false, "harassment/threatening": false, "sexual": false, "hate": false,
                 "hate/threatening": false, "illicit": false, "illicit/violent": false, "self-harm/intent": false,
                 "self-harm/instructions": false, "self-harm": false, "sexual/minors": false, "violence": true,
                 "violence/graphic": true},
               "category_scores": {"harassment": 0.0011, "harassment/threatening": 0.0004, "sexual": 0.0123,
                 "hate": 0.00002, "hate/threatening": 0.000001, "illicit": 0.0003, "illicit/violent": 0.0002,
                 "self-harm/intent": 0.0001, "self-harm/instructions": 0.00005, "self-harm": 0.0009,
                 "sexual/minors": 0.00001, "violence": 0.8912, "violence/graphic": 0.7745},
               "category_applied_input_types": {"harassment": ["text"], "harassment/threatening": ["text"],
                 "sexual": ["image"], "hate": ["text"], "hate/threatening": ["text"], "illicit": ["text"],
                 "illicit/violent": ["text"], "self-harm/intent": ["image"], "self-harm/instructions": ["image"],
                 "self-harm": ["image"], "sexual/minors": [], "violence": ["image"], "violence/graphic": ["image"]}}]}
            """;

    @Test
    void sendsTheImageAsADataUrlToTheOmniModelAndReadsEveryCategory() throws Exception {
        server.enqueue(json(200, FLAGGED));

        ModerationAnswer answer = moderator().moderate(ModerationQuery.ofImage(IMAGE, "image/jpeg"));

        RecordedRequest request = server.takeRequest();
        assertThat(request.getMethod()).isEqualTo("POST");
        assertThat(request.getUrl().encodedPath()).isEqualTo("/v1/moderations");
        assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer " + KEY);
        JsonNode body = JSON.readTree(request.getBody().utf8());
        assertThat(body.get("model").asText()).isEqualTo("omni-moderation-latest");
        assertThat(body.get("input")).hasSize(1);
        assertThat(body.at("/input/0/type").asText()).isEqualTo("image_url");
        assertThat(body.at("/input/0/image_url/url").asText())
                .isEqualTo("data:image/jpeg;base64," + Base64.getEncoder().encodeToString(IMAGE));

        assertThat(answer.flagged()).isTrue();
        assertThat(answer.flaggedCategories()).containsExactlyInAnyOrder("violence", "violence/graphic");
        assertThat(answer.scores()).hasSize(13).containsEntry("violence", 0.8912).containsEntry("sexual", 0.0123);
        assertThat(answer.metadata()).containsEntry("model", "omni-moderation-latest");
    }

    @Test
    void sendsTextAndImageTogetherWhenBothAreGiven() throws Exception {
        server.enqueue(json(200, FLAGGED));

        moderator().moderate(new ModerationQuery("Stay fresh all summer", IMAGE, "image/png"));

        JsonNode body = JSON.readTree(server.takeRequest().getBody().utf8());
        assertThat(body.at("/input/0/type").asText()).isEqualTo("text");
        assertThat(body.at("/input/0/text").asText()).isEqualTo("Stay fresh all summer");
        assertThat(body.at("/input/1/image_url/url").asText()).startsWith("data:image/png;base64,");
    }

    @Test
    void failuresMapToTheRoutersKindsWithoutTheKey() {
        server.enqueue(json(429, "{\"error\": {\"message\": \"Rate limit reached\", \"type\": \"requests\","
                + " \"code\": \"rate_limit_exceeded\"}}").newBuilder().addHeader("retry-after", "2").build());
        server.enqueue(json(401, "{\"error\": {\"message\": \"Incorrect API key provided\", \"type\":"
                + " \"invalid_request_error\", \"code\": \"invalid_api_key\"}}"));
        server.enqueue(json(200, "{\"id\": \"modr-1\", \"model\": \"omni-moderation-latest\", \"results\": []}"));

        ContentModerator moderator = moderator();
        ModerationQuery query = ModerationQuery.ofImage(IMAGE, "image/jpeg");
        assertThatThrownBy(() -> moderator.moderate(query)).isInstanceOf(ProviderException.class)
                .satisfies(e -> {
                    assertThat(((ProviderException) e).failure()).isEqualTo(Failure.RATE_LIMITED);
                    assertThat(((ProviderException) e).retryAfter()).contains(Duration.ofSeconds(2));
                }).message().doesNotContain(KEY);
        assertThatThrownBy(() -> moderator.moderate(query)).isInstanceOf(ProviderException.class)
                .satisfies(e -> assertThat(((ProviderException) e).failure()).isEqualTo(Failure.AUTH))
                .message().doesNotContain(KEY);
        assertThatThrownBy(() -> moderator.moderate(query)).isInstanceOf(ProviderException.class)
                .satisfies(e -> assertThat(((ProviderException) e).failure()).isEqualTo(Failure.BAD_RESPONSE));
    }

    @Test
    void isFoundByServiceLoaderAndNeedsAKey() {
        ContentModeratorProvider provider = ServiceLoader.load(ContentModeratorProvider.class).stream()
                .map(ServiceLoader.Provider::get).filter(p -> p.id().equals("openai")).findFirst().orElseThrow();

        assertThat(provider.create(ProviderSettings.of(Map.of(), Map.of()))).isEmpty();
        assertThat(provider.settingsNeeded()).isEqualTo("OPENAI_API_KEY");
    }
}
