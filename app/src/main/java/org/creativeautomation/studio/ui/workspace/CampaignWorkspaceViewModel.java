package org.creativeautomation.studio.ui.workspace;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.creativeautomation.engine.compose.OutputFormat;
import org.creativeautomation.engine.document.InvalidInputException;
import org.creativeautomation.engine.pipeline.RunOptions;
import org.creativeautomation.engine.pipeline.RunSummary;
import org.creativeautomation.engine.pipeline.StudioEngine;
import org.creativeautomation.engine.store.CampaignStatus;
import org.creativeautomation.engine.store.StoredCampaign;
import org.creativeautomation.studio.ui.common.UiExecutors;
import org.creativeautomation.studio.ui.editor.BriefEditorViewModel;
import org.creativeautomation.studio.ui.editor.BriefStorage;
import org.creativeautomation.studio.ui.findings.FindingsViewModel;
import org.creativeautomation.studio.ui.preview.PreviewViewModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Locale;

/**
 * One open campaign: its brief editor, live preview and findings wired together, its review status,
 * and the export that writes its creatives. Tells the library when something it lists changed.
 */
public final class CampaignWorkspaceViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(CampaignWorkspaceViewModel.class);

    private final StudioEngine engine;
    private final StoredCampaign campaign;
    private final UiExecutors executors;
    private final Runnable libraryChanged;
    private final BriefEditorViewModel editor;
    private final PreviewViewModel preview;
    private final FindingsViewModel findings;
    private final ReadOnlyObjectWrapper<CampaignStatus> status;
    private final ReadOnlyBooleanWrapper exporting = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyDoubleWrapper exportProgress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyStringWrapper exportMessage = new ReadOnlyStringWrapper("");

    /**
     * @param briefText      the campaign's brief as saved (read off the FX thread by the caller)
     * @param libraryChanged called, from any thread, when the library's listing of the campaign changed
     */
    public CampaignWorkspaceViewModel(StudioEngine engine, StoredCampaign campaign, String briefText,
                                      UiExecutors executors, EditorTimings timings, Runnable libraryChanged) {
        this.engine = engine;
        this.campaign = campaign;
        this.executors = executors;
        this.libraryChanged = libraryChanged;
        this.status = new ReadOnlyObjectWrapper<>(campaign.status());
        this.editor = new BriefEditorViewModel(campaign.briefFile(), briefText, BriefStorage.of(
                text -> engine.loader().load(campaign.briefFile(), text),
                text -> {
                    engine.library().saveBrief(campaign.id(), text);
                    libraryChanged.run();
                },
                image -> engine.library().addAsset(campaign.id(), image)),
                executors, timings.check(), timings.save());
        this.preview = new PreviewViewModel(engine.preview(), executors, timings.preview());
        this.findings = new FindingsViewModel(preview.complianceProperty());
        editor.campaignProperty().addListener((o, old, loaded) -> preview.show(loaded));
        editor.problemsProperty().addListener((o, old, problems) -> preview.behindProperty().set(!problems.isEmpty()));
        if (editor.campaignProperty().get() != null) {
            preview.show(editor.campaignProperty().get());
        }
    }

    public void setStatus(CampaignStatus wanted) {
        if (wanted == null || wanted == status.get()) {
            return;
        }
        status.set(wanted);
        executors.background().execute(() -> {
            try {
                engine.library().setStatus(campaign.id(), wanted);
                libraryChanged.run();
            } catch (RuntimeException e) {
                LOG.warn("Cannot set the status of campaign {}", campaign.id(), e);
                executors.fx().execute(() -> exportMessage.set("Cannot set the status: " + e.getMessage()));
            }
        });
    }

    /**
     * Writes every creative of the brief as shown (saved first) into the campaign's output folder,
     * with the run's manifest, compliance report and proof sheet.
     */
    public void export() {
        if (exporting.get()) {
            return;
        }
        exporting.set(true);
        exportProgress.set(0);
        exportMessage.set("Exporting…");
        executors.background().execute(() -> {
            try {
                editor.saveNow();
                RunSummary summary = engine.runner().run(new RunOptions(campaign.briefFile(), campaign.outputFolder(),
                        OutputFormat.PNG), event -> {
                    if (event.total() > 0) {
                        double done = (double) event.done() / event.total();
                        executors.fx().execute(() -> exportProgress.set(done));
                    }
                });
                executors.fx().execute(() -> finishExport(String.format(Locale.ROOT,
                        "%d creatives (%d drawn, %d up to date) in %.1f s: %s", summary.creatives(),
                        summary.rendered(), summary.upToDate(), summary.elapsedMs() / 1000.0, summary.outDir())));
            } catch (InvalidInputException e) {
                executors.fx().execute(() -> finishExport("Not exported: " + String.join("; ", e.lines())));
            } catch (RuntimeException e) {
                LOG.warn("Export of campaign {} failed", campaign.id(), e);
                executors.fx().execute(() -> finishExport("Export failed: " + e.getMessage()));
            }
            libraryChanged.run();
        });
    }

    private void finishExport(String message) {
        exporting.set(false);
        exportProgress.set(1);
        exportMessage.set(message);
    }

    /** Saves what is unsaved, off the FX thread, as the campaign closes. */
    public void close() {
        executors.background().execute(editor::saveNow);
    }

    public StoredCampaign campaign() {
        return campaign;
    }

    public BriefEditorViewModel editor() {
        return editor;
    }

    public PreviewViewModel preview() {
        return preview;
    }

    public FindingsViewModel findings() {
        return findings;
    }

    public ReadOnlyObjectProperty<CampaignStatus> statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty exportingProperty() {
        return exporting.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty exportProgressProperty() {
        return exportProgress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty exportMessageProperty() {
        return exportMessage.getReadOnlyProperty();
    }
}
