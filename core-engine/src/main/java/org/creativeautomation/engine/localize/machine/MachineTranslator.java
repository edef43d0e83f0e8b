package org.creativeautomation.engine.localize.machine;

import org.creativeautomation.engine.generate.RoutedText;
import org.creativeautomation.engine.generate.TextRouter;
import org.creativeautomation.engine.spi.Failure;
import org.creativeautomation.engine.spi.ProviderException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Translates copy with a language model through the text router (retries, rate limits, circuit
 * breaker), one text per request so that each answer is only that text.
 */
public final class MachineTranslator {
    private static final Logger LOG = LoggerFactory.getLogger(MachineTranslator.class);
    private static final String QUOTES = "\"'“”„«»‘’「」『』";

    private final TextRouter router;

    public MachineTranslator(TextRouter router) {
        this.router = router;
    }

    /**
     * @throws org.creativeautomation.engine.generate.NoProviderSucceededException when no provider answered
     * @throws ProviderException when the answer is no translation (blank)
     */
    public MachineTranslation translate(TranslationRequest request) {
        RoutedText answer = router.complete(TranslationPrompt.of(request));
        String text = cleaned(answer.result().text(), request.sourceText());
        if (text.isBlank()) {
            throw new ProviderException(Failure.BAD_RESPONSE, answer.provider() + " answered with no translation");
        }
        LOG.debug("Translated {} {} -> {} with {}", request.field().label(), request.sourceLocale(),
                request.targetLocale(), answer.provider());
        return new MachineTranslation(text, answer.provider(), answer.result().costUsd());
    }

    /**
     * The answer without what models add despite being asked not to: surrounding whitespace, and
     * quotes around the whole answer when the source had none.
     */
    static String cleaned(String answer, String source) {
        String text = answer.strip();
        boolean sourceQuoted = !source.isEmpty() && QUOTES.indexOf(source.strip().charAt(0)) >= 0;
        if (!sourceQuoted && text.length() >= 2 && QUOTES.indexOf(text.charAt(0)) >= 0
                && QUOTES.indexOf(text.charAt(text.length() - 1)) >= 0) {
            text = text.substring(1, text.length() - 1).strip();
        }
        return text;
    }
}
