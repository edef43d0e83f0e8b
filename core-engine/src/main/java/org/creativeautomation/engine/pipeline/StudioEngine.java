package org.creativeautomation.engine.pipeline;

import org.creativeautomation.engine.asset.AssetCatalog;
import org.creativeautomation.engine.asset.AssetIngestor;
import org.creativeautomation.engine.asset.DecodedImageCache;
import org.creativeautomation.engine.asset.IngestLimits;
import org.creativeautomation.engine.brand.BrandKitLocator;
import org.creativeautomation.engine.brief.BriefParser;
import org.creativeautomation.engine.comply.ComplianceChecker;
import org.creativeautomation.engine.comply.StandardChecks;
import org.creativeautomation.engine.generate.ImageProviders;
import org.creativeautomation.engine.generate.LocalImageGenerator;
import org.creativeautomation.engine.localize.CopyLocalizer;
import org.creativeautomation.engine.localize.market.MarketProfiles;
import org.creativeautomation.engine.localize.memory.TranslationMemory;
import org.creativeautomation.engine.settings.SettingsStore;
import org.creativeautomation.engine.settings.StudioSettings;
import org.creativeautomation.engine.spi.ProviderSettings;
import org.creativeautomation.engine.generate.OfflineHeroGenerator;
import org.creativeautomation.engine.store.BlobStore;
import org.creativeautomation.engine.store.CampaignLibrary;
import org.creativeautomation.engine.store.CostLedger;
import org.creativeautomation.engine.store.GenerationCache;
import org.creativeautomation.engine.store.RunLog;
import org.creativeautomation.engine.store.StudioDatabase;
import org.creativeautomation.engine.store.StudioHome;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * The engine wired to one studio home: its database, blobs and installed kits. Front ends (CLI,
 * studio window) open one, use its services and close it.
 */
public final class StudioEngine implements AutoCloseable {
    /** Decoded heroes kept between validating a brief and rendering it (soft: memory pressure drops them). */
    private static final int DECODED_HEROES_KEPT = 16;
    private final StudioHome home;
    private final StudioDatabase database;
    private final BrandKitLocator kits;
    private final CampaignLoader loader;
    private final CampaignRunner runner;
    private final RunLog runLog;
    private final CreativeInspector inspector;
    private final StudioSettings settings;
    private final ProviderSettings providerSettings;
    private final CostLedger costLedger;
    private final CampaignLibrary library;
    private final CampaignPreview preview;
    private final TranslationMemory translationMemory;
    private final CopyLocalizer localizer;

    private StudioEngine(StudioHome home, StudioDatabase database, BrandKitLocator kits, CampaignLoader loader,
                         CampaignRunner runner, RunLog runLog, CreativeInspector inspector, StudioSettings settings,
                         ProviderSettings providerSettings, CostLedger costLedger, CampaignLibrary library,
                         CampaignPreview preview, TranslationMemory translationMemory, CopyLocalizer localizer) {
        this.translationMemory = translationMemory;
        this.localizer = localizer;
        this.settings = settings;
        this.providerSettings = providerSettings;
        this.library = library;
        this.preview = preview;
        this.inspector = inspector;
        this.costLedger = costLedger;
        this.home = home;
        this.database = database;
        this.kits = kits;
        this.loader = loader;
        this.runner = runner;
        this.runLog = runLog;
    }

    /**
     * @param extraKitFolder a {@code --brand-kits} folder searched first, or null
     * @param shippedKits    the brand-kits folder shipped with the studio, or null when unknown
     */
    public static StudioEngine open(StudioHome home, Path extraKitFolder, Path shippedKits) {
        return open(home, extraKitFolder, shippedKits, System.getenv());
    }

