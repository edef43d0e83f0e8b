package org.creativeautomation.studio.ui.editor;

import atlantafx.base.theme.Styles;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import org.creativeautomation.engine.document.Problem;

import java.util.List;

/**
 * The brief editor: the form and the YAML, two tabs over one brief, with the validator's problems
 * listed under them. Choosing a problem shows its line in the YAML.
 */
public final class BriefEditorView {
    private final BriefEditorViewModel model;
    private final BorderPane root = new BorderPane();
    private final TabPane tabs = new TabPane();
    private final Tab yamlTab = new Tab("YAML");
    private final TextArea yaml = new TextArea();
    private final ListView<Problem> problemList = new ListView<>();

    public BriefEditorView(BriefEditorViewModel model, List<String> kitIds) {
        this.model = model;
        root.getStyleClass().add("brief-editor");
        ScrollPane form = new ScrollPane(new BriefFormView(model, kitIds).root());
        form.setFitToWidth(true);
        form.setId("brief-form");
        Tab formTab = new Tab("Form", form);
        formTab.setId("form-tab");
        yamlTab.setContent(yamlPane());
        yamlTab.setId("yaml-tab");
        tabs.getTabs().addAll(formTab, yamlTab);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        root.setTop(unreadableBanner());
        root.setCenter(tabs);
        root.setBottom(problemsPane());
    }

    public Node root() {
        return root;
    }

    private Node yamlPane() {
        yaml.setId("brief-yaml");
        yaml.getStyleClass().add("yaml-text");
        yaml.setText(model.yamlProperty().get());
        yaml.textProperty().addListener((o, old, text) -> model.editYaml(text));
        model.yamlProperty().addListener((o, old, text) -> {
            if (!yaml.getText().equals(text)) {
                yaml.setText(text);
            }
        });
        yaml.focusedProperty().addListener((o, was, is) -> {
            if (!is) {
                model.endEdit();
            }
        });
        return yaml;
    }

    private Node unreadableBanner() {
        Label banner = new Label("The YAML does not parse; the form shows the brief as it last did.");
        banner.setId("yaml-unreadable");
        banner.getStyleClass().addAll("editor-banner", Styles.WARNING);
        banner.setMaxWidth(Double.MAX_VALUE);
        banner.visibleProperty().bind(model.yamlReadableProperty().not());
        banner.managedProperty().bind(banner.visibleProperty());
        return banner;
    }

    private Node problemsPane() {
        Label heading = new Label();
        heading.setId("problem-count");
        heading.getStyleClass().add(Styles.TEXT_BOLD);
        problemList.setId("problem-list");
        problemList.setPrefHeight(120);
        problemList.getStyleClass().add(Styles.DENSE);
        problemList.setCellFactory(v -> new ProblemCell());
        problemList.setOnMouseClicked(e -> showInYaml(problemList.getSelectionModel().getSelectedItem()));
        problemList.setOnKeyPressed(e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER) {
                showInYaml(problemList.getSelectionModel().getSelectedItem());
            }
        });
        VBox pane = new VBox(6, heading, problemList);
        pane.setPadding(new Insets(8, 12, 10, 12));
        pane.getStyleClass().add("problems-pane");
        model.problemsProperty().addListener((o, old, problems) -> showProblems(pane, heading, problems));
        showProblems(pane, heading, model.problemsProperty().get());
        return pane;
    }

    private void showProblems(VBox pane, Label heading, FieldProblems problems) {
        problemList.getItems().setAll(problems.problems());
        int n = problems.problems().size();
        heading.setText(n == 1 ? "1 problem" : n + " problems");
        pane.setVisible(n > 0);
        pane.setManaged(n > 0);
    }

    /** Puts the YAML's caret at the problem's line and column, where the person fixes it. */
    private void showInYaml(Problem problem) {
        if (problem == null || problem.location() == null) {
            return;
        }
        tabs.getSelectionModel().select(yamlTab);
        String text = yaml.getText();
        int offset = 0;
        for (int line = 1; line < problem.location().line() && offset >= 0; line++) {
            offset = text.indexOf('\n', offset) + 1;
            if (offset == 0) {
                offset = text.length();
                break;
            }
        }
        int lineEnd = text.indexOf('\n', offset);
        int end = lineEnd < 0 ? text.length() : lineEnd;
        yaml.requestFocus();
        yaml.selectRange(Math.min(end, offset + problem.location().column() - 1), end);
    }

    /** A problem as line:column, field and message. */
    private static final class ProblemCell extends ListCell<Problem> {
        @Override
        protected void updateItem(Problem problem, boolean empty) {
            super.updateItem(problem, empty);
            if (empty || problem == null) {
                setText(null);
                setTooltip(null);
                return;
            }
            // Wrap at the list's width instead of scrolling sideways.
            setWrapText(true);
            setPrefWidth(0);
            String where = problem.location() == null ? "" : problem.location().line() + ":"
                    + problem.location().column() + "  ";
            String field = problem.fieldPath() == null || problem.fieldPath().isEmpty() ? "" : problem.fieldPath() + ": ";
            setText(where + field + problem.message());
            setTooltip(new Tooltip(problem.format()));
        }
    }
}
