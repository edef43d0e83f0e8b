package org.creativeautomation.engine.comply.predict;

/**
 * What one measured feature added to (or took from) a creative's performance score.
 *
 * @param feature  e.g. {@code contrast}; see the constants of {@link PerformancePredictor}
 * @param measured what was measured, e.g. {@code 8.2:1}
 * @param points   the points it adds (negative: takes away); a whole number
 * @param why      the rule applied and the reason for it, in one sentence
 */
public record Contribution(String feature, String measured, double points, String why) {
}
