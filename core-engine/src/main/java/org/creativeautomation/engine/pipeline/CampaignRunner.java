package org.creativeautomation.engine.pipeline;

import org.creativeautomation.engine.asset.IngestLimits;
import org.creativeautomation.engine.brand.BrandKit;
import org.creativeautomation.engine.brief.Brief;
import org.creativeautomation.engine.brief.Product;
import org.creativeautomation.engine.comply.ComplianceChecker;
import org.creativeautomation.engine.comply.ComplianceReport;
import org.creativeautomation.engine.comply.ComplianceReportFile;
import org.creativeautomation.engine.comply.Finding;
import org.creativeautomation.engine.comply.moderation.ImageModerator;
import org.creativeautomation.engine.comply.moderation.ProviderImageModerator;
import org.creativeautomation.engine.compose.CreativeCopy;
import org.creativeautomation.engine.compose.OutputFormat;
import org.creativeautomation.engine.compose.Ratio;
import org.creativeautomation.engine.document.Problem;
import org.creativeautomation.engine.generate.BudgetStop;
import org.creativeautomation.engine.generate.GenerationBudget;
import org.creativeautomation.engine.generate.HeroQualityGate;
import org.creativeautomation.engine.generate.ImageProviders;
import org.creativeautomation.engine.generate.ModerationProviders;
import org.creativeautomation.engine.generate.OfflineHeroGenerator;
import org.creativeautomation.engine.generate.Usd;
import org.creativeautomation.engine.localize.CampaignCopy;
import org.creativeautomation.engine.localize.CopyLocalizer;
import org.creativeautomation.engine.localize.CopyOrigin;
import org.creativeautomation.engine.localize.LocaleCopy;
import org.creativeautomation.engine.localize.TranslationFindings;
import org.creativeautomation.engine.localize.machine.MachineTranslator;
import org.creativeautomation.engine.localize.machine.Translators;
import org.creativeautomation.engine.spi.ProviderSettings;
import org.creativeautomation.engine.store.CostLedger;
import org.creativeautomation.engine.store.RunCounts;
import org.creativeautomation.engine.store.RunLog;
import org.creativeautomation.engine.store.Sha256;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs a campaign: validated brief and kit in, every creative (product x ratio x locale) out, with
 * {@code manifest.json} and {@code events.jsonl}. Only creatives whose key changed are rendered.
 * Everything that can reject input (brief, kit, assets) is checked before the first file is written.
 */
public final class CampaignRunner {
    private static final Logger LOG = LoggerFactory.getLogger(CampaignRunner.class);

    private final CampaignLoader loader;
    private final HeroResolver heroes;
    private final RunLog runLog;
    private final Clock clock;
    private final int threads;
    private final ComplianceChecker checker;

    private final ImageProviders imageProviders;
    private final ModerationProviders moderators = new ModerationProviders();
    private final ProviderSettings providerSettings;
    private final CostTracking costs;
    private final LegalPreflight preflight;
    private final CopyLocalizer localizer;
    private final Translators translators = new Translators();

    /**
     * @param costs     the price table and cost ledger every run's budget and spending go through
     * @param localizer gives the locales a brief has no text for their copy
     */
    public CampaignRunner(CampaignLoader loader, HeroResolver heroes, ComplianceChecker checker, RunLog runLog,
                          Clock clock, int threads, ImageProviders imageProviders, ProviderSettings providerSettings,
                          CostTracking costs, CopyLocalizer localizer) {
        this.costs = costs;
        this.localizer = localizer;
        this.preflight = new LegalPreflight(checker);
        this.imageProviders = imageProviders;
        this.providerSettings = providerSettings;
        this.loader = loader;
        this.checker = checker;
        this.heroes = heroes;
        this.runLog = runLog;
        this.clock = clock;
        this.threads = Math.max(1, threads);
    }

    public RunSummary run(RunOptions options, PipelineListener listener) {
        long start = System.nanoTime();
        Campaign campaign = loader.load(options.brief());
        RoutedHeroes routed = routedHeroes(campaign.brief(), options, costs.ledger());
        MachineTranslator translator = options.translator() == null ? null
                : translators.create(options.translator(), providerSettings, "--translator");
        Brief brief = campaign.brief();
        KitResources kit = campaign.kit();
        if (!options.costs().force()) {
            stopIfCopyFailsBeforePaidCalls(brief, kit, routed, options.expand());
        }
        Path outDir = (options.outDir() != null ? options.outDir() : Path.of("out", brief.campaign()))
                .toAbsolutePath().normalize();
        try (OutputFolder folder = OutputFolder.claim(outDir, brief.campaign())) {
            runLog.markInterrupted(folder.dir());
            CampaignCopy copy = localizer.localize(brief, kit.kit(), kit.faces(), translator);
            return produce(brief, kit, copy, options, routed, folder.dir(),
                    new EventLog(clock, brief.campaign(), listener), start);
        }
    }

