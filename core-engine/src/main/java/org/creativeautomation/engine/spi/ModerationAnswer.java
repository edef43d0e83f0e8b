package org.creativeautomation.engine.spi;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * A moderator's judgement.
 *
 * @param flagged  whether the provider's own policy flags the content
 * @param scores   confidence from 0 to 1 per category, in the provider's names, e.g.
 *                 {@code sexual}, {@code violence/graphic}, {@code self-harm}, {@code hate}
 * @param flaggedCategories the categories the provider flagged, in its names
 * @param metadata provider facts worth keeping (model, request id)
 */
public record ModerationAnswer(boolean flagged, Map<String, Double> scores, Set<String> flaggedCategories,
                               Map<String, String> metadata) {
    public ModerationAnswer {
        scores = Collections.unmodifiableMap(new LinkedHashMap<>(scores));
        flaggedCategories = Set.copyOf(flaggedCategories);
        metadata = Collections.unmodifiableMap(new LinkedHashMap<>(metadata));
        for (Map.Entry<String, Double> score : scores.entrySet()) {
            if (score.getValue() == null || score.getValue() < 0 || score.getValue() > 1) {
                throw new IllegalArgumentException("score of " + score.getKey() + " must be between 0 and 1, was "
                        + score.getValue());
            }
        }
    }
}
