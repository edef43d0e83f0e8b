package org.creativeautomation.engine.comply.predict;

import java.util.List;
import java.util.Optional;

/**
 * A creative's predicted performance, 0 – 100, and every contribution that makes it up: the
 * contributions (baseline included) add up to the score exactly.
 */
public record PerformanceScore(int score, List<Contribution> contributions) {

    public PerformanceScore {
        if (score < 0 || score > 100) {
            throw new IllegalArgumentException("score must be 0-100, was " + score);
        }
        contributions = List.copyOf(contributions);
    }

    /** The contribution of one feature, e.g. {@link PerformancePredictor#CONTRAST}. */
    public Optional<Contribution> contribution(String feature) {
        return contributions.stream().filter(c -> c.feature().equals(feature)).findFirst();
    }
}
