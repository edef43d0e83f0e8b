package org.creativeautomation.engine.generate;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Makes a refused prompt more likely to pass a content policy by dropping every sentence that
 * mentions people or violence, the two subjects hosted models refuse most often. A product
 * hero needs neither, so what is left still describes the shot. Deliberately crude: it runs once
 * per refusal, and a prompt it cannot improve is failed over rather than retried.
 */
public final class PromptSanitiser {

    private static final Set<String> DENIED = Set.of(
            "person", "people", "man", "men", "woman", "women", "child", "children", "kid", "kids",
            "boy", "girl", "baby", "face", "faces", "celebrity", "model", "athlete", "portrait",
            "gun", "guns", "weapon", "weapons", "knife", "blood", "bloody", "fight", "fighting",
            "kill", "killing", "violence", "violent", "war", "explosion", "dead", "death");

    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?;])\\s+");
    private static final Pattern WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    /** The prompt without the sentences that mention a denied word; may be empty. */
    public String sanitise(String prompt) {
        return Arrays.stream(SENTENCE_END.split(prompt.strip()))
                .filter(sentence -> !mentionsDeniedWord(sentence))
                .collect(Collectors.joining(" "));
    }

    private static boolean mentionsDeniedWord(String sentence) {
        return Arrays.stream(WORD.split(sentence.toLowerCase(Locale.ROOT))).anyMatch(DENIED::contains);
    }
}
