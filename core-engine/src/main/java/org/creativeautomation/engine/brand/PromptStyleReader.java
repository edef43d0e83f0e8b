package org.creativeautomation.engine.brand;

import org.creativeautomation.engine.document.DocNode;
import org.creativeautomation.engine.document.FieldPath;
import org.creativeautomation.engine.document.FieldReader;
import org.creativeautomation.engine.document.MapFields;

import java.util.List;
import java.util.Optional;

/**
 * Reads a kit's optional {@code prompt:} section. Every field is optional, but a field that is
 * given must be text, and a template must only use placeholders the prompt builder can fill:
 * a misspelt {@code {prodcut}} would otherwise reach the image provider as it stands.
 */
final class PromptStyleReader {
    static final List<String> PROMPT_FIELDS = List.of("style", "lighting", "composition", "negativePrompt", "template");

    private final FieldReader reader;

    PromptStyleReader(FieldReader reader) {
        this.reader = reader;
    }

    /** The section, or empty when anything in it was reported. */
    Optional<PromptStyle> read(DocNode node, FieldPath path) {
        Optional<MapFields> fields = reader.fields(node, path, PROMPT_FIELDS);
        if (fields.isEmpty()) {
            return Optional.empty();
        }
        MapFields section = fields.get();
        int before = reader.problems().size();
        String style = text(section, "style", "the look of the brand's photography, e.g. \"bright and fresh\"");
        String lighting = text(section, "lighting", "how the product is lit, e.g. \"soft daylight from the left\"");
        String composition = text(section, "composition", "art direction for the set, e.g. \"on a pale stone\"");
        String negative = text(section, "negativePrompt", "what must stay out of the image, e.g. \"people, clutter\"");
        String templateText = text(section, "template", "the prompt's wording with placeholders such as "
                + PromptTemplate.known());
        PromptTemplate template = null;
        if (templateText != null) {
            template = new PromptTemplate(templateText);
            Optional<String> problem = template.problem();
            if (problem.isPresent()) {
                reader.report(section.optional("template").orElseThrow(), section.path("template"), problem.get());
                template = null;
            }
        }
        if (reader.problems().size() > before) {
            return Optional.empty();
        }
        return Optional.of(new PromptStyle(style, lighting, composition, negative, template));
    }

    private String text(MapFields section, String key, String expected) {
        return section.optional(key).flatMap(value -> reader.text(value, section.path(key), expected))
                .map(String::strip).orElse(null);
    }
}
