package org.creativeautomation.engine.brief;

import org.creativeautomation.engine.compose.Ratio;
import org.creativeautomation.engine.document.DocNode;
import org.creativeautomation.engine.document.DocumentReader;
import org.creativeautomation.engine.document.InvalidDocumentException;
import org.creativeautomation.engine.document.Problem;
import org.creativeautomation.engine.document.Problems;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a brief's text into a {@link BriefDraft} without judging it: a value of the wrong shape is
 * left out, as the form cannot show it, and {@link BriefParser} reports it at its place instead.
 * Only text that is no YAML or JSON at all cannot be read.
 */
public final class BriefDraftReader {
    private final DocumentReader documents = new DocumentReader();

    /**
     * @param briefFile where the text is (or will be) saved: its extension picks YAML or JSON, and
     *                  problems name it
     * @throws InvalidDocumentException when the text is not a YAML or JSON document
     */
    public BriefDraft read(Path briefFile, String text) {
        DocumentReader.Format format = DocumentReader.formatOf(briefFile);
        if (format == null) {
            throw new InvalidDocumentException(List.of(new Problem(null, null,
                    briefFile + ": unsupported file type (expected .yaml, .yml or .json)")));
        }
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        if (body.isBlank()) {
            return read(new DocNode.MapNode(null, Map.of()));
        }
        return read(documents.parse(briefFile, body, format, new Problems()));
    }

    /** The draft a parsed document holds; anything but a map is an empty draft. */
    public BriefDraft read(DocNode root) {
        if (!(root instanceof DocNode.MapNode map)) {
            return read(new DocNode.MapNode(null, Map.of()));
        }
        DocNode.MapNode market = map.get("market") instanceof DocNode.MapNode m ? m : null;
        List<String> locales = market == null ? List.of() : strings(market.get("locales"));
        DocNode.MapNode budget = map.get("budget") instanceof DocNode.MapNode b ? b : null;
        DocNode ratios = map.get("ratios");
        return new BriefDraft(
                text(map.get("campaign")),
                text(map.get("name")),
                text(map.get("brand")),
                market == null ? "" : text(market.get("region")),
                locales,
                text(map.get("audience")),
                perLocale(map.get("message"), locales),
                perLocale(map.get("cta"), locales),
                perLocale(map.get("disclaimer"), locales),
                ratios == null ? Ratio.labels() : strings(ratios),
                products(map.get("products")),
                budget == null ? "" : text(budget.get("maxUsd")));
    }

    private static List<DraftProduct> products(DocNode node) {
        if (!(node instanceof DocNode.ListNode list)) {
            return List.of();
        }
        List<DraftProduct> products = new ArrayList<>();
        for (DocNode item : list.items()) {
            if (item instanceof DocNode.MapNode product) {
                products.add(new DraftProduct(text(product.get("id")), text(product.get("name")),
                        text(product.get("description")), strings(product.get("assets"))));
            } else {
                products.add(DraftProduct.blank());
            }
        }
        return products;
    }

    /** A text given once stands for every locale, as the parser reads it. */
    private static Map<String, String> perLocale(DocNode node, List<String> locales) {
        Map<String, String> texts = new LinkedHashMap<>();
        if (node instanceof DocNode.MapNode map) {
            map.entries().values().forEach(entry -> texts.put(entry.key(), text(entry.value())));
        } else if (node instanceof DocNode.ScalarNode scalar && !scalar.isNull()) {
            locales.forEach(locale -> texts.put(locale, scalar.text()));
        }
        return texts;
    }

    private static List<String> strings(DocNode node) {
        if (!(node instanceof DocNode.ListNode list)) {
            return List.of();
        }
        return list.items().stream().map(BriefDraftReader::text).toList();
    }

    private static String text(DocNode node) {
        return node instanceof DocNode.ScalarNode scalar && !scalar.isNull() ? scalar.text() : "";
    }
}
