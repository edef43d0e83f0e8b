package org.creativeautomation.studio.ui.editor;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.creativeautomation.engine.brief.BriefDraft;
import org.creativeautomation.engine.brief.BriefDraftReader;
import org.creativeautomation.engine.brief.BriefYamlWriter;
import org.creativeautomation.engine.brief.DraftProduct;
import org.creativeautomation.engine.document.InvalidDocumentException;
import org.creativeautomation.engine.document.Problem;
import org.creativeautomation.engine.pipeline.Campaign;
import org.creativeautomation.studio.ui.common.LatestOnly;
import org.creativeautomation.studio.ui.common.UiExecutors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The brief being edited, held two ways that stay in step: the YAML text (the truth, saved as is)
 * and the {@link BriefDraft} the form shows. A form edit rewrites the YAML; a YAML edit re-reads the
 * form. Every change is validated by the engine in the background, problems coming back with their
 * field paths for the form to show beside the fields, and saved to the library shortly after typing
 * stops. The last valid campaign feeds the preview.
 */
public final class BriefEditorViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(BriefEditorViewModel.class);

    private final Path briefFile;
    private final BriefStorage storage;
    private final UiExecutors executors;
    private final BriefDraftReader reader = new BriefDraftReader();
    private final BriefYamlWriter writer = new BriefYamlWriter();
    private final EditHistory history;
    private final LatestOnly checking;
    private final LatestOnly saving;
    private final AtomicReference<String> unsaved = new AtomicReference<>();
    private final Object saveLock = new Object();

    private final ReadOnlyStringWrapper yaml = new ReadOnlyStringWrapper();
    private final ReadOnlyObjectWrapper<BriefDraft> draft = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper yamlReadable = new ReadOnlyBooleanWrapper(true);
    private final ReadOnlyObjectWrapper<FieldProblems> problems = new ReadOnlyObjectWrapper<>(FieldProblems.NONE);
    private final ReadOnlyObjectWrapper<Campaign> campaign = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper saveState = new ReadOnlyStringWrapper("Saved");

    /**
     * @param briefFile  where the brief is saved: validation names it and resolves assets against its folder
     * @param savedText  the brief as saved
     * @param storage    checks, saves (one save at a time) and adds images, off the FX thread
     * @param checkDelay how long typing must pause before the text is validated
     * @param saveDelay  how long typing must pause before the text is saved
     */
    public BriefEditorViewModel(Path briefFile, String savedText, BriefStorage storage, UiExecutors executors,
                                Duration checkDelay, Duration saveDelay) {
        this.briefFile = briefFile;
        this.storage = storage;
        this.executors = executors;
        this.history = new EditHistory(savedText);
        this.checking = new LatestOnly(executors, checkDelay);
        this.saving = new LatestOnly(executors, saveDelay);
        yaml.set(savedText);
        draft.set(readDraft(savedText).orElse(reader.read(briefFile, "")));
        check();
    }

    /** Sets one text field of the form, named by its field path ({@link BriefDraft#withText}). */
    public void editText(String fieldPath, String value) {
        if (draft.get().text(fieldPath).equals(value == null ? "" : value)) {
            return;
        }
        applyForm(draft.get().withText(fieldPath, value), fieldPath);
    }

    public void editLocales(List<String> locales) {
        if (!locales.equals(draft.get().locales())) {
            applyForm(draft.get().withLocales(locales), "market.locales");
        }
    }

    public void editRatios(List<String> ratios) {
        if (!ratios.equals(draft.get().ratios())) {
            applyForm(draft.get().withRatios(ratios), null);
        }
    }

    public void editAssets(int product, List<String> assets) {
        DraftProduct current = draft.get().products().get(product);
        if (!assets.equals(current.assets())) {
            applyForm(draft.get().withProduct(product, current.withAssets(assets)), "products[" + product + "].assets");
        }
    }

    /**
     * Copies an image beside the brief (off the FX thread) and adds it to the product's assets;
     * an image that cannot be added is reported like the brief's other problems.
     */
    public void addAsset(int product, Path image) {
        executors.background().execute(() -> {
            try {
                String added = storage.addAsset(image);
                executors.fx().execute(() -> {
                    List<String> assets = new ArrayList<>(draft.get().products().get(product).assets());
                    if (!assets.contains(added)) {
                        assets.add(added);
                        editAssets(product, assets);
                    }
                });
            } catch (RuntimeException e) {
                LOG.info("Cannot add {} to the brief: {}", image, e.getMessage());
                executors.fx().execute(() -> problems.set(new FieldProblems(List.of(new Problem(null,
                        "products[" + product + "].assets", String.valueOf(e.getMessage()))))));
            }
        });
    }

    public void addProduct() {
        List<DraftProduct> products = new ArrayList<>(draft.get().products());
        products.add(DraftProduct.blank());
        applyForm(draft.get().withProducts(products), null);
    }

    public void removeProduct(int index) {
        List<DraftProduct> products = new ArrayList<>(draft.get().products());
        products.remove(index);
        applyForm(draft.get().withProducts(products), null);
    }

    /** The YAML tab's text changed: the form follows when the text is YAML at all. */
    public void editYaml(String text) {
        if (text.equals(yaml.get())) {
            return;
        }
        show(text);
        history.record(text, "yaml");
        changed();
    }

    /** Ends the current undo step, as when a field loses focus. */
    public void endEdit() {
        history.seal();
    }

    public void undo() {
        history.undo().ifPresent(this::restore);
    }

    public void redo() {
        history.redo().ifPresent(this::restore);
    }

    /**
     * Saves the text as it is now, waiting for the save. Off the FX thread only: before a run that
     * must read the brief as shown, or when the campaign closes.
     */
    public void saveNow() {
        unsaved.set(yaml.get());
        saveUnsaved();
    }

    private void applyForm(BriefDraft changed, String key) {
        String text = writer.write(changed);
        draft.set(changed);
        yamlReadable.set(true);
        yaml.set(text);
        history.record(text, key);
        changed();
    }

    private void restore(String text) {
        show(text);
        changed();
    }

    /** Shows a text: the YAML as is, the form as read from it (unchanged when the text is no YAML). */
    private void show(String text) {
        yaml.set(text);
        Optional<BriefDraft> read = readDraft(text);
        yamlReadable.set(read.isPresent());
        read.ifPresent(draft::set);
    }

    private void changed() {
        canUndo.set(history.canUndo());
        canRedo.set(history.canRedo());
        saveState.set("Unsaved changes");
        unsaved.set(yaml.get());
        saving.submit(() -> {
            saveUnsaved();
            return Boolean.TRUE;
        }, done -> saveState.set("Saved"), failure -> {
            LOG.warn("Cannot save the brief {}", briefFile, failure);
            saveState.set("Not saved: " + failure.getMessage());
        });
        check();
    }

    /** Saves whatever text is newest, one save at a time, so that saves land in the order of the edits. */
    private void saveUnsaved() {
        synchronized (saveLock) {
            String text = unsaved.getAndSet(null);
            if (text != null) {
                storage.save(text);
            }
        }
    }

    private void check() {
        String text = yaml.get();
        checking.submit(() -> storage.load(text), loaded -> {
            problems.set(FieldProblems.NONE);
            campaign.set(loaded);
        }, failure -> problems.set(new FieldProblems(problemsOf(failure))));
    }

    private static List<Problem> problemsOf(Exception failure) {
        if (failure instanceof InvalidDocumentException invalid) {
            return invalid.problems();
        }
        return List.of(new Problem(null, null, String.valueOf(failure.getMessage())));
    }

    private Optional<BriefDraft> readDraft(String text) {
        try {
            return Optional.of(reader.read(briefFile, text));
        } catch (InvalidDocumentException e) {
            return Optional.empty();
        }
    }

    public Path briefFile() {
        return briefFile;
    }

    public ReadOnlyStringProperty yamlProperty() {
        return yaml.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<BriefDraft> draftProperty() {
        return draft.getReadOnlyProperty();
    }

    /** False while the YAML tab holds text that is no YAML: the form then shows the last readable brief. */
    public ReadOnlyBooleanProperty yamlReadableProperty() {
        return yamlReadable.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<FieldProblems> problemsProperty() {
        return problems.getReadOnlyProperty();
    }

    /** The last brief that validated, with its kit: what the preview draws. Null until one does. */
    public ReadOnlyObjectProperty<Campaign> campaignProperty() {
        return campaign.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty saveStateProperty() {
        return saveState.getReadOnlyProperty();
    }
}
