package org.creativeautomation.engine.localize.machine;

import java.util.List;

/**
 * The optional {@code voice.yaml} in a brand kit's folder: how the brand speaks, for translators.
 *
 * @param tone           the brand's tone of voice in a sentence or two; null when the kit says nothing
 * @param doNotTranslate terms that stay as written in every language (names, slogans, claims the
 *                       brand keeps in English), beside the brand's and products' names
 */
public record KitVoice(String tone, List<String> doNotTranslate) {
    /** The file's name in the kit folder. */
    public static final String FILE_NAME = "voice.yaml";

    /** What a kit without the file says. */
    public static final KitVoice NONE = new KitVoice(null, List.of());

    public KitVoice {
        doNotTranslate = List.copyOf(doNotTranslate);
    }
}
