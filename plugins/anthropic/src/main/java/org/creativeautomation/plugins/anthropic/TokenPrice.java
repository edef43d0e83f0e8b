package org.creativeautomation.plugins.anthropic;

/**
 * What one model charges per million tokens. Some models charge more for every token of a request
 * whose prompt is long; {@code longPromptTokens} is that threshold (0 when the model has one rate).
 */
record TokenPrice(double inputPerMTok, double outputPerMTok, long longPromptTokens,
                  double longInputPerMTok, double longOutputPerMTok) {

    TokenPrice {
        if (inputPerMTok < 0 || outputPerMTok < 0 || longInputPerMTok < 0 || longOutputPerMTok < 0
                || longPromptTokens < 0) {
            throw new IllegalArgumentException("prices and thresholds must not be negative");
        }
    }

    static TokenPrice flat(double inputPerMTok, double outputPerMTok) {
        return new TokenPrice(inputPerMTok, outputPerMTok, 0, inputPerMTok, outputPerMTok);
    }

    /** The cost in USD of a call that read {@code inputTokens} and wrote {@code outputTokens}. */
    double cost(long inputTokens, long outputTokens) {
        boolean longPrompt = longPromptTokens > 0 && inputTokens > longPromptTokens;
        double input = longPrompt ? longInputPerMTok : inputPerMTok;
        double output = longPrompt ? longOutputPerMTok : outputPerMTok;
        return (inputTokens * input + outputTokens * output) / 1_000_000.0;
    }
}
