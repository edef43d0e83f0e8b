package org.creativeautomation.studio.ui.home;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;
import org.creativeautomation.engine.brand.BrandKit;
import org.creativeautomation.engine.compose.OutputFormat;
import org.creativeautomation.engine.document.InvalidInputException;
import org.creativeautomation.engine.pipeline.Manifest;
import org.creativeautomation.engine.pipeline.ManifestFile;
import org.creativeautomation.engine.pipeline.RunOptions;
import org.creativeautomation.engine.pipeline.RunSummary;
import org.creativeautomation.engine.pipeline.StudioEngine;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * State of the campaign home: the kits briefs can use, the creatives of the last run and the run in
 * progress. Engine work runs on a background thread; results come back on the FX thread.
 */
public final class HomeViewModel {
    private final StudioEngine engine;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "studio-run");
        t.setDaemon(true);
        return t;
    });
    private final ObservableList<BrandKit> kits = FXCollections.observableArrayList();
    private final ObservableList<CreativeTile> creatives = FXCollections.observableArrayList();
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("Open a brief to produce its creatives.");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);

    public HomeViewModel(StudioEngine engine) {
        this.engine = engine;
        refreshKits();
        showLastRun();
    }

    /** Opens on the creatives of the most recent successful run, so work picks up where it stopped. */
    private void showLastRun() {
        engine.runLog().recent(20).stream()
                .filter(r -> "succeeded".equals(r.status()) && r.outDir() != null)
                .findFirst()
                .ifPresent(r -> {
                    List<CreativeTile> tiles = tilesOf(r.outDir());
                    if (!tiles.isEmpty()) {
                        creatives.setAll(tiles);
                        status.set("Last run: " + r.campaign() + ", " + tiles.size() + " creatives in " + r.outDir());
                    }
                });
    }

    public void refreshKits() {
        kits.setAll(engine.kits().availableIds().stream().map(id -> engine.kits().find(id)).toList());
    }

    /** Runs the brief in the background; progress, status and the gallery update as it goes. */
    public Task<RunSummary> run(Path brief) {
        Task<RunSummary> task = new Task<>() {
            @Override
            protected RunSummary call() {
                Path outDir = engine.home().root().resolve("out").resolve(campaignFolder(brief));
                return engine.runner().run(new RunOptions(brief, outDir, OutputFormat.PNG), event -> {
                    if (event.total() > 0) {
                        updateProgress(event.done(), event.total());
                    }
                    if (event.product() != null && event.ratio() != null) {
                        updateMessage(event.done() + "/" + event.total() + "  " + event.product() + " "
                                + event.ratio() + " " + event.locale());
                    }
                });
            }
        };
        running.set(true);
        progress.bind(task.progressProperty());
        status.bind(task.messageProperty());
        task.setOnSucceeded(e -> finished(task, () -> showResult(task.getValue())));
        task.setOnFailed(e -> finished(task, () -> status.set(describe(task.getException()))));
        worker.submit(task);
        return task;
    }

    /** The studio keeps outputs in its home, one folder per brief file name's campaign. */
    private String campaignFolder(Path brief) {
        return engine.loader().load(brief).brief().campaign();
    }

    private void finished(Task<?> task, Runnable then) {
        progress.unbind();
        status.unbind();
        running.set(false);
        then.run();
    }

    private void showResult(RunSummary summary) {
        progress.set(1);
        status.set(String.format(Locale.ROOT, "%s: %d creatives, %d rendered, %d up to date in %.1f s  —  %s",
                summary.campaignName(), summary.creatives(), summary.rendered(), summary.upToDate(),
                summary.elapsedMs() / 1000.0, summary.outDir()));
        creatives.setAll(tilesOf(summary.outDir()));
    }

    static List<CreativeTile> tilesOf(Path outDir) {
        return ManifestFile.read(outDir).map(Manifest::creatives).orElse(List.of()).stream()
                .map(e -> new CreativeTile(e.product(), e.ratio(), e.locale(), outDir.resolve(e.path())))
                .toList();
    }

    private static String describe(Throwable error) {
        if (error instanceof InvalidInputException invalid) {
            return String.join("\n", invalid.lines());
        }
        return "The run failed: " + error.getMessage();
    }

    public ObservableList<BrandKit> kits() {
        return kits;
    }

    public ObservableList<CreativeTile> creatives() {
        return creatives;
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }
}
