package org.creativeautomation.studio.ui.preview;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.Image;
import org.creativeautomation.engine.brief.Brief;
import org.creativeautomation.engine.brief.Product;
import org.creativeautomation.engine.comply.ComplianceStatus;
import org.creativeautomation.engine.comply.CreativeCompliance;
import org.creativeautomation.engine.compose.CreativePreview;
import org.creativeautomation.engine.compose.Ratio;
import org.creativeautomation.engine.pipeline.Campaign;
import org.creativeautomation.engine.pipeline.CampaignPreview;
import org.creativeautomation.studio.ui.common.LatestOnly;
import org.creativeautomation.studio.ui.common.UiExecutors;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The live preview of the campaign being edited: every ratio of the chosen product and locale as
 * thumbnails, the chosen ratio at export size, and the run's checks on it. All drawing and checking
 * is the engine's, off the FX thread; a newer edit drops older work instead of queueing behind it.
 */
public final class PreviewViewModel {
    /** The thumbnails' long side in pixels: sharp in the grid on a 2x screen. */
    public static final int THUMBNAIL_LONG_SIDE = 320;

    private final CampaignPreview preview;
    private final LatestOnly drawing;
    private final LatestOnly drawingGrid;
    private final LatestOnly checking;
    private final LatestOnly badges;
    private final AtomicLong request = new AtomicLong();

    private final ObjectProperty<Campaign> campaign = new SimpleObjectProperty<>();
    private final StringProperty product = new SimpleStringProperty();
    private final StringProperty locale = new SimpleStringProperty();
    private final ObjectProperty<Ratio> ratio = new SimpleObjectProperty<>();
    private final ObservableList<String> products = FXCollections.observableArrayList();
    private final ObservableList<String> locales = FXCollections.observableArrayList();
    private final ObservableList<RatioPreview> thumbnails = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<ShownCreative> large = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<CreativeCompliance> compliance = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper info = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final BooleanProperty behind = new SimpleBooleanProperty(false);
    /** Verdicts per ratio from the last checks, kept on thumbnails until newer ones arrive. */
    private final Map<Ratio, ComplianceStatus> verdicts = new EnumMap<>(Ratio.class);
    private boolean choosing;
    /** The product and locale the verdicts are of. */
    private String verdictsOf = "";

    /** @param delay how long to wait for the next change before drawing (the editor already debounces typing) */
    public PreviewViewModel(CampaignPreview preview, UiExecutors executors, Duration delay) {
        this.preview = preview;
        this.drawing = new LatestOnly(executors, delay);
        this.drawingGrid = new LatestOnly(executors, delay);
        this.checking = new LatestOnly(executors, Duration.ZERO);
        this.badges = new LatestOnly(executors, Duration.ZERO);
        campaign.addListener((o, old, now) -> campaignChanged(now));
        product.addListener((o, old, now) -> redrawUnlessChoosing());
        locale.addListener((o, old, now) -> redrawUnlessChoosing());
        ratio.addListener((o, old, now) -> redrawUnlessChoosing());
    }

    /** Shows another version of the campaign (the editor's last valid brief). */
    public void show(Campaign edited) {
        campaign.set(edited);
    }

    private void campaignChanged(Campaign now) {
        if (now == null) {
            return;
        }
        Brief brief = now.brief();
        choosing = true;
        try {
            List<String> productIds = brief.products().stream().map(Product::id).toList();
            if (!products.equals(productIds)) {
                products.setAll(productIds);
            }
            if (!locales.equals(brief.locales())) {
                locales.setAll(brief.locales());
            }
            if (product.get() == null || !productIds.contains(product.get())) {
                product.set(productIds.get(0));
            }
            if (locale.get() == null || !brief.locales().contains(locale.get())) {
                locale.set(brief.locales().get(0));
            }
            if (ratio.get() == null || !brief.ratios().contains(ratio.get())) {
                ratio.set(brief.ratios().get(0));
            }
        } finally {
            choosing = false;
        }
        redraw();
    }

    private void redrawUnlessChoosing() {
        if (!choosing) {
            redraw();
        }
    }