    /**
     * @param environment where providers read their settings and keys (the process environment in
     *                    use); it takes precedence over the home's studio.yaml
     * @throws org.creativeautomation.engine.settings.SettingsException when studio.yaml cannot be used
     */
    public static StudioEngine open(StudioHome home, Path extraKitFolder, Path shippedKits,
                                    java.util.Map<String, String> environment) {
        try {
            home.ensureCreated();
        } catch (java.io.IOException e) {
            throw new org.creativeautomation.engine.document.InvalidInputException(
                    "studio home " + home.root() + ": cannot be created (" + e.getMessage() + ")");
        }
        // Read before anything is opened: a malformed studio.yaml is bad input, reported with its line.
        StudioSettings settings = new SettingsStore(home).load();
        ProviderSettings providerSettings = settings.providerSettings(environment);
        StudioDatabase database = StudioDatabase.open(home.database());
        BlobStore blobs = new BlobStore(home.blobs());
        BrandKitLocator kits = new BrandKitLocator(kitSearchPath(home, extraKitFolder, shippedKits));
        IngestLimits limits = IngestLimits.defaults();
        DecodedImageCache decoded = new DecodedImageCache(DECODED_HEROES_KEPT);
        AssetIngestor ingestor = new AssetIngestor(blobs, new AssetCatalog(database), limits, decoded);
        HeroResolver heroes = new HeroResolver(ingestor, new GenerationCache(database, blobs), blobs,
                new OfflineHeroGenerator());
        RunLog runLog = new RunLog(database);
        CampaignLoader loader = new CampaignLoader(new BriefParser(), kits, limits, decoded);
        ComplianceChecker checker = new ComplianceChecker(StandardChecks.all());
        CostLedger costLedger = new CostLedger(database);
        TranslationMemory translationMemory = new TranslationMemory(database, Clock.systemUTC());
        CopyLocalizer localizer = new CopyLocalizer(translationMemory, MarketProfiles.shipped());
        CampaignRunner runner = new CampaignRunner(loader, heroes, checker, runLog, Clock.systemUTC(),
                Runtime.getRuntime().availableProcessors(), new ImageProviders(), providerSettings,
                new CostTracking(home.prices(), costLedger), localizer);
        CreativeInspector inspector = new CreativeInspector(kits, checker, limits);
        CampaignLibrary library = new CampaignLibrary(database, home.campaigns(), runLog, Clock.systemUTC());
        CampaignPreview preview = new CampaignPreview(heroes, checker);
        return new StudioEngine(home, database, kits, loader, runner, runLog, inspector, settings, providerSettings,
                costLedger, library, preview, translationMemory, localizer);
    }

    /** Kits are found in {@code --brand-kits}, then the home's installed kits, then the shipped ones. */
    static List<Path> kitSearchPath(StudioHome home, Path extraKitFolder, Path shippedKits) {
        List<Path> path = new ArrayList<>();
        if (extraKitFolder != null) {
            // Kept as given, so problems in those kits print the path the person typed.
            path.add(extraKitFolder.normalize());
        }
        path.add(home.brandKits());
        if (shippedKits != null && Files.isDirectory(shippedKits)) {
            path.add(shippedKits.toAbsolutePath().normalize());
        }
        return path;
    }

    public StudioHome home() {
        return home;
    }

    public BrandKitLocator kits() {
        return kits;
    }

    public CampaignLoader loader() {
        return loader;
    }

    public CampaignRunner runner() {
        return runner;
    }

    public CreativeInspector inspector() {
        return inspector;
    }

    public RunLog runLog() {
        return runLog;
    }

    /** The home's settings (studio.yaml), secrets decrypted. */
    public StudioSettings settings() {
        return settings;
    }

    /**
     * Checks that a provider chain can be built with the settings in use, e.g. a chain taken from
     * studio.yaml before a run starts; {@code origin} names where the chain came from in messages.
     *
     * @throws org.creativeautomation.engine.document.InvalidInputException naming an unknown or unconfigured provider
     */
    public void checkProviderChain(List<String> ids, String origin) {
        new ImageProviders().chain(ids, providerSettings, LocalImageGenerator.fromPrompts(), origin);
    }

    /** The campaigns kept in this studio home. */
    public CampaignLibrary library() {
        return library;
    }

    /** Creatives drawn and checked as a brief is edited, by the run's own solver, renderer and checks. */
    public CampaignPreview preview() {
        return preview;
    }

    /** Approved and machine translations, shared by every campaign of this home. */
    public TranslationMemory translationMemory() {
        return translationMemory;
    }

    /** Gives a brief's locales their copy: the brief's, the memory's, a translator's or the source text. */
    public CopyLocalizer localizer() {
        return localizer;
    }

    /**
     * Checks that a translator can be made with the settings in use, e.g. one named in studio.yaml,
     * before a run starts; {@code origin} names where the id came from in messages.
     *
     * @throws org.creativeautomation.engine.document.InvalidInputException naming an unknown or unconfigured provider
     */
    public void checkTranslator(String id, String origin) {
        new org.creativeautomation.engine.localize.machine.Translators().create(id, providerSettings, origin);
    }

    /** What image generation cost, call by call. */
    public CostLedger costLedger() {
        return costLedger;
    }

    @Override
    public void close() {
        database.close();
    }
}
