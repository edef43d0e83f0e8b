package org.creativeautomation.engine.generate;

import org.creativeautomation.engine.spi.ImageCapabilities;

import java.util.Objects;

/**
 * The prompt for a product's hero image and what to keep out of it. A provider that takes a
 * negative prompt gets it as such; the others get it folded into the text as an "Avoid: ..."
 * sentence, so the kit's wishes reach every provider.
 *
 * @param text     the prompt; always asks for an image without text, letters or logos
 * @param negative the kit's negative prompt, null when it has none
 */
public record HeroPrompt(String text, String negative) {

    /** Sent as the negative prompt to providers that take one, beside the kit's: the studio sets all copy itself. */
    public static final String NO_TEXT_NEGATIVE = "text, letters, words, logos, watermarks";

    public HeroPrompt {
        Objects.requireNonNull(text, "text");
        negative = negative == null || negative.isBlank() ? null : negative.strip();
    }

    /** The prompt text as a provider with these capabilities receives it. */
    public String textFor(ImageCapabilities capabilities) {
        if (capabilities.negativePrompts() || negative == null) {
            return text;
        }
        return text + " Avoid: " + withoutFinalStop(negative) + ".";
    }

    /** The negative prompt a provider with these capabilities receives; null for providers that take none. */
    public String negativeFor(ImageCapabilities capabilities) {
        if (!capabilities.negativePrompts()) {
            return null;
        }
        return negative == null ? NO_TEXT_NEGATIVE : withoutFinalStop(negative) + ", " + NO_TEXT_NEGATIVE;
    }

    private static String withoutFinalStop(String text) {
        return text.endsWith(".") ? text.substring(0, text.length() - 1).strip() : text;
    }
}
