package org.creativeautomation.engine.brief;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes a {@link BriefDraft} as brief YAML, fields in the order the examples use. Required fields
 * are written even when empty, so that the validator names the empty field rather than a missing
 * one; optional fields nobody filled in are left out.
 */
public final class BriefYamlWriter {
    private static final ObjectMapper YAML = new ObjectMapper(YAMLFactory.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
            .build());

    public String write(BriefDraft draft) {
        Map<String, Object> brief = new LinkedHashMap<>();
        brief.put("campaign", draft.campaign());
        putIfGiven(brief, "name", draft.name());
        brief.put("brand", draft.brand());
        Map<String, Object> market = new LinkedHashMap<>();
        market.put("region", draft.region());
        market.put("locales", draft.locales());
        brief.put("market", market);
        brief.put("audience", draft.audience());
        brief.put("message", draft.message().isEmpty() ? "" : draft.message());
        putIfGiven(brief, "cta", draft.cta());
        putIfGiven(brief, "disclaimer", draft.disclaimer());
        brief.put("ratios", draft.ratios());
        brief.put("products", draft.products().stream().map(BriefYamlWriter::product).toList());
        if (!draft.maxUsd().isBlank()) {
            brief.put("budget", Map.of("maxUsd", numberOrText(draft.maxUsd())));
        }
        try {
            return YAML.writeValueAsString(brief);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a brief of plain text, lists and maps could not be written as YAML", e);
        }
    }

    private static Map<String, Object> product(DraftProduct product) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("id", product.id());
        fields.put("name", product.name());
        putIfGiven(fields, "description", product.description());
        if (!product.assets().isEmpty()) {
            fields.put("assets", product.assets());
        }
        return fields;
    }

    private static void putIfGiven(Map<String, Object> fields, String key, String text) {
        if (!text.isEmpty()) {
            fields.put(key, text);
        }
    }

    /** Per-locale texts are written when any of them is; then every locale's, so an empty one is named. */
    private static void putIfGiven(Map<String, Object> fields, String key, Map<String, String> texts) {
        if (texts.values().stream().anyMatch(t -> !t.isEmpty())) {
            fields.put(key, texts);
        }
    }

    private static Object numberOrText(String text) {
        try {
            return new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            return text;
        }
    }
}
