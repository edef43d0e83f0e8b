package org.creativeautomation.studio.ui.library;

import atlantafx.base.theme.Styles;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.transformation.SortedList;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.DragEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.creativeautomation.engine.brand.BrandKit;
import org.creativeautomation.engine.brand.RgbColor;
import org.creativeautomation.engine.document.DocumentReader;
import org.creativeautomation.engine.store.CampaignStatus;
import org.creativeautomation.engine.store.StoredCampaign;
import org.creativeautomation.studio.ui.common.ReviewBadge;

import java.io.File;
import java.time.Instant;
import java.util.Comparator;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.function.Function;

/**
 * The library page: campaigns in a searchable table with their review status and last run, the
 * recently opened ones and the brand kits beside it. Brief files dropped anywhere on it are imported.
 */
public final class LibraryView {
    private static final PseudoClass DROP_TARGET = PseudoClass.getPseudoClass("drop-target");
    private static final DateTimeFormatter UPDATED = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT)
            .withZone(ZoneId.systemDefault());

    private final LibraryViewModel model;
    private final Window owner;
    private final BorderPane root = new BorderPane();
    private final TextField search = new TextField();
    private final TableView<StoredCampaign> table = new TableView<>();

    public LibraryView(LibraryViewModel model, Window owner) {
        this.model = model;
        this.owner = owner;
        root.getStyleClass().add("library");
        root.setTop(toolbar());
        root.setLeft(sidebar());
        root.setCenter(table());
        root.setBottom(messageLine());
        acceptDroppedBriefs();
    }

    public Node root() {
        return root;
    }

    public void focusSearch() {
        search.requestFocus();
        search.selectAll();
    }

    public void focusTable() {
        table.requestFocus();
    }

    public void newCampaign() {
        new NewCampaignDialog(owner, List.copyOf(model.kits())).showAndWait()
                .ifPresent(answer -> model.create(answer.name(), answer.kitId()));
    }

    public void chooseBriefs() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Import campaign briefs");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Briefs (YAML, JSON)", "*.yaml", "*.yml",
                "*.json"));
        List<File> files = chooser.showOpenMultipleDialog(owner);
        if (files != null && !files.isEmpty()) {
            model.importBriefs(files.stream().map(File::toPath).toList());
        }
    }

    public void duplicateSelected() {
        StoredCampaign campaign = model.selectedProperty().get();
        if (campaign != null) {
            model.duplicate(campaign);
        }
    }

    public void openSelected() {
        StoredCampaign campaign = model.selectedProperty().get();
        if (campaign != null) {
            model.open(campaign);
        }
    }

    private Node toolbar() {
        Button create = new Button("New campaign");
        create.setId("new-campaign");
        create.getStyleClass().add(Styles.ACCENT);
        create.setTooltip(new Tooltip("Ctrl+N"));
        create.setOnAction(e -> newCampaign());
        Button importBrief = new Button("Import brief…");
        importBrief.setId("import-brief");
        importBrief.setTooltip(new Tooltip("Ctrl+O, or drop brief files on the library"));
        importBrief.setOnAction(e -> chooseBriefs());
        Button duplicate = new Button("Duplicate");
        duplicate.setId("duplicate-campaign");
        duplicate.setTooltip(new Tooltip("Ctrl+D"));
        duplicate.disableProperty().bind(model.selectedProperty().isNull());
        duplicate.setOnAction(e -> duplicateSelected());
        Button open = new Button("Open");
        open.setId("open-campaign");
        open.setTooltip(new Tooltip("Enter"));
        open.disableProperty().bind(model.selectedProperty().isNull());
        open.setOnAction(e -> openSelected());
        search.setId("campaign-search");
        search.setPromptText("Search campaigns  (Ctrl+F)");
        search.setPrefColumnCount(26);
        search.textProperty().bindBidirectional(model.queryProperty());
        search.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DOWN || e.getCode() == KeyCode.ENTER) {
                table.requestFocus();
                if (table.getSelectionModel().isEmpty() && !table.getItems().isEmpty()) {
                    table.getSelectionModel().select(0);
                }
            } else if (e.getCode() == KeyCode.ESCAPE) {
                search.clear();
            }
        });
        Label title = new Label("Campaigns");
        title.getStyleClass().add(Styles.TITLE_3);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(10, title, spacer, search, open, duplicate, importBrief, create);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(14, 16, 12, 16));
        bar.getStyleClass().add("library-toolbar");
        return bar;
    }

    private Node sidebar() {
        Label recentHeading = new Label("Recent");
        recentHeading.getStyleClass().addAll(Styles.TEXT_BOLD, "sidebar-heading");
        ListView<StoredCampaign> recent = new ListView<>(model.recent());
        recent.setId("recent-list");
        recent.getStyleClass().add(Styles.DENSE);
        recent.setPrefHeight(190);
        recent.setCellFactory(v -> new RecentCell());
        Label noRecent = new Label("Campaigns you open appear here.");
        noRecent.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        noRecent.setWrapText(true);
        recent.setPlaceholder(noRecent);
        recent.setOnMouseClicked(e -> {
            StoredCampaign picked = recent.getSelectionModel().getSelectedItem();
            if (picked != null && e.getClickCount() >= 1) {
                model.open(picked);
            }
        });
        recent.setOnKeyPressed(e -> {
            StoredCampaign picked = recent.getSelectionModel().getSelectedItem();
            if (picked != null && e.getCode() == KeyCode.ENTER) {
                model.open(picked);
            }
        });
        Label kitsHeading = new Label("Brand kits");
        kitsHeading.getStyleClass().addAll(Styles.TEXT_BOLD, "sidebar-heading");
        ListView<BrandKit> kits = new ListView<>(model.kits());
        kits.setId("kit-list");
        kits.setCellFactory(v -> new KitCell());
        VBox.setVgrow(kits, Priority.ALWAYS);
        VBox box = new VBox(8, recentHeading, recent, kitsHeading, kits);
        box.setPadding(new Insets(4, 12, 12, 16));
        box.setPrefWidth(260);
        box.getStyleClass().add("library-sidebar");
        return box;
    }

    private Node table() {
        table.setId("campaign-table");
        // Sorting by a column sorts a view of the search results, never the library's own list.
        SortedList<StoredCampaign> sorted = new SortedList<>(model.found());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getStyleClass().add(Styles.STRIPED);
        TableColumn<StoredCampaign, StoredCampaign> name = new TableColumn<>("Campaign");
        name.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        name.setCellFactory(c -> new NameCell());
        name.setPrefWidth(300);
        name.setComparator(Comparator.comparing(StoredCampaign::name, String.CASE_INSENSITIVE_ORDER));
        TableColumn<StoredCampaign, String> brand = new TableColumn<>("Brand kit");
        brand.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().brand()));
        brand.setPrefWidth(150);
        TableColumn<StoredCampaign, CampaignStatus> status = new TableColumn<>("Status");
        status.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().status()));
        status.setCellFactory(c -> new StatusCell());
        status.setPrefWidth(150);
        TableColumn<StoredCampaign, StoredCampaign> lastRun = new TableColumn<>("Last run");
        lastRun.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        lastRun.setCellFactory(c -> new TextCell<>(model::lastRunOf));
        lastRun.setComparator(Comparator.comparing((StoredCampaign c) -> c.latestRun() == null ? Instant.MIN
                : c.latestRun().startedAt()));
        lastRun.setPrefWidth(170);
        TableColumn<StoredCampaign, Instant> updated = new TableColumn<>("Changed");
        updated.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().updatedAt()));
        updated.setCellFactory(c -> new TextCell<>(UPDATED::format));
        updated.setPrefWidth(140);
        table.getColumns().setAll(List.of(name, brand, status, lastRun, updated));
        Label empty = new Label("No campaigns yet.\nCreate one, import a brief, or drop brief files here.");
        empty.getStyleClass().add(Styles.TEXT_MUTED);
        empty.setId("library-empty");
        table.setPlaceholder(empty);
        table.getSelectionModel().selectedItemProperty().addListener((o, old, campaign) -> {
            if (campaign != model.selectedProperty().get()) {
                model.selectedProperty().set(campaign);
            }
        });
        model.selectedProperty().addListener((o, old, campaign) -> {
            if (campaign != table.getSelectionModel().getSelectedItem()) {
                if (campaign == null) {
                    table.getSelectionModel().clearSelection();
                } else {
                    table.getSelectionModel().select(campaign);
                    table.scrollTo(campaign);
                }
            }
        });
        table.setRowFactory(t -> {
            TableRow<StoredCampaign> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    model.open(row.getItem());
                }
            });
            row.contextMenuProperty().bind(javafx.beans.binding.Bindings.when(row.emptyProperty())
                    .then((ContextMenu) null).otherwise(rowMenu(row)));
            return row;
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                openSelected();
                e.consume();
            }
        });
        return table;
    }

    private ContextMenu rowMenu(TableRow<StoredCampaign> row) {
        MenuItem open = new MenuItem("Open");
        open.setOnAction(e -> model.open(row.getItem()));
        MenuItem duplicate = new MenuItem("Duplicate");
        duplicate.setOnAction(e -> model.duplicate(row.getItem()));
        Menu status = new Menu("Set status");
        for (CampaignStatus s : CampaignStatus.values()) {
            MenuItem item = new MenuItem(s.label());
            item.setOnAction(e -> model.setStatus(row.getItem(), s));
            status.getItems().add(item);
        }
        return new ContextMenu(open, duplicate, status);
    }

    private Node messageLine() {
        Label message = new Label();
        message.setId("library-message");
        message.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        message.textProperty().bind(model.messageProperty());
        HBox line = new HBox(message);
        line.setPadding(new Insets(6, 16, 8, 16));
        return line;
    }

    private void acceptDroppedBriefs() {
        root.addEventHandler(DragEvent.DRAG_OVER, e -> {
            if (!droppedBriefs(e).isEmpty()) {
                e.acceptTransferModes(TransferMode.COPY);
                root.pseudoClassStateChanged(DROP_TARGET, true);
            }
            e.consume();
        });
        root.addEventHandler(DragEvent.DRAG_EXITED, e -> root.pseudoClassStateChanged(DROP_TARGET, false));
        root.addEventHandler(DragEvent.DRAG_DROPPED, e -> {
            List<Path> briefs = droppedBriefs(e);
            if (!briefs.isEmpty()) {
                model.importBriefs(briefs);
            }
            root.pseudoClassStateChanged(DROP_TARGET, false);
            e.setDropCompleted(!briefs.isEmpty());
            e.consume();
        });
    }

    /** The dropped files that are briefs by their name (.yaml, .yml, .json). */
    private static List<Path> droppedBriefs(DragEvent e) {
        if (!e.getDragboard().hasFiles()) {
            return List.of();
        }
        return e.getDragboard().getFiles().stream().map(File::toPath)
                .filter(p -> DocumentReader.formatOf(p) != null)
                .toList();
    }

    /** A value shown as text made from it; sorting still uses the value. */
    private static final class TextCell<T> extends TableCell<StoredCampaign, T> {
        private final Function<T, String> text;

        TextCell(Function<T, String> text) {
            this.text = text;
        }

        @Override
        protected void updateItem(T value, boolean empty) {
            super.updateItem(value, empty);
            setText(empty || value == null ? null : text.apply(value));
        }
    }

    /** The campaign's name over its id. */
    private static final class NameCell extends TableCell<StoredCampaign, StoredCampaign> {
        @Override
        protected void updateItem(StoredCampaign campaign, boolean empty) {
            super.updateItem(campaign, empty);
            if (empty || campaign == null) {
                setGraphic(null);
                return;
            }
            Label name = new Label(campaign.name());
            name.getStyleClass().add(Styles.TEXT_BOLD);
            Label id = new Label(campaign.campaign().isEmpty() ? "no campaign id yet" : campaign.campaign());
            id.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
            setGraphic(new VBox(1, name, id));
        }
    }

    private static final class StatusCell extends TableCell<StoredCampaign, CampaignStatus> {
        @Override
        protected void updateItem(CampaignStatus status, boolean empty) {
            super.updateItem(status, empty);
            setGraphic(empty || status == null ? null : new ReviewBadge(status));
        }
    }

    private static final class RecentCell extends ListCell<StoredCampaign> {
        @Override
        protected void updateItem(StoredCampaign campaign, boolean empty) {
            super.updateItem(campaign, empty);
            if (empty || campaign == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            Label name = new Label(campaign.name());
            Label brand = new Label(campaign.brand());
            brand.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
            setGraphic(new VBox(1, name, brand));
            setText(null);
        }
    }

    /** A kit with its three main colours as swatches. */
    private static final class KitCell extends ListCell<BrandKit> {
        @Override
        protected void updateItem(BrandKit kit, boolean empty) {
            super.updateItem(kit, empty);
            if (empty || kit == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            HBox swatches = new HBox(3, swatch(kit.colors().primary()), swatch(kit.colors().secondary()),
                    swatch(kit.colors().accent()));
            Label name = new Label(kit.name());
            name.getStyleClass().add(Styles.TEXT_BOLD);
            Label id = new Label(kit.id() + "  v" + kit.version());
            id.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
            setGraphic(new VBox(3, name, id, swatches));
            setText(null);
        }

        private static Rectangle swatch(RgbColor c) {
            Rectangle r = new Rectangle(22, 12, Color.rgb(c.red(), c.green(), c.blue()));
            // A hairline keeps a swatch of the background's own colour visible, in either theme.
            r.setStroke(Color.gray(0.5, 0.5));
            r.setArcWidth(4);
            r.setArcHeight(4);
            return r;
        }
    }
}
