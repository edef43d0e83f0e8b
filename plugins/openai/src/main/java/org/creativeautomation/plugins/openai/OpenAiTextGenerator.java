package org.creativeautomation.plugins.openai;

import com.openai.client.OpenAIClient;
import com.openai.models.chat.completions.ChatCompletion;
import com.openai.models.chat.completions.ChatCompletionCreateParams;
import com.openai.models.chat.completions.ChatCompletionMessage;
import com.openai.models.completions.CompletionUsage;
import org.creativeautomation.engine.spi.ChatMessage;
import org.creativeautomation.engine.spi.Failure;
import org.creativeautomation.engine.spi.ProviderException;
import org.creativeautomation.engine.spi.TextGenerator;
import org.creativeautomation.engine.spi.TextRequest;
import org.creativeautomation.engine.spi.TextResult;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Text from OpenAI's chat completions API ({@code POST /v1/chat/completions}) through the official
 * SDK. System messages keep the {@code system} role, which OpenAI turns into {@code developer} for
 * reasoning models and which every OpenAI-compatible server behind {@code OPENAI_BASE_URL}
 * understands. The length limit is {@code max_completion_tokens} (reasoning models reject
 * {@code max_tokens}); the temperature goes only to models that take one, see {@link OpenAiTextModel}.
 * Retries are the router's job: the SDK's own are switched off.
 */
public final class OpenAiTextGenerator implements TextGenerator {
    public static final String ID = "openai";

    private final OpenAIClient client;
    private final String defaultModel;

    public OpenAiTextGenerator(OpenAIClient client, String defaultModel) {
        this.client = client;
        this.defaultModel = defaultModel;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public TextResult complete(TextRequest request) {
        ChatCompletionCreateParams params = paramsFor(request);
        return OpenAiFailures.call(() -> resultOf(client.chat().completions().create(params)));
    }

    private ChatCompletionCreateParams paramsFor(TextRequest request) {
        String model = request.model() == null ? defaultModel : request.model();
        ChatCompletionCreateParams.Builder params = ChatCompletionCreateParams.builder()
                .model(model)
                .maxCompletionTokens(request.maxTokens());
        for (ChatMessage message : request.messages()) {
            switch (message.role()) {
                case SYSTEM -> params.addSystemMessage(message.content());
                case USER -> params.addUserMessage(message.content());
                case ASSISTANT -> params.addAssistantMessage(message.content());
            }
        }
        if (OpenAiTextModels.of(model).takesTemperature()) {
            params.temperature(request.temperature());
        }
        return params.build();
    }

    private static TextResult resultOf(ChatCompletion completion) {
        if (completion.choices().isEmpty()) {
            throw new ProviderException(Failure.BAD_RESPONSE, "OpenAI answered with no choices (" + completion.id() + ")");
        }
        ChatCompletion.Choice choice = completion.choices().get(0);
        ChatCompletionMessage message = choice.message();
        String finishReason = choice.finishReason().asString();
        if (message.refusal().filter(refusal -> !refusal.isBlank()).isPresent()
                || ChatCompletion.Choice.FinishReason.CONTENT_FILTER.asString().equals(finishReason)) {
            throw new ProviderException(Failure.REFUSED, "OpenAI " + completion.model() + " declined the request ("
                    + completion.id() + ", finish_reason " + finishReason + ")");
        }
        String text = message.content().orElse("");
        if (text.isBlank()) {
            throw new ProviderException(Failure.BAD_RESPONSE, "OpenAI " + completion.model()
                    + " answered with no text (finish_reason " + finishReason + ", " + completion.id() + ")");
        }
        CompletionUsage usage = completion.usage().orElseThrow(() -> new ProviderException(Failure.BAD_RESPONSE,
                "OpenAI's answer has no usage, so its cost is unknown (" + completion.id() + ")"));
        long cached = usage.promptTokensDetails().flatMap(CompletionUsage.PromptTokensDetails::cachedTokens).orElse(0L);
        Map<String, String> metadata = new LinkedHashMap<>();
        metadata.put("model", completion.model());
        metadata.put("id", completion.id());
        metadata.put("finish_reason", finishReason);
        metadata.put("input_tokens", Long.toString(usage.promptTokens()));
        metadata.put("cached_input_tokens", Long.toString(cached));
        metadata.put("output_tokens", Long.toString(usage.completionTokens()));
        double cost = OpenAiTextModels.priced(completion.model())
                .cost(usage.promptTokens(), cached, usage.completionTokens());
        return new TextResult(text, cost, metadata);
    }
}
