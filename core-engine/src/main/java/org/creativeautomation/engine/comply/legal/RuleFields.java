package org.creativeautomation.engine.comply.legal;

import org.creativeautomation.engine.document.DocNode;
import org.creativeautomation.engine.document.FieldPath;
import org.creativeautomation.engine.document.FieldReader;
import org.creativeautomation.engine.document.MapFields;
import org.creativeautomation.engine.document.NearestName;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads the values the legal rule files share: phrase lists and product categories. */
final class RuleFields {
    private final FieldReader reader;

    RuleFields(FieldReader reader) {
        this.reader = reader;
    }

    FieldReader reader() {
        return reader;
    }

    /** An optional list of phrases; each must hold something to match. */
    List<String> phrases(MapFields fields, String key) {
        return fields.optional(key).map(node -> phrases(node, fields.path(key))).orElse(List.of());
    }

    List<String> phrases(DocNode node, FieldPath path) {
        List<String> out = new ArrayList<>();
        reader.list(node, path).ifPresent(items -> {
            for (int i = 0; i < items.size(); i++) {
                FieldPath at = path.index(i);
                DocNode item = items.get(i);
                reader.text(item, at, "a word or phrase").ifPresent(text -> {
                    if (Phrase.of(text).isEmpty()) {
                        reader.report(item, at, "\"" + text + "\" has no letters, digits or symbols to match");
                    } else {
                        out.add(text);
                    }
                });
            }
        });
        return out;
    }

    /** A required, non-empty list of product category ids. */
    List<ProductCategory> categories(MapFields fields, String key) {
        List<ProductCategory> out = new ArrayList<>();
        fields.required(key, "a list of product categories: " + String.join(", ", ProductCategory.ids()))
                .flatMap(node -> reader.list(node, fields.path(key)).map(items -> {
                    if (items.isEmpty()) {
                        reader.report(node, fields.path(key), "the list is empty (name at least one category)");
                    }
                    return items;
                }))
                .ifPresent(items -> {
                    for (int i = 0; i < items.size(); i++) {
                        category(items.get(i), fields.path(key).index(i)).ifPresent(out::add);
                    }
                });
        return out;
    }

    private Optional<ProductCategory> category(DocNode node, FieldPath path) {
        return reader.text(node, path, "a product category").flatMap(id -> {
            Optional<ProductCategory> category = ProductCategory.fromId(id);
            if (category.isEmpty()) {
                String hint = NearestName.among(id, ProductCategory.ids())
                        .map(name -> "did you mean \"" + name + "\"?")
                        .orElseGet(() -> "known: " + String.join(", ", ProductCategory.ids()));
                reader.report(node, path, "\"" + id + "\" is not a product category (" + hint + ")");
            }
            return category;
        });
    }
}
