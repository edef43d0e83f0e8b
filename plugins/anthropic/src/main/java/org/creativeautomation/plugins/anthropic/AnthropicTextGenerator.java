package org.creativeautomation.plugins.anthropic;

import com.anthropic.client.AnthropicClient;
import com.anthropic.models.messages.ContentBlock;
import com.anthropic.models.messages.Message;
import com.anthropic.models.messages.MessageCreateParams;
import com.anthropic.models.messages.RefusalStopDetails;
import com.anthropic.models.messages.StopReason;
import com.anthropic.models.messages.TextBlock;
import com.anthropic.models.messages.Usage;
import org.creativeautomation.engine.spi.ChatMessage;
import org.creativeautomation.engine.spi.Failure;
import org.creativeautomation.engine.spi.ProviderException;
import org.creativeautomation.engine.spi.Role;
import org.creativeautomation.engine.spi.TextGenerator;
import org.creativeautomation.engine.spi.TextRequest;
import org.creativeautomation.engine.spi.TextResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Text from Claude through Anthropic's Messages API ({@code POST /v1/messages}) and the official
 * SDK. System messages go into the top-level {@code system} field, the rest keep their order.
 * The request's temperature is not sent: API version 2026-10-21, which this SDK speaks, removed
 * the sampling parameters and answers 400 to any of them. Retries are the router's job: the
 * SDK's own are switched off.
 */
public final class AnthropicTextGenerator implements TextGenerator {
    public static final String ID = "anthropic";
    private static final Logger LOG = LoggerFactory.getLogger(AnthropicTextGenerator.class);

    private final AnthropicClient client;
    private final String defaultModel;

    public AnthropicTextGenerator(AnthropicClient client, String defaultModel) {
        this.client = client;
        this.defaultModel = defaultModel;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public TextResult complete(TextRequest request) {
        MessageCreateParams params = paramsFor(request);
        return AnthropicFailures.call(() -> resultOf(client.messages().create(params)));
    }

    private MessageCreateParams paramsFor(TextRequest request) {
        String model = request.model() == null ? defaultModel : request.model();
        MessageCreateParams.Builder params = MessageCreateParams.builder()
                .model(model)
                .maxTokens(request.maxTokens());
        List<String> system = new ArrayList<>();
        for (ChatMessage message : request.messages()) {
            switch (message.role()) {
                case SYSTEM -> system.add(message.content());
                case USER -> params.addUserMessage(message.content());
                case ASSISTANT -> params.addAssistantMessage(message.content());
            }
        }
        if (request.messages().stream().noneMatch(m -> m.role() != Role.SYSTEM)) {
            throw new ProviderException(Failure.BAD_RESPONSE,
                    "Anthropic needs at least one user message; the request has only system messages");
        }
        if (!system.isEmpty()) {
            params.system(String.join("\n\n", system));
        }
        LOG.debug("Claude {}: {} messages, max_tokens {} (temperature {} not sent)", model,
                request.messages().size(), request.maxTokens(), request.temperature());
        return params.build();
    }

    private static TextResult resultOf(Message message) {
        String model = message.model().asString();
        String stopReason = message.stopReason().map(StopReason::asString).orElse("");
        if (StopReason.REFUSAL.asString().equals(stopReason)) {
            String category = message.stopDetails().flatMap(RefusalStopDetails::category)
                    .map(RefusalStopDetails.Category::asString).orElse("unspecified");
            throw new ProviderException(Failure.REFUSED, "Claude " + model + " declined the request (category "
                    + category + ", message " + message.id() + ")");
        }
        String text = message.content().stream()
                .map(ContentBlock::text).flatMap(Optional::stream)
                .map(TextBlock::text)
                .collect(Collectors.joining());
        if (text.isBlank()) {
            throw new ProviderException(Failure.BAD_RESPONSE, "Claude " + model + " answered with no text (stop_reason "
                    + (stopReason.isEmpty() ? "none" : stopReason) + ", message " + message.id() + ")");
        }
        Usage usage = message.usage();
        Map<String, String> metadata = new LinkedHashMap<>();
        metadata.put("model", model);
        metadata.put("id", message.id());
        metadata.put("stop_reason", stopReason);
        metadata.put("input_tokens", Long.toString(usage.inputTokens()));
        metadata.put("output_tokens", Long.toString(usage.outputTokens()));
        return new TextResult(text, ClaudePrices.of(model).cost(usage.inputTokens(), usage.outputTokens()), metadata);
    }
}
