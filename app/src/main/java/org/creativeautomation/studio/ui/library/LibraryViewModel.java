package org.creativeautomation.studio.ui.library;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.creativeautomation.engine.brand.BrandKit;
import org.creativeautomation.engine.brand.BrandKitLocator;
import org.creativeautomation.engine.document.InvalidInputException;
import org.creativeautomation.engine.store.CampaignLibrary;
import org.creativeautomation.engine.store.CampaignStatus;
import org.creativeautomation.engine.store.StoredCampaign;
import org.creativeautomation.studio.ui.common.LatestOnly;
import org.creativeautomation.studio.ui.common.UiExecutors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The campaign library: every campaign of the studio home, searchable, the recently opened ones,
 * and what a person does with them (create, import, duplicate, open, set the review status). The
 * store is read and written off the FX thread; the lists change on it.
 */
public final class LibraryViewModel {
    /** How many campaigns the recent list shows. */
    public static final int RECENT = 6;
    private static final Logger LOG = LoggerFactory.getLogger(LibraryViewModel.class);

    private final CampaignLibrary library;
    private final BrandKitLocator kitLocator;
    private final UiExecutors executors;
    private final Consumer<StoredCampaign> opener;
    private final Clock clock;
    private final LatestOnly loading;

    private final ObservableList<StoredCampaign> campaigns = FXCollections.observableArrayList();
    private final FilteredList<StoredCampaign> found = new FilteredList<>(campaigns);
    private final ObservableList<StoredCampaign> recent = FXCollections.observableArrayList();
    private final ObservableList<BrandKit> kits = FXCollections.observableArrayList();
    private final StringProperty query = new SimpleStringProperty("");
    private final ObjectProperty<StoredCampaign> selected = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    /** @param opener opens a campaign in the studio (on the FX thread) */
    public LibraryViewModel(CampaignLibrary library, BrandKitLocator kits, UiExecutors executors,
                            Consumer<StoredCampaign> opener, Clock clock) {
        this.library = library;
        this.kitLocator = kits;
        this.executors = executors;
        this.opener = opener;
        this.clock = clock;
        this.loading = new LatestOnly(executors, Duration.ZERO);
        query.addListener((o, old, text) -> found.setPredicate(new CampaignFilter(text)));
        refresh();
    }

    /** Reads the library again, keeping the selection on the same campaign. */
    public void refresh() {
        loading.submit(() -> new Snapshot(library.all(), library.recent(RECENT), loadKits()), this::show,
                failure -> message.set("Cannot read the library: " + failure.getMessage()));
    }

    private record Snapshot(List<StoredCampaign> all, List<StoredCampaign> recent, List<BrandKit> kits) {
    }

    private List<BrandKit> loadKits() {
        List<BrandKit> loaded = new ArrayList<>();
        for (String id : kitLocator.availableIds()) {
            try {
                loaded.add(kitLocator.find(id));
            } catch (InvalidInputException e) {
                LOG.warn("Brand kit {} cannot be loaded: {}", id, e.getMessage());
            }
        }
        return loaded;
    }

    private void show(Snapshot snapshot) {
        Long keep = selected.get() == null ? null : selected.get().id();
        campaigns.setAll(snapshot.all());
        recent.setAll(snapshot.recent());
        if (!kits.equals(snapshot.kits())) {
            kits.setAll(snapshot.kits());
        }
        selected.set(keep == null ? null : snapshot.all().stream().filter(c -> c.id() == keep).findFirst().orElse(null));
    }

    /** Copies brief files into the library as new campaigns and selects the last one. */
    public void importBriefs(List<Path> briefs) {
        act(() -> {
            StoredCampaign last = null;
            for (Path brief : briefs) {
                last = library.importBrief(brief);
            }
            return last;
        }, imported -> briefs.size() == 1 ? "Imported " + imported.name()
                : "Imported " + briefs.size() + " briefs");
    }

    public void create(String name, String kitId) {
        act(() -> library.create(name, kitId, "US", "en-US"), created -> "Created " + created.name());
    }

    public void duplicate(StoredCampaign campaign) {
        act(() -> library.duplicate(campaign.id()), copy -> "Duplicated " + campaign.name() + " as " + copy.name());
    }

    public void setStatus(StoredCampaign campaign, CampaignStatus status) {
        act(() -> library.setStatus(campaign.id(), status),
                changed -> changed.name() + " is now " + status.label().toLowerCase(Locale.ROOT));
    }

    /** Opens the campaign in the studio and moves it to the top of the recent list. */
    public void open(StoredCampaign campaign) {
        executors.background().execute(() -> {
            StoredCampaign opened;
            try {
                opened = library.markOpened(campaign.id());
            } catch (RuntimeException e) {
                LOG.warn("Cannot open campaign {}", campaign.id(), e);
                executors.fx().execute(() -> message.set(e.getMessage()));
                return;
            }
            executors.fx().execute(() -> opener.accept(opened));
            refresh();
        });
    }

    /**
     * Runs a change to the library off the FX thread, then lists the library again with the changed
     * campaign selected and says what happened. Listings go through one latest-only lane, so a
     * listing taken before a later change never replaces one taken after it.
     */
    private void act(Callable<StoredCampaign> change, Function<StoredCampaign, String> said) {
        executors.background().execute(() -> {
            StoredCampaign changed;
            try {
                changed = change.call();
            } catch (InvalidInputException e) {
                // A person's mistake (a file that is no brief): said in the window, no stack trace needed.
                LOG.info("Library change refused: {}", e.getMessage());
                executors.fx().execute(() -> message.set(e.getMessage()));
                return;
            } catch (Exception e) {
                LOG.warn("Library change failed", e);
                executors.fx().execute(() -> message.set(e.getMessage()));
                return;
            }
            loading.submit(() -> new Snapshot(library.all(), library.recent(RECENT), loadKits()), snapshot -> {
                show(snapshot);
                selected.set(snapshot.all().stream().filter(c -> c.id() == changed.id()).findFirst().orElse(changed));
                String text = said.apply(changed);
                if (!text.isEmpty()) {
                    message.set(text);
                }
            }, failure -> message.set("Cannot read the library: " + failure.getMessage()));
        });
    }

    /** The latest run of a campaign as the list shows it. */
    public String lastRunOf(StoredCampaign campaign) {
        return new LastRun(campaign.latestRun()).describe(Instant.now(clock));
    }

    /** Every campaign, most recently changed first. */
    public ObservableList<StoredCampaign> campaigns() {
        return campaigns;
    }

    /** The campaigns the search matches. */
    public ObservableList<StoredCampaign> found() {
        return found;
    }

    public ObservableList<StoredCampaign> recent() {
        return recent;
    }

    public ObservableList<BrandKit> kits() {
        return kits;
    }

    public StringProperty queryProperty() {
        return query;
    }

    public ObjectProperty<StoredCampaign> selectedProperty() {
        return selected;
    }

    /** What the last action did, or why it failed. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
