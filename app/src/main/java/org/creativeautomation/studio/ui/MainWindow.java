package org.creativeautomation.studio.ui;

import atlantafx.base.theme.Styles;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.creativeautomation.engine.brand.BrandKit;
import org.creativeautomation.engine.pipeline.StudioEngine;
import org.creativeautomation.engine.store.StoredCampaign;
import org.creativeautomation.studio.ui.common.UiExecutors;
import org.creativeautomation.studio.ui.library.LibraryView;
import org.creativeautomation.studio.ui.library.LibraryViewModel;
import org.creativeautomation.studio.ui.theme.StudioTheme;
import org.creativeautomation.studio.ui.workspace.CampaignWorkspaceView;
import org.creativeautomation.studio.ui.workspace.CampaignWorkspaceViewModel;
import org.creativeautomation.studio.ui.workspace.EditorTimings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The main window: the campaign library as the first tab and one tab per open campaign, under a bar
 * with the theme switch. Keyboard: Ctrl+N new campaign, Ctrl+O import, Ctrl+F search, Ctrl+D
 * duplicate, Ctrl+L library, Ctrl+W close the campaign, Ctrl+Tab between tabs.
 */
public final class MainWindow {
    public static final String TITLE = "Creative Automation Studio";
    private static final Logger LOG = LoggerFactory.getLogger(MainWindow.class);

    private final StudioEngine engine;
    private final UiExecutors executors;
    private final EditorTimings timings;
    private final TabPane tabs = new TabPane();
    private final Tab libraryTab = new Tab("Library");
    private final Map<Long, Tab> campaignTabs = new LinkedHashMap<>();
    private final Map<Long, CampaignWorkspaceViewModel> workspaces = new LinkedHashMap<>();
    private final Map<Long, CampaignWorkspaceView> workspaceViews = new LinkedHashMap<>();
    private final Label status = new Label();
    private StudioTheme theme;
    private LibraryViewModel library;
    private LibraryView libraryView;

    public MainWindow(StudioEngine engine) {
        this(engine, UiExecutors.forStudio(), EditorTimings.STUDIO, StudioTheme.LIGHT);
    }

    public MainWindow(StudioEngine engine, UiExecutors executors, EditorTimings timings, StudioTheme theme) {
        this.engine = engine;
        this.executors = executors;
        this.timings = timings;
        this.theme = theme;
    }

    public void show(Stage stage) {
        theme.apply();
        library = new LibraryViewModel(engine.library(), engine.kits(), executors, this::open, Clock.systemDefaultZone());
        libraryView = new LibraryView(library, stage);
        libraryTab.setContent(libraryView.root());
        libraryTab.setClosable(false);
        libraryTab.setId("library-tab");
        tabs.getTabs().add(libraryTab);
        tabs.setId("main-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.ALL_TABS);
        tabs.getStyleClass().add("main-tabs");

        BorderPane root = new BorderPane(tabs);
        root.setTop(appBar());
        root.getStyleClass().add("studio-window");
        Scene scene = new Scene(root, 1440, 900);
        scene.getStylesheets().add(MainWindow.class.getResource("/studio.css").toExternalForm());
        addShortcuts(scene);
        stage.setTitle(TITLE);
        stage.setMinWidth(960);
        stage.setMinHeight(600);
        stage.setScene(scene);
        stage.show();
        libraryView.focusTable();
    }

    private Node appBar() {
        Label title = new Label(TITLE);
        title.getStyleClass().addAll(Styles.TITLE_4, "app-title");
        status.setId("window-status");
        status.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        status.textProperty().bind(library.messageProperty());
        Button themeSwitch = new Button(theme.switchLabel());
        themeSwitch.setId("theme-toggle");
        themeSwitch.getStyleClass().addAll(Styles.FLAT, Styles.SMALL);
        themeSwitch.setTooltip(new Tooltip("Ctrl+Shift+L"));
        themeSwitch.setOnAction(e -> {
            switchTheme();
            themeSwitch.setText(theme.switchLabel());
        });
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(12, title, spacer, status, themeSwitch);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(6, 14, 6, 16));
        bar.getStyleClass().add("app-bar");
        return bar;
    }

