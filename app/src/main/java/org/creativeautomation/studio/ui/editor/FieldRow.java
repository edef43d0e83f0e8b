package org.creativeautomation.studio.ui.editor;

import atlantafx.base.theme.Styles;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

import java.util.List;
import java.util.Locale;

/**
 * One field of the brief form: its label, its control and, under it, what the validator says is
 * wrong with it. Knows its field path, so problems find it.
 */
final class FieldRow extends VBox {
    /** The node property under which a form control keeps the field path it edits. */
    static final String FIELD_PATH = "fieldPath";

    private final String fieldPath;
    private final Node control;
    private final Label problem = new Label();
    private final boolean group;

    /**
     * @param group true for a row that stands for a whole group (message, products[0]): it shows only
     *              problems of the group itself, the fields inside show their own
     */
    FieldRow(String labelText, String fieldPath, Node control, boolean group) {
        super(4);
        this.fieldPath = fieldPath;
        this.control = control;
        this.group = group;
        getStyleClass().add("field-row");
        control.getProperties().put(FIELD_PATH, fieldPath);
        control.setId(idOf(fieldPath));
        problem.getStyleClass().addAll("field-problem", Styles.TEXT_SMALL, Styles.DANGER);
        problem.setWrapText(true);
        problem.setId(idOf(fieldPath) + "-problem");
        problem.setManaged(false);
        problem.setVisible(false);
        if (labelText != null) {
            Label label = new Label(labelText);
            label.getStyleClass().add("field-label");
            label.setLabelFor(control);
            getChildren().add(label);
        }
        getChildren().addAll(control, problem);
        if (group) {
            // A group's row is only its problems: without any it takes no room in the form.
            setManaged(false);
            setVisible(false);
        }
    }

    /** A CSS-safe id for a field path: {@code products[0].name} becomes {@code field-products-0-name}. */
    static String idOf(String fieldPath) {
        return "field-" + fieldPath.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("-$", "").toLowerCase(Locale.ROOT);
    }

    String fieldPath() {
        return fieldPath;
    }

    void showProblems(FieldProblems problems) {
        List<String> messages = group ? problems.exactly(fieldPath) : problems.within(fieldPath);
        boolean any = !messages.isEmpty();
        problem.setText(String.join("\n", messages));
        problem.setManaged(any);
        problem.setVisible(any);
        control.pseudoClassStateChanged(Styles.STATE_DANGER, any);
        if (group) {
            setManaged(any);
            setVisible(any);
        }
    }
}