    /**
     * What a run of these options would take each hero from and spend, worked out with the same
     * brief, kit, providers, cache lookups and budget as the run, without calling a provider or
     * writing anything.
     */
    public RunEstimate estimate(RunOptions options) {
        Campaign campaign = loader.load(options.brief());
        if (options.translator() != null) {
            // Made only to refuse an unknown or unconfigured translator as the run would; it is not asked.
            translators.create(options.translator(), providerSettings, "--translator");
        }
        Brief brief = campaign.brief();
        RoutedHeroes routed = routedHeroes(brief, options, null);
        GenerationBudget budget = routed.spending().budget();
        List<PlannedHero> planned = planHeroes(brief, campaign.kit(), routed, budget.fresh());
        return new RunEstimate(brief.campaign(), brief.displayName(), planned, budget.runCap(), budget.campaignCap(),
                budget.campaignSpentBefore(), preflight.problems(brief, campaign.kit()));
    }

    /** @param ledger where the run records its calls; null to record nothing */
    private RoutedHeroes routedHeroes(Brief brief, RunOptions options, CostLedger ledger) {
        CostControls controls = options.costs();
        GenerationBudget budget = new GenerationBudget(costs.prices(),
                controls.budgetUsd() == null ? null : Usd.of(controls.budgetUsd()),
                brief.budget() == null ? null : Usd.of(brief.budget().maxUsd()),
                new Usd(costs.ledger().spentMicros(brief.campaign())));
        RunSpending spending = new RunSpending(brief.campaign(), budget, !controls.noCache(), ledger, clock);
        ImageModerator moderator = options.moderation() == null ? null
                : new ProviderImageModerator(moderators.moderator(options.moderation(), providerSettings, "--moderation"));
        return new RoutedHeroes(local -> imageProviders.chain(options.providers(), providerSettings, local),
                new OfflineHeroGenerator(), spending, new HeroQualityGate(IngestLimits.defaults(), moderator));
    }

    private List<PlannedHero> planHeroes(Brief brief, KitResources kit, RoutedHeroes routed, GenerationBudget budget) {
        return brief.products().stream().map(product -> heroes.plan(brief, product, kit, routed, budget)).toList();
    }

    /**
     * Stops a run that would pay for images when its copy fails legal checks that fail every
     * creative. A run that pays nothing (input assets, cached or offline heroes) goes on: its
     * creatives carry the same findings, and nothing was spent to learn them.
     */
    private void stopIfCopyFailsBeforePaidCalls(Brief brief, KitResources kit, RoutedHeroes routed, boolean expand) {
        // A run that expands may pay for expansions of any product, input photos included.
        boolean paid = expand && routed.expands()
                || planHeroes(brief, kit, routed, routed.spending().budget().fresh()).stream().anyMatch(PlannedHero::paid);
        if (!paid) {
            return;
        }
        List<Problem> problems = preflight.problems(brief, kit);
        if (!problems.isEmpty()) {
            throw new LegalPreflightException(brief.source(), problems);
        }
    }