    /** Draws the grid and the large view for what is chosen now, then checks them. */
    private void redraw() {
        Campaign shown = campaign.get();
        if (shown == null || product.get() == null || locale.get() == null || ratio.get() == null) {
            return;
        }
        Selection selection = new Selection(shown, product.get(), locale.get(), ratio.get(), request.incrementAndGet());
        String of = selection.product() + "|" + selection.locale();
        if (!of.equals(verdictsOf)) {
            verdicts.clear();
            verdictsOf = of;
        }
        busy.set(true);
        // The large view first, on its own: it is what the person is looking at while typing.
        drawing.submit(() -> drawLarge(selection), drawn -> {
            busy.set(false);
            error.set("");
            large.set(drawn.large());
            info.set(String.format(Locale.ROOT, "%s drawn at export size in %d ms", selection.ratio().label(),
                    drawn.millis()));
            check(selection, drawn.exportFrame());
        }, failure -> {
            busy.set(false);
            error.set("Cannot draw the preview: " + failure.getMessage());
        });
        drawingGrid.submit(() -> drawGrid(selection), grid -> thumbnails.setAll(grid.stream()
                .map(t -> t.withStatus(verdicts.get(t.ratio())))
                .toList()), failure -> error.set("Cannot draw the thumbnails: " + failure.getMessage()));
    }

    private record Selection(Campaign campaign, String product, String locale, Ratio ratio, long request) {
    }

    private record Drawn(ShownCreative large, CreativePreview.Frame exportFrame, long millis) {
    }

    private Drawn drawLarge(Selection s) {
        long started = System.nanoTime();
        CreativePreview.Frame export = preview.renderAtExportSize(s.campaign(), s.product(), s.ratio(), s.locale());
        ShownCreative shown = new ShownCreative(s.product(), s.locale(), s.ratio(), export.layout(), toFx(export));
        return new Drawn(shown, export, (System.nanoTime() - started) / 1_000_000);
    }

    private List<RatioPreview> drawGrid(Selection s) {
        List<RatioPreview> grid = new ArrayList<>();
        for (Ratio r : s.campaign().brief().ratios()) {
            CreativePreview.Frame frame = preview.render(s.campaign(), s.product(), r, s.locale(), THUMBNAIL_LONG_SIDE);
            grid.add(new RatioPreview(r, toFx(frame), null));
        }
        return grid;
    }

    /** The chosen creative's checks first (its findings are on screen), then the other ratios' badges. */
    private void check(Selection s, CreativePreview.Frame exportFrame) {
        checking.submit(() -> preview.check(s.campaign(), s.product(), s.locale(), exportFrame), checked -> {
            compliance.set(checked);
            verdicts.put(s.ratio(), checked.status());
            showVerdicts();
        }, failure -> error.set("Cannot check the creative: " + failure.getMessage()));
        badges.submit(() -> otherVerdicts(s), others -> {
            verdicts.putAll(others);
            showVerdicts();
        }, failure -> error.set("Cannot check the other ratios: " + failure.getMessage()));
    }

    /** Checks the other ratios one by one, stopping as soon as a newer edit makes them moot. */
    private Map<Ratio, ComplianceStatus> otherVerdicts(Selection s) {
        Map<Ratio, ComplianceStatus> found = new EnumMap<>(Ratio.class);
        for (Ratio r : s.campaign().brief().ratios()) {
            if (request.get() != s.request()) {
                break;
            }
            if (r != s.ratio()) {
                CreativePreview.Frame frame = preview.renderAtExportSize(s.campaign(), s.product(), r, s.locale());
                found.put(r, preview.check(s.campaign(), s.product(), s.locale(), frame).status());
            }
        }
        return found;
    }

    private void showVerdicts() {
        thumbnails.replaceAll(t -> t.withStatus(verdicts.get(t.ratio())));
    }

    private static Image toFx(CreativePreview.Frame frame) {
        return SwingFXUtils.toFXImage(frame.image(), null);
    }

    public ObjectProperty<Campaign> campaignProperty() {
        return campaign;
    }

    public StringProperty productProperty() {
        return product;
    }

    public StringProperty localeProperty() {
        return locale;
    }

    public ObjectProperty<Ratio> ratioProperty() {
        return ratio;
    }

    public ObservableList<String> products() {
        return products;
    }

    public ObservableList<String> locales() {
        return locales;
    }

    public ObservableList<RatioPreview> thumbnails() {
        return thumbnails;
    }

    public ReadOnlyObjectProperty<ShownCreative> largeProperty() {
        return large.getReadOnlyProperty();
    }

    /** The checks of the creative in the large view; null until they have run. */
    public ReadOnlyObjectProperty<CreativeCompliance> complianceProperty() {
        return compliance.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty infoProperty() {
        return info.getReadOnlyProperty();
    }

    /** True while the brief being edited does not validate: the preview then shows the last one that did. */
    public BooleanProperty behindProperty() {
        return behind;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