    private void addShortcuts(Scene scene) {
        Map<KeyCombination, Runnable> keys = scene.getAccelerators();
        keys.put(shortcut(KeyCode.N), () -> {
            showLibrary();
            libraryView.newCampaign();
        });
        keys.put(shortcut(KeyCode.O), () -> {
            showLibrary();
            libraryView.chooseBriefs();
        });
        keys.put(shortcut(KeyCode.F), () -> {
            showLibrary();
            libraryView.focusSearch();
        });
        keys.put(shortcut(KeyCode.D), () -> {
            if (tabs.getSelectionModel().getSelectedItem() == libraryTab) {
                libraryView.duplicateSelected();
            }
        });
        keys.put(shortcut(KeyCode.L), this::showLibrary);
        keys.put(shortcut(KeyCode.W), () -> {
            Tab current = tabs.getSelectionModel().getSelectedItem();
            if (current != libraryTab && current != null) {
                closeTab(current);
            }
        });
        keys.put(new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN), () -> {
            switchTheme();
        });
    }

    private static KeyCombination shortcut(KeyCode key) {
        return new KeyCodeCombination(key, KeyCombination.SHORTCUT_DOWN);
    }

    private void switchTheme() {
        theme = theme.other();
        theme.apply();
    }

    private void showLibrary() {
        tabs.getSelectionModel().select(libraryTab);
    }

    /** Opens the campaign in its own tab, or brings its tab forward when it is open already. */
    public void open(StoredCampaign campaign) {
        Tab existing = campaignTabs.get(campaign.id());
        if (existing != null) {
            tabs.getSelectionModel().select(existing);
            return;
        }
        executors.background().execute(() -> {
            String text;
            try {
                text = engine.library().readBrief(campaign.id());
            } catch (RuntimeException e) {
                LOG.warn("Cannot open campaign {}", campaign.id(), e);
                return;
            }
            executors.fx().execute(() -> showWorkspace(campaign, text));
        });
    }

    private void showWorkspace(StoredCampaign campaign, String text) {
        if (campaignTabs.containsKey(campaign.id())) {
            tabs.getSelectionModel().select(campaignTabs.get(campaign.id()));
            return;
        }
        CampaignWorkspaceViewModel workspace = new CampaignWorkspaceViewModel(engine, campaign, text, executors,
                timings, library::refresh);
        CampaignWorkspaceView view = new CampaignWorkspaceView(workspace,
                library.kits().stream().map(BrandKit::id).toList());
        Tab tab = new Tab(campaign.name(), view.root());
        tab.setId("campaign-tab-" + campaign.id());
        tab.textProperty().bind(view.titleProperty());
        tab.setOnClosed(e -> forget(campaign.id()));
        campaignTabs.put(campaign.id(), tab);
        workspaces.put(campaign.id(), workspace);
        workspaceViews.put(campaign.id(), view);
        tabs.getTabs().add(tab);
        tabs.getSelectionModel().select(tab);
    }

    private void closeTab(Tab tab) {
        tabs.getTabs().remove(tab);
        campaignTabs.entrySet().stream().filter(e -> e.getValue() == tab).map(Map.Entry::getKey).findFirst()
                .ifPresent(this::forget);
    }

    private void forget(long id) {
        CampaignWorkspaceViewModel workspace = workspaces.remove(id);
        campaignTabs.remove(id);
        workspaceViews.remove(id);
        if (workspace != null) {
            workspace.close();
        }
    }

    /** Saves every open campaign and stops the studio's threads; the window is going away. */
    public void close() {
        workspaces.values().forEach(w -> w.editor().saveNow());
        executors.shutdown();
    }

    public LibraryViewModel library() {
        return library;
    }

    public Optional<CampaignWorkspaceViewModel> workspace(long campaignId) {
        return Optional.ofNullable(workspaces.get(campaignId));
    }

    public Optional<CampaignWorkspaceView> workspaceView(long campaignId) {
        return Optional.ofNullable(workspaceViews.get(campaignId));
    }
}
