package org.creativeautomation.plugins.openai;

import com.openai.client.OpenAIClient;
import com.openai.core.JsonValue;
import com.openai.models.moderations.Moderation;
import com.openai.models.moderations.ModerationCreateParams;
import com.openai.models.moderations.ModerationCreateResponse;
import com.openai.models.moderations.ModerationImageUrlInput;
import com.openai.models.moderations.ModerationModel;
import com.openai.models.moderations.ModerationMultiModalInput;
import com.openai.models.moderations.ModerationTextInput;
import org.creativeautomation.engine.spi.ContentModerator;
import org.creativeautomation.engine.spi.Failure;
import org.creativeautomation.engine.spi.ModerationAnswer;
import org.creativeautomation.engine.spi.ModerationQuery;
import org.creativeautomation.engine.spi.ProviderException;

import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * OpenAI's moderation endpoint ({@code POST /v1/moderations}) through the official SDK. The omni
 * models take an image as a {@code data:} URL beside the text, so nothing is uploaded elsewhere;
 * the answer's category scores and flags come back in OpenAI's names ({@code sexual/minors},
 * {@code self-harm/intent}, ...). Moderation is free, so no cost is reported.
 */
final class OpenAiContentModerator implements ContentModerator {
    static final String ID = "openai";

    private final OpenAIClient client;
    private final String model;

    OpenAiContentModerator(OpenAIClient client, String model) {
        this.client = client;
        this.model = model;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public ModerationAnswer moderate(ModerationQuery query) {
        List<ModerationMultiModalInput> input = new ArrayList<>();
        if (query.text() != null) {
            input.add(ModerationMultiModalInput.ofText(ModerationTextInput.builder().text(query.text()).build()));
        }
        if (query.image() != null) {
            String url = "data:" + query.mediaType() + ";base64," + Base64.getEncoder().encodeToString(query.image());
            input.add(ModerationMultiModalInput.ofImageUrl(ModerationImageUrlInput.builder()
                    .imageUrl(ModerationImageUrlInput.ImageUrl.builder().url(url).build()).build()));
        }
        ModerationCreateParams params = ModerationCreateParams.builder()
                .model(ModerationModel.of(model))
                .inputOfModerationMultiModalArray(input)
                .build();
        ModerationCreateResponse response = OpenAiFailures.call(() -> client.moderations().create(params));
        if (response.results().isEmpty()) {
            throw new ProviderException(Failure.BAD_RESPONSE, "OpenAI's moderation answer has no result");
        }
        return answer(response.results().get(0), response.model());
    }

    /** Scores and flags as the API names them, from the raw JSON so categories the SDK predates are kept. */
    private static ModerationAnswer answer(Moderation result, String model) {
        Map<String, Double> scores = new LinkedHashMap<>();
        for (Map.Entry<String, JsonValue> entry : result.categoryScores()._allProperties().entrySet()) {
            if (entry.getValue().convert(Object.class) instanceof Number score) {
                scores.put(entry.getKey(), score.doubleValue());
            }
        }
        Set<String> flagged = new LinkedHashSet<>();
        for (Map.Entry<String, JsonValue> entry : result.categories()._allProperties().entrySet()) {
            if (Boolean.TRUE.equals(entry.getValue().convert(Object.class))) {
                flagged.add(entry.getKey());
            }
        }
        return new ModerationAnswer(result.flagged(), scores, flagged, Map.of("model", model));
    }
}
