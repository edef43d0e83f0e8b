package org.creativeautomation.plugins.openai;

/**
 * What the plugin knows about one chat model: its list prices in USD per million tokens (cached
 * prompt tokens are billed at their own rate; OpenAI caches long prompts without being asked) and
 * whether it takes a {@code temperature}. OpenAI's GPT-5.x and GPT-6 models reason by default, and
 * "when reasoning effort is not none" OpenAI's deployment guide says to remove temperature.
 */
record OpenAiTextModel(double inputPerMTok, double cachedInputPerMTok, double outputPerMTok,
                       boolean takesTemperature) {

    OpenAiTextModel {
        if (inputPerMTok < 0 || cachedInputPerMTok < 0 || outputPerMTok < 0) {
            throw new IllegalArgumentException("prices must not be negative");
        }
    }

    /** The cost in USD of a call; {@code cachedTokens} are part of {@code promptTokens}, as the API counts them. */
    double cost(long promptTokens, long cachedTokens, long completionTokens) {
        long cached = Math.min(Math.max(cachedTokens, 0), promptTokens);
        return ((promptTokens - cached) * inputPerMTok + cached * cachedInputPerMTok
                + completionTokens * outputPerMTok) / 1_000_000.0;
    }
}
