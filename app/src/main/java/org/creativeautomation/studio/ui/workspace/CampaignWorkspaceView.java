package org.creativeautomation.studio.ui.workspace;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Separator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.creativeautomation.engine.store.CampaignStatus;
import org.creativeautomation.studio.ui.common.ReviewBadge;
import org.creativeautomation.studio.ui.editor.BriefEditorView;
import org.creativeautomation.studio.ui.findings.FindingsView;
import org.creativeautomation.studio.ui.preview.PreviewView;

import java.util.List;

/**
 * An open campaign: the brief editor, the live preview and the compliance panel side by side under
 * a bar with the campaign's review status, undo and redo, save state and export. Ctrl+Z and
 * Ctrl+Shift+Z (or Ctrl+Y) undo and redo across the whole brief, not just the focused field.
 */
public final class CampaignWorkspaceView {
    private static final KeyCombination UNDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination REDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);
    private static final KeyCombination REDO_Y = new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination EXPORT = new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN);

    private final CampaignWorkspaceViewModel model;
    private final BorderPane root = new BorderPane();
    private final PreviewView preview;
    private final Label title = new Label();

    public CampaignWorkspaceView(CampaignWorkspaceViewModel model, List<String> kitIds) {
        this.model = model;
        root.getStyleClass().add("campaign-workspace");
        BriefEditorView editor = new BriefEditorView(model.editor(), kitIds);
        preview = new PreviewView(model.preview(), model.findings().selectedProperty());
        FindingsView findings = new FindingsView(model.findings());
        SplitPane panes = new SplitPane(editor.root(), preview.root(), findings.root());
        panes.setId("workspace-panes");
        panes.setDividerPositions(0.31, 0.79);
        SplitPane.setResizableWithParent(editor.root(), false);
        SplitPane.setResizableWithParent(findings.root(), false);
        root.setTop(bar());
        root.setCenter(panes);
        // A filter, so that the brief's undo wins over the focused text field's own.
        root.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (REDO.match(e) || REDO_Y.match(e)) {
                model.editor().redo();
                e.consume();
            } else if (UNDO.match(e)) {
                model.editor().undo();
                e.consume();
            } else if (EXPORT.match(e)) {
                model.export();
                e.consume();
            }
        });
    }

    public Node root() {
        return root;
    }

    public PreviewView preview() {
        return preview;
    }

    /** The campaign's name as the brief now gives it, for the tab. */
    public ReadOnlyStringProperty titleProperty() {
        return title.textProperty();
    }

    private Node bar() {
        Label name = title;
        name.setId("workspace-title");
        name.getStyleClass().add(Styles.TITLE_4);
        name.textProperty().bind(Bindings.createStringBinding(() -> {
            var draft = model.editor().draftProperty().get();
            if (!draft.name().isBlank()) {
                return draft.name();
            }
            return draft.campaign().isBlank() ? model.campaign().name() : draft.campaign();
        }, model.editor().draftProperty()));
        ComboBox<CampaignStatus> status = new ComboBox<>();
        status.setId("review-status");
        status.getItems().setAll(CampaignStatus.values());
        status.setValue(model.statusProperty().get());
        status.setButtonCell(new StatusCell());
        status.setCellFactory(v -> new StatusCell());
        status.valueProperty().addListener((o, old, chosen) -> model.setStatus(chosen));
        status.setTooltip(new Tooltip("Review status"));

        Button undo = new Button("Undo");
        undo.setId("undo");
        undo.setTooltip(new Tooltip("Ctrl+Z"));
        undo.getStyleClass().addAll(Styles.FLAT);
        undo.disableProperty().bind(model.editor().canUndoProperty().not());
        undo.setOnAction(e -> model.editor().undo());
        Button redo = new Button("Redo");
        redo.setId("redo");
        redo.setTooltip(new Tooltip("Ctrl+Shift+Z"));
        redo.getStyleClass().addAll(Styles.FLAT);
        redo.disableProperty().bind(model.editor().canRedoProperty().not());
        redo.setOnAction(e -> model.editor().redo());
        Label saved = new Label();
        saved.setId("save-state");
        saved.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        saved.textProperty().bind(model.editor().saveStateProperty());

        Label exportMessage = new Label();
        exportMessage.setId("export-message");
        exportMessage.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        exportMessage.textProperty().bind(model.exportMessageProperty());
        exportMessage.setMinWidth(0);
        HBox.setHgrow(exportMessage, Priority.SOMETIMES);
        ProgressBar progress = new ProgressBar();
        progress.setId("export-progress");
        progress.setPrefWidth(140);
        progress.progressProperty().bind(model.exportProgressProperty());
        progress.visibleProperty().bind(model.exportingProperty());
        progress.managedProperty().bind(progress.visibleProperty());
        Button export = new Button("Export creatives");
        export.setId("export");
        export.getStyleClass().add(Styles.ACCENT);
        export.setTooltip(new Tooltip("Ctrl+E: write every creative, the manifest, compliance report and proof sheet"));
        export.disableProperty().bind(model.exportingProperty());
        export.setOnAction(e -> model.export());

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(10, name, status, new Separator(Orientation.VERTICAL), undo, redo, saved, spacer,
                exportMessage, progress, export);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8, 14, 8, 14));
        bar.getStyleClass().add("workspace-bar");
        name.setMinWidth(Region.USE_PREF_SIZE);
        export.setMinWidth(Region.USE_PREF_SIZE);
        return bar;
    }

    /** A status as its badge, in the list and on the button. */
    private static final class StatusCell extends ListCell<CampaignStatus> {
        @Override
        protected void updateItem(CampaignStatus status, boolean empty) {
            super.updateItem(status, empty);
            setText(null);
            setGraphic(empty || status == null ? null : new ReviewBadge(status));
        }
    }
}