    private RunSummary produce(Brief brief, KitResources kit, CampaignCopy copy, RunOptions options,
                               RoutedHeroes routed, Path outDir, EventLog events, long start) {
        int total = brief.products().size() * brief.ratios().size() * brief.locales().size();
        events.emit("run.started", null, null, null, brief.displayName() + " -> " + outDir, 0, total);
        for (LocaleCopy locale : copy.byLocale().values()) {
            if (!locale.fromBrief()) {
                events.emit("copy.localized", null, null, locale.localeTag(), "copy from " + locale.origin().label()
                        + (locale.origin() == CopyOrigin.SOURCE ? " (untranslated: l10n.untranslated findings)" : ""),
                        0, total);
            }
        }

        Map<String, Hero> heroByProduct = resolveHeroes(brief, kit, routed);
        int generated = 0;
        int cached = 0;
        int inputs = 0;
        for (Hero hero : heroByProduct.values()) {
            switch (hero.info().source()) {
                case GENERATED -> generated++;
                case CACHED -> cached++;
                case INPUT -> inputs++;
            }
            events.emit("hero.ready", hero.productId(), null, null, hero.info().source().label()
                    + (hero.info().provider() == null ? "" : " (" + hero.info().provider() + ")"), 0, total);
        }
        HeroExpansions expansions = heroes.expansions(options.expand() ? routed : null, brief.campaign());
        List<CreativeSpec> specs = plan(brief, kit.kit(), heroByProduct, options.format(), copy,
                expansions.signature());
        Map<String, Manifest.Entry> previous = new HashMap<>();
        ManifestFile.read(outDir).ifPresent(m -> m.creatives().forEach(e ->
                previous.put(e.product() + "|" + e.ratio() + "|" + e.locale(), e)));
        Map<String, ComplianceReport.Entry> previousFindings = new HashMap<>();
        ComplianceReportFile.read(outDir).ifPresent(r -> r.creatives().forEach(e -> previousFindings.put(e.path(), e)));

        long runId = runLog.started(brief.campaign(), options.brief().toAbsolutePath(), outDir);
        AtomicInteger done = new AtomicInteger();
        Map<String, ProducedCreative> produced = new ConcurrentHashMap<>();
        List<CreativeSpec> toRender = new ArrayList<>();
        for (CreativeSpec spec : specs) {
            Optional<ProducedCreative> kept = unchanged(outDir, spec, previous.get(spec.id()),
                    previousFindings.get(spec.path()), heroByProduct.get(spec.product().id()).info(),
                    expansions.enabled() && routed.expands());
            if (kept.isPresent()) {
                produced.put(spec.id(), kept.get());
                events.emit("creative.up-to-date", spec, done.incrementAndGet(), total);
            } else {
                toRender.add(spec);
            }
        }

        CreativeProducer producer = new CreativeProducer(checker, kit,
                new TranslationFindings(localizer.glossary(brief, kit.kit())), outDir, options.format(), expansions);
        RunCounts failedCounts = new RunCounts(total, 0, total - toRender.size(), generated, cached);
        renderAll(toRender, heroByProduct, producer, produced, events, done, total, runId, failedCounts, start);

        int removed = removeStale(outDir, previous, produced);
        List<ProducedCreative> ordered = specs.stream().map(s -> produced.get(s.id())).toList();
        int rendered = (int) ordered.stream().filter(ProducedCreative::rendered).count();
        long elapsed = elapsedMs(start);
        CampaignOutputs.Written written = CampaignOutputs.write(outDir, brief, kit.kit(), options.format(), ordered,
                new CampaignOutputs.Counts(total, rendered, removed, generated, cached, elapsed), clock);
        events.emit("run.finished", null, null, null, rendered + " rendered, " + (total - rendered)
                + " up to date, outputs in " + outDir, total, total);
        events.writeTo(outDir.resolve("events.jsonl"));
        runLog.finished(runId, "succeeded", new RunCounts(total, rendered, total - rendered, generated, cached), elapsed);
        LOG.info("Campaign {}: {} creatives, {} rendered in {} ms", brief.campaign(), total, rendered, elapsed);
        List<String> issues = ordered.stream()
                .flatMap(p -> p.entry().layoutIssues().stream().map(i -> p.entry().path() + ": " + i))
                .toList();
        GenerationBudget budget = routed.spending().budget();
        // The heroes' own stop: a cap that only refused an expansion drew no hero offline.
        BudgetStop heroStop = heroByProduct.values().stream().map(h -> h.info().budgetStop()).filter(Objects::nonNull)
                .findFirst().orElse(null);
        return new RunSummary(brief.campaign(), brief.displayName(), outDir, written.manifest(), brief.products().size(),
                brief.ratios().size(), brief.locales().size(), total, rendered, total - rendered, removed,
                generated, cached, inputs, elapsed, issues, written.compliance(), written.proofSheet(),
                written.tally(), budget.spent(), heroStop, copy,
                ExpansionTally.of(ordered.stream().map(p -> p.entry().expansion()).toList()));
    }

