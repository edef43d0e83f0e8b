package org.creativeautomation.plugins.openai;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Comparator;
import java.util.Map;

/**
 * OpenAI's chat models as of 2026-11-24: standard-tier list prices for prompts up to 272K tokens
 * (longer prompts cost more on some models and are not modelled; copy prompts are far shorter)
 * and whether each takes a temperature. Where OpenAI lists no cached-input price the input price
 * is used. Replace with the price data file of the cost-control work when it lands.
 */
final class OpenAiTextModels {
    static final String AS_OF = "2026-11-24";
    private static final Logger LOG = LoggerFactory.getLogger(OpenAiTextModels.class);

    private static final Map<String, OpenAiTextModel> MODELS = Map.ofEntries(
            Map.entry("gpt-6.1-terra", new OpenAiTextModel(1.00, 0.05, 5.00, false)),
            Map.entry("gpt-6.1-sol", new OpenAiTextModel(2.00, 2.00, 10.00, false)),
            Map.entry("gpt-6-sol", new OpenAiTextModel(2.00, 0.20, 10.00, false)),
            Map.entry("gpt-6-luna", new OpenAiTextModel(0.10, 0.01, 0.50, false)),
            Map.entry("gpt-5.6-sol", new OpenAiTextModel(5.00, 5.00, 30.00, false)),
            Map.entry("gpt-5.6-terra", new OpenAiTextModel(2.00, 0.20, 12.00, false)),
            Map.entry("gpt-5.6-luna", new OpenAiTextModel(0.20, 0.02, 1.20, false)),
            // No reasoning, so it still honours temperature; shut down on 2027-01-14.
            Map.entry("gpt-4.1-mini", new OpenAiTextModel(0.40, 0.10, 1.60, true)));

    /** Unknown models: priced at the highest rate so budgets err high; no temperature, like every current model. */
    private static final OpenAiTextModel UNKNOWN = new OpenAiTextModel(
            MODELS.values().stream().mapToDouble(OpenAiTextModel::inputPerMTok).max().orElseThrow(),
            MODELS.values().stream().mapToDouble(OpenAiTextModel::inputPerMTok).max().orElseThrow(),
            MODELS.values().stream().max(Comparator.comparingDouble(OpenAiTextModel::outputPerMTok))
                    .orElseThrow().outputPerMTok(),
            false);

    private OpenAiTextModels() {
    }

    /** The model of an id as asked for or as the API reports it, dated snapshots included. */
    static OpenAiTextModel of(String id) {
        OpenAiTextModel model = MODELS.get(id);
        if (model == null) {
            model = MODELS.get(id.replaceFirst("-\\d{4}-\\d{2}-\\d{2}$", ""));
        }
        return model == null ? UNKNOWN : model;
    }

    static boolean isKnown(String id) {
        return of(id) != UNKNOWN;
    }

    /** The price of an answer's model, with a warning when it has to be guessed. */
    static OpenAiTextModel priced(String id) {
        if (!isKnown(id)) {
            LOG.warn("No list price for OpenAI model {} (prices as of {}); costing it at the highest known rate", id, AS_OF);
        }
        return of(id);
    }
}
