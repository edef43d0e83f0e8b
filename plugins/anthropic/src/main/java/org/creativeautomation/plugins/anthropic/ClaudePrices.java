package org.creativeautomation.plugins.anthropic;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Comparator;
import java.util.Map;

/**
 * Anthropic's list prices for the Messages API in USD per million tokens, standard tier, as
 * published on the Claude platform's model and pricing pages on 2026-11-24. Cache reads and
 * writes are not priced: the plugin never asks for prompt caching. Replace this table when the
 * cost-control work brings a price data file.
 */
final class ClaudePrices {
    static final String AS_OF = "2026-11-24";
    private static final Logger LOG = LoggerFactory.getLogger(ClaudePrices.class);

    private static final Map<String, TokenPrice> PER_MODEL = Map.ofEntries(
            Map.entry("claude-fable-5-2", TokenPrice.flat(8, 40)),
            Map.entry("claude-fable-5-1", TokenPrice.flat(10, 50)),
            Map.entry("claude-fable-5", TokenPrice.flat(10, 50)),
            Map.entry("claude-opus-5-5", TokenPrice.flat(4, 20)),
            Map.entry("claude-opus-5", TokenPrice.flat(5, 25)),
            Map.entry("claude-opus-4-8", TokenPrice.flat(5, 25)),
            Map.entry("claude-opus-4-7", TokenPrice.flat(5, 25)),
            Map.entry("claude-opus-4-6", TokenPrice.flat(5, 25)),
            Map.entry("claude-opus-4-5", TokenPrice.flat(5, 25)),
            Map.entry("claude-sonnet-5-5", TokenPrice.flat(2, 10)),
            Map.entry("claude-sonnet-5", TokenPrice.flat(2, 10)),
            Map.entry("claude-sonnet-4-6", TokenPrice.flat(3, 15)),
            Map.entry("claude-sonnet-4-5", TokenPrice.flat(3, 15)),
            // Haiku 5.5 bills every token of a request at the higher rate once its prompt passes 100,000 tokens.
            Map.entry("claude-haiku-5-5", new TokenPrice(0.10, 0.50, 100_000, 0.50, 2.50)),
            Map.entry("claude-haiku-4-5", TokenPrice.flat(1, 5)));

    private static final TokenPrice HIGHEST = PER_MODEL.values().stream()
            .max(Comparator.comparingDouble(TokenPrice::outputPerMTok)).orElseThrow();

    private ClaudePrices() {
    }

    /**
     * The price of a model id as the API reports it, dated snapshots ({@code claude-haiku-4-5-20251001})
     * included. An unknown model is priced at the table's highest rate, so a budget errs high.
     */
    static TokenPrice of(String model) {
        TokenPrice price = PER_MODEL.get(model);
        if (price == null) {
            price = PER_MODEL.get(model.replaceFirst("-\\d{8}$", ""));
        }
        if (price == null) {
            LOG.warn("No list price for Anthropic model {} (prices as of {}); costing it at the highest known rate",
                    model, AS_OF);
            return HIGHEST;
        }
        return price;
    }
}