    private void renderAll(List<CreativeSpec> toRender, Map<String, Hero> heroes, CreativeProducer producer,
                           Map<String, ProducedCreative> produced, EventLog events, AtomicInteger done, int total,
                           long runId, RunCounts failedCounts, long start) {
        if (toRender.isEmpty()) {
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, toRender.size()), r -> {
            Thread t = new Thread(r, "creative-render");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (CreativeSpec spec : toRender) {
                futures.add(pool.submit(() -> {
                    produced.put(spec.id(), producer.produce(spec, heroes.get(spec.product().id())));
                    events.emit("creative.rendered", spec, done.incrementAndGet(), total);
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("run interrupted", e);
        } catch (ExecutionException e) {
            runLog.finished(runId, "failed", failedCounts, elapsedMs(start));
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Every product's hero, in brief order. Input assets are ingested side by side (hashing, storing
     * and cataloguing them is independent work); generated heroes go one at a time through the
     * provider chain, which keeps its own rate and concurrency limits.
     */
    private Map<String, Hero> resolveHeroes(Brief brief, KitResources kit, RoutedHeroes routed) {
        Map<String, Future<Hero>> inputs = new LinkedHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "hero-ingest");
            t.setDaemon(true);
            return t;
        });
        try {
            for (Product product : brief.products()) {
                if (!product.assets().isEmpty()) {
                    inputs.put(product.id(), pool.submit(() -> heroes.resolve(brief, product, kit, routed)));
                }
            }
            Map<String, Hero> byProduct = new LinkedHashMap<>();
            for (Product product : brief.products()) {
                Future<Hero> input = inputs.get(product.id());
                byProduct.put(product.id(), input != null ? input.get() : heroes.resolve(brief, product, kit, routed));
            }
            return byProduct;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("run interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Every creative of the brief in a stable order: product, then ratio, then locale.
     *
     * @param campaignCopy every locale's copy, localized
     * @param expansion    what the run's expanders are ({@link HeroExpansions#signature()}); null when it expands nothing
     */
    static List<CreativeSpec> plan(Brief brief, BrandKit kit, Map<String, Hero> heroes, OutputFormat format,
                                   CampaignCopy campaignCopy, String expansion) {
        List<CreativeSpec> specs = new ArrayList<>();
        for (Product product : brief.products()) {
            HeroInfo hero = heroes.get(product.id()).info();
            for (Ratio ratio : brief.ratios()) {
                for (String locale : brief.locales()) {
                    LocaleCopy localized = campaignCopy.forLocale(locale);
                    CreativeCopy copy = localized.creativeCopy();
                    String path = product.id() + "/" + ratio.pathName() + "/" + locale + "." + format.extension();
                    String key = CreativeKey.of(kit, hero, ratio, copy, format, expansion);
                    // Findings also depend on whether a person approved the words, which the pixels do not show.
                    String heroNote = hero.budgetStop() == null ? null : hero.budgetStop().message();
                    String copyNote = localized.judgement();
                    String note = heroNote == null ? copyNote : copyNote == null ? heroNote : heroNote + "\n" + copyNote;
                    specs.add(new CreativeSpec(product, ratio, copy, path, key,
                            CreativeKey.ofCompliance(key, localized.region(), note), localized));
                }
            }
        }
        return specs;
    }

    /**
     * The creative as the previous run left it, when its key, file and findings all still hold:
     * then it is neither rendered nor checked again. One whose expansion was tried and not had
     * (a failure, a budget) is made again when this run can expand.
     */
    private static Optional<ProducedCreative> unchanged(Path outDir, CreativeSpec spec, Manifest.Entry old,
                                                        ComplianceReport.Entry oldFindings, HeroInfo hero,
                                                        boolean expands) {
        if (old == null || oldFindings == null || old.compliance() == null
                || !spec.key().equals(old.key()) || !spec.path().equals(old.path())
                || !spec.complianceKey().equals(old.compliance().key())
                || expands && old.expansion() != null && old.expansion().worthRetrying()) {
            return Optional.empty();
        }
        Path file = outDir.resolve(spec.path());
        try {
            if (!Files.isRegularFile(file) || !Sha256.hex(file).equals(old.sha256())) {
                return Optional.empty();
            }
            List<Finding> findings = oldFindings.findings().stream().map(ComplianceReport.FindingJson::toFinding).toList();
            return Optional.of(new ProducedCreative(spec,
                    CreativeProducer.entryFor(spec, hero, old.expansion(), old.sha256(), old.layoutIssues(), findings),
                    findings,
                    oldFindings.performance(), false));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Deletes creatives the previous manifest listed that this brief no longer produces. */
    private static int removeStale(Path outDir, Map<String, Manifest.Entry> previous,
                                   Map<String, ProducedCreative> current) {
        int removed = 0;
        for (Map.Entry<String, Manifest.Entry> old : previous.entrySet()) {
            ProducedCreative now = current.get(old.getKey());
            if (now != null && now.entry().path().equals(old.getValue().path())) {
                continue;
            }
            Path file = outDir.resolve(old.getValue().path()).normalize();
            if (!file.startsWith(outDir)) {
                continue;
            }
            try {
                if (Files.deleteIfExists(file)) {
                    removed++;
                }
            } catch (IOException e) {
                LOG.warn("Could not remove stale creative {}: {}", file, e.getMessage());
            }
        }
        return removed;
    }

    private static long elapsedMs(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }
}
