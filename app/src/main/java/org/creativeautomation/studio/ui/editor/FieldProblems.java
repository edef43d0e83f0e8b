package org.creativeautomation.studio.ui.editor;

import org.creativeautomation.engine.document.Problem;

import java.util.List;

/** The validator's problems, found by the field paths the form's fields stand for. */
public record FieldProblems(List<Problem> problems) {
    public static final FieldProblems NONE = new FieldProblems(List.of());

    public FieldProblems {
        problems = List.copyOf(problems);
    }

    /** Problems of exactly this field, e.g. {@code message} ("no text for locale es-US"). */
    public List<String> exactly(String fieldPath) {
        return problems.stream().filter(p -> fieldPath.equals(p.fieldPath())).map(Problem::message).toList();
    }

    /**
     * Problems of this field and of anything inside it: {@code market.locales} also gets
     * {@code market.locales[1]}'s, {@code products[0].assets} gets {@code products[0].assets[0]}'s.
     */
    public List<String> within(String fieldPath) {
        return problems.stream()
                .filter(p -> p.fieldPath() != null && (p.fieldPath().equals(fieldPath)
                        || p.fieldPath().startsWith(fieldPath + "[") || p.fieldPath().startsWith(fieldPath + ".")))
                .map(Problem::message)
                .toList();
    }

    public boolean isEmpty() {
        return problems.isEmpty();
    }
}
