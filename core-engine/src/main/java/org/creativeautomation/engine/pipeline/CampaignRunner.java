package org.creativeautomation.engine.pipeline;

import org.creativeautomation.engine.brand.BrandKit;
import org.creativeautomation.engine.brief.Brief;
import org.creativeautomation.engine.brief.Product;
import org.creativeautomation.engine.compose.CreativeCopy;
import org.creativeautomation.engine.compose.CreativeRenderer;
import org.creativeautomation.engine.compose.Layout;
import org.creativeautomation.engine.compose.LayoutRequest;
import org.creativeautomation.engine.compose.LayoutSolver;
import org.creativeautomation.engine.compose.OutputFormat;
import org.creativeautomation.engine.compose.Ratio;
import org.creativeautomation.engine.store.AtomicFiles;
import org.creativeautomation.engine.store.RunCounts;
import org.creativeautomation.engine.store.RunLog;
import org.creativeautomation.engine.store.Sha256;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
    private final LayoutSolver solver = new LayoutSolver();
    private final CreativeRenderer renderer = new CreativeRenderer();

    public CampaignRunner(CampaignLoader loader, HeroResolver heroes, RunLog runLog, Clock clock, int threads) {
        this.loader = loader;
        this.heroes = heroes;
        this.runLog = runLog;
        this.clock = clock;
        this.threads = Math.max(1, threads);
    }

    public RunSummary run(RunOptions options, PipelineListener listener) {
        long start = System.nanoTime();
        Campaign campaign = loader.load(options.brief());
        Brief brief = campaign.brief();
        KitResources kit = campaign.kit();
        Path outDir = (options.outDir() != null ? options.outDir() : Path.of("out", brief.campaign()))
                .toAbsolutePath().normalize();
        try (OutputFolder folder = OutputFolder.claim(outDir, brief.campaign())) {
            runLog.markInterrupted(folder.dir());
            return produce(brief, kit, options, folder.dir(), new EventLog(clock, brief.campaign(), listener), start);
        }
    }

    private RunSummary produce(Brief brief, KitResources kit, RunOptions options, Path outDir, EventLog events,
                               long start) {
        int total = brief.products().size() * brief.ratios().size() * brief.locales().size();
        events.emit("run.started", null, null, null, brief.displayName() + " -> " + outDir, 0, total);

        Map<String, Hero> heroByProduct = new LinkedHashMap<>();
        int generated = 0;
        int cached = 0;
        int inputs = 0;
        for (Product product : brief.products()) {
            Hero hero = heroes.resolve(brief, product, kit);
            heroByProduct.put(product.id(), hero);
            switch (hero.info().source()) {
                case GENERATED -> generated++;
                case CACHED -> cached++;
                case INPUT -> inputs++;
            }
            events.emit("hero.ready", product.id(), null, null, hero.info().source().label()
                    + (hero.info().provider() == null ? "" : " (" + hero.info().provider() + ")"), 0, total);
        }
        List<CreativeSpec> specs = plan(brief, kit.kit(), heroByProduct, options.format());
        Map<String, Manifest.Entry> previous = new HashMap<>();
        ManifestFile.read(outDir).ifPresent(m -> m.creatives().forEach(e ->
                previous.put(e.product() + "|" + e.ratio() + "|" + e.locale(), e)));

        long runId = runLog.started(brief.campaign(), options.brief().toAbsolutePath(), outDir);
        AtomicInteger done = new AtomicInteger();
        AtomicInteger rendered = new AtomicInteger();
        Map<String, Manifest.Entry> entries = new ConcurrentHashMap<>();
        Map<String, BufferedImage> backgrounds = new ConcurrentHashMap<>();
        List<CreativeSpec> toRender = new ArrayList<>();
        for (CreativeSpec spec : specs) {
            Manifest.Entry old = previous.get(spec.id());
            if (old != null && upToDate(outDir, spec, old)) {
                entries.put(spec.id(), entryFor(spec, heroByProduct.get(spec.product().id()).info(), old.sha256(),
                        old.layoutIssues()));
                events.emit("creative.up-to-date", spec, done.incrementAndGet(), total);
            } else {
                toRender.add(spec);
            }
        }

        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, Math.max(1, toRender.size())),
                r -> {
                    Thread t = new Thread(r, "creative-render");
                    t.setDaemon(true);
                    return t;
                });
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (CreativeSpec spec : toRender) {
                futures.add(pool.submit(() -> {
                    Hero hero = heroByProduct.get(spec.product().id());
                    Manifest.Entry entry = render(spec, hero, kit, outDir, options.format(), backgrounds);
                    entries.put(spec.id(), entry);
                    rendered.incrementAndGet();
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
            runLog.finished(runId, "failed", new RunCounts(total, rendered.get(), total - toRender.size(), generated, cached),
                    elapsedMs(start));
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }

        int removed = removeStale(outDir, previous, entries);
        List<Manifest.Entry> ordered = specs.stream().map(s -> entries.get(s.id())).toList();
        long elapsed = elapsedMs(start);
        Manifest.Stats stats = new Manifest.Stats(total, rendered.get(), total - rendered.get(), removed, generated,
                cached, elapsed);
        Manifest manifest = new Manifest(brief.campaign(), brief.displayName(),
                new Manifest.KitRef(kit.kit().id(), kit.kit().version()), EngineVersion.value(),
                options.format().extension(), ordered, stats);
        Path manifestFile = ManifestFile.write(outDir, manifest);
        events.emit("run.finished", null, null, null, rendered.get() + " rendered, " + (total - rendered.get())
                + " up to date, outputs in " + outDir, total, total);
        events.writeTo(outDir.resolve("events.jsonl"));
        runLog.finished(runId, "succeeded", new RunCounts(total, rendered.get(), total - rendered.get(), generated, cached),
                elapsed);
        LOG.info("Campaign {}: {} creatives, {} rendered in {} ms", brief.campaign(), total, rendered.get(), elapsed);
        List<String> issues = ordered.stream()
                .flatMap(e -> e.layoutIssues().stream().map(i -> e.path() + ": " + i))
                .toList();
        return new RunSummary(brief.campaign(), brief.displayName(), outDir, manifestFile, brief.products().size(),
                brief.ratios().size(), brief.locales().size(), total, rendered.get(), total - rendered.get(), removed,
                generated, cached, inputs, elapsed, issues);
    }

    /** Every creative of the brief in a stable order: product, then ratio, then locale. */
    static List<CreativeSpec> plan(Brief brief, BrandKit kit, Map<String, Hero> heroes, OutputFormat format) {
        List<CreativeSpec> specs = new ArrayList<>();
        for (Product product : brief.products()) {
            HeroInfo hero = heroes.get(product.id()).info();
            for (Ratio ratio : brief.ratios()) {
                for (String locale : brief.locales()) {
                    CreativeCopy copy = new CreativeCopy(locale, brief.message().forLocale(locale),
                            brief.cta() == null ? null : brief.cta().forLocale(locale),
                            brief.disclaimer() == null ? null : brief.disclaimer().forLocale(locale));
                    String path = product.id() + "/" + ratio.pathName() + "/" + locale + "." + format.extension();
                    specs.add(new CreativeSpec(product, ratio, copy, path,
                            CreativeKey.of(kit, hero, ratio, copy, format)));
                }
            }
        }
        return specs;
    }

    private static boolean upToDate(Path outDir, CreativeSpec spec, Manifest.Entry old) {
        if (!spec.key().equals(old.key()) || !spec.path().equals(old.path())) {
            return false;
        }
        Path file = outDir.resolve(spec.path());
        try {
            return Files.isRegularFile(file) && Sha256.hex(file).equals(old.sha256());
        } catch (IOException | UncheckedIOException e) {
            return false;
        }
    }

    private Manifest.Entry render(CreativeSpec spec, Hero hero, KitResources kit, Path outDir, OutputFormat format,
                                  Map<String, BufferedImage> backgrounds) {
        BufferedImage heroPixels = hero.pixels().get();
        LayoutRequest request = new LayoutRequest(spec.ratio(), spec.copy(), heroPixels, hero.subject().get(), kit.kit(),
                kit.faces(), kit.logos());
        Layout layout = solver.solve(request);
        BufferedImage background = backgrounds.computeIfAbsent(spec.product().id() + "|" + spec.ratio().label(),
                k -> renderer.background(heroPixels, layout));
        BufferedImage image = renderer.render(layout, background, kit.faces(), kit.logos());
        byte[] bytes = format.encode(image);
        Path file = outDir.resolve(spec.path());
        try {
            AtomicFiles.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
        List<String> issues = layout.issues().stream().map(i -> i.code() + ": " + i.message()).toList();
        return entryFor(spec, hero.info(), Sha256.hex(bytes), issues);
    }

    private static Manifest.Entry entryFor(CreativeSpec spec, HeroInfo hero, String sha, List<String> issues) {
        Manifest.Copy copy = new Manifest.Copy(spec.copy().message(), spec.copy().cta(), spec.copy().disclaimer(), "brief");
        return new Manifest.Entry(spec.product().id(), spec.ratio().label(), spec.copy().localeTag(), spec.path(),
                spec.ratio().width(), spec.ratio().height(), sha, spec.key(), hero, copy,
                issues == null ? List.of() : issues);
    }

    /** Deletes creatives the previous manifest listed that this brief no longer produces. */
    private static int removeStale(Path outDir, Map<String, Manifest.Entry> previous, Map<String, Manifest.Entry> current) {
        int removed = 0;
        for (Map.Entry<String, Manifest.Entry> old : previous.entrySet()) {
            Manifest.Entry now = current.get(old.getKey());
            if (now != null && now.path().equals(old.getValue().path())) {
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
