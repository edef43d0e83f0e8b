package org.creativeautomation.studio.ui.findings;

import atlantafx.base.theme.Styles;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.creativeautomation.engine.comply.Finding;
import org.creativeautomation.studio.ui.common.ComplianceBadge;

/** The compliance panel: the verdict of the creative on the canvas and its findings; picking one highlights it. */
public final class FindingsView {
    private final VBox root = new VBox(10);

    public FindingsView(FindingsViewModel model) {
        root.getStyleClass().add("findings-panel");
        root.setPadding(new Insets(12));
        Label title = new Label("Compliance");
        title.getStyleClass().add(Styles.TITLE_4);
        ComplianceBadge verdict = new ComplianceBadge();
        verdict.setId("compliance-status");
        verdict.show(model.statusProperty().get());
        model.statusProperty().addListener((o, old, status) -> verdict.show(status));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(8, title, spacer, verdict);
        header.setAlignment(Pos.CENTER_LEFT);
        Label summary = new Label();
        summary.setId("compliance-summary");
        summary.getStyleClass().add(Styles.TEXT_MUTED);
        summary.setWrapText(true);
        summary.textProperty().bind(model.summaryProperty());

        ListView<Finding> list = new ListView<>(model.findings());
        list.setId("finding-list");
        list.setCellFactory(v -> new FindingCell());
        list.setPlaceholder(placeholder());
        VBox.setVgrow(list, Priority.ALWAYS);
        // The list and the canvas share one selection: picking here highlights there.
        list.getSelectionModel().selectedItemProperty().addListener((o, old, finding) -> {
            if (finding != model.selectedProperty().get()) {
                model.selectedProperty().set(finding);
            }
        });
        model.selectedProperty().addListener((o, old, finding) -> {
            if (finding == null) {
                list.getSelectionModel().clearSelection();
            } else if (list.getSelectionModel().getSelectedItem() != finding) {
                list.getSelectionModel().select(finding);
            }
        });
        Label hint = new Label("Pick a finding to see where it applies.");
        hint.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        root.getChildren().addAll(header, summary, list, hint);
    }

    public Node root() {
        return root;
    }

    private static Node placeholder() {
        Label none = new Label("No findings: this creative passes every check.");
        none.getStyleClass().add(Styles.TEXT_MUTED);
        none.setWrapText(true);
        return none;
    }

    /** A finding: severity, what is wrong, and what was measured against which rule. */
    private static final class FindingCell extends ListCell<Finding> {
        @Override
        protected void updateItem(Finding finding, boolean empty) {
            super.updateItem(finding, empty);
            setText(null);
            if (empty || finding == null) {
                setGraphic(null);
                return;
            }
            Label message = new Label(finding.message());
            message.setWrapText(true);
            message.getStyleClass().add("finding-message");
            Label check = new Label(finding.check().id() + (finding.box() == null ? "  ·  whole creative" : ""));
            check.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
            HBox top = new HBox(8, ComplianceBadge.of(finding.severity()), check);
            top.setAlignment(Pos.CENTER_LEFT);
            VBox cell = new VBox(4, top, message);
            if (finding.measured() != null || finding.expected() != null) {
                Label rule = new Label(describeRule(finding));
                rule.setWrapText(true);
                rule.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
                cell.getChildren().add(rule);
            }
            // Labels wrap only at a width they are given: the list's, less its padding and scroll bar.
            for (Node child : cell.getChildren()) {
                if (child instanceof Label label) {
                    label.setMinHeight(Region.USE_PREF_SIZE);
                    label.prefWidthProperty().bind(getListView().widthProperty().subtract(36));
                    label.maxWidthProperty().bind(label.prefWidthProperty());
                }
            }
            setGraphic(cell);
        }

        private static String describeRule(Finding finding) {
            String measured = finding.measured() == null ? "" : "measured " + finding.measured();
            String expected = finding.expected() == null ? "" : "expected " + finding.expected();
            return measured.isEmpty() || expected.isEmpty() ? measured + expected : measured + "; " + expected;
        }
    }
}
