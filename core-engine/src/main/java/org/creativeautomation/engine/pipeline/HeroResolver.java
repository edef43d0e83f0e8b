package org.creativeautomation.engine.pipeline;

import org.creativeautomation.engine.asset.AssetDecoder;
import org.creativeautomation.engine.asset.AssetIngestor;
import org.creativeautomation.engine.asset.IngestLimits;
import org.creativeautomation.engine.asset.IngestedAsset;
import org.creativeautomation.engine.brand.BrandKit;
import org.creativeautomation.engine.brief.Brief;
import org.creativeautomation.engine.brief.Product;
import org.creativeautomation.engine.compose.Box;
import org.creativeautomation.engine.compose.OutputFormat;
import org.creativeautomation.engine.compose.Ratio;
import org.creativeautomation.engine.compose.SubjectEstimator;
import org.creativeautomation.engine.generate.Attempt;
import org.creativeautomation.engine.generate.BudgetStop;
import org.creativeautomation.engine.generate.GeneratedImage;
import org.creativeautomation.engine.generate.GenerationBudget;
import org.creativeautomation.engine.generate.GenerationRequest;
import org.creativeautomation.engine.generate.GenerationSize;
import org.creativeautomation.engine.generate.HeroPrompt;
import org.creativeautomation.engine.generate.HeroSubject;
import org.creativeautomation.engine.generate.LocalImageGenerator;
import org.creativeautomation.engine.generate.OfflineHeroGenerator;
import org.creativeautomation.engine.generate.PriceEstimate;
import org.creativeautomation.engine.generate.PromptBuilder;
import org.creativeautomation.engine.generate.RoutedImage;
import org.creativeautomation.engine.spi.ImageCapabilities;
import org.creativeautomation.engine.spi.ImageGenerator;
import org.creativeautomation.engine.spi.ImageSize;
import org.creativeautomation.engine.store.BlobStore;
import org.creativeautomation.engine.store.CachedGeneration;
import org.creativeautomation.engine.store.GenerationCache;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Picks each product's hero: its input asset, else a cached generation for the same key (unless the
 * run bypasses the cache), else a fresh one from the run's providers or the offline generator
 * (labelled {@code provider: "local"}). A generated hero is made at the size that best serves every
 * ratio of the brief ({@link GenerationSize}), so one image per product is enough. Within a run,
 * every call and cache hit goes to the cost ledger.
 */
public final class HeroResolver {
    private static final Logger LOG = LoggerFactory.getLogger(HeroResolver.class);
    private static final AssetDecoder DECODER = new AssetDecoder();

    private final AssetIngestor ingestor;
    private final GenerationCache cache;
    private final BlobStore blobs;
    private final OfflineHeroGenerator generator;
    private final PromptBuilder prompts = new PromptBuilder();
    private final GenerationSize sizes = new GenerationSize();
    private final SubjectEstimator subjects = new SubjectEstimator();

    public HeroResolver(AssetIngestor ingestor, GenerationCache cache, BlobStore blobs, OfflineHeroGenerator generator) {
        this.ingestor = ingestor;
        this.cache = cache;
        this.blobs = blobs;
        this.generator = generator;
    }

    /** The expansions of a run's heroes, cached in the same generation cache and blob store as its heroes. */
    HeroExpansions expansions(RoutedHeroes routed, String campaign) {
        return new HeroExpansions(routed, cache, blobs, campaign);
    }

    public Hero resolve(Brief brief, Product product, KitResources kit) {
        return resolve(brief, product, kit, null);
    }

    /** @param routed the run's provider chain; null (or the offline generator alone) keeps the offline path */
    Hero resolve(Brief brief, Product product, KitResources kit, RoutedHeroes routed) {
        try {
            if (product.assets().isEmpty() && routed != null && !routed.offlineOnly()) {
                return resolveRouted(brief, product, kit, routed);
            }
            return resolveOrFail(brief, product, kit, routed == null ? null : routed.spending());
        } catch (IOException e) {
            throw new UncheckedIOException("hero of product " + product.id() + ": " + e.getMessage(), e);
        }
    }

    /** @param spending the run's ledger and cache setting; null outside a run (nothing recorded, cache used) */
    private Hero resolveOrFail(Brief brief, Product product, KitResources kit, RunSpending spending)
            throws IOException {
        if (!product.assets().isEmpty()) {
            IngestedAsset asset = ingestor.ingest(product.assets().get(0));
            Supplier<BufferedImage> pixels = memo(() -> {
                try {
                    return ingestor.loadNormalized(asset);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            Supplier<Box> subject = memo(() -> subjects.estimate(pixels.get()));
            return new Hero(product.id(), new HeroInfo(HeroSource.INPUT, null, null, null, asset.sha256()), subject,
                    pixels);
        }
        BrandKit brandKit = kit.kit();
        String prompt = prompts.build(brief, product, brandKit).textFor(LocalImageGenerator.CAPABILITIES);
        ImageSize size = sizes.choose(LocalImageGenerator.CAPABILITIES, brief.ratios());
        GenerationRequest request = new GenerationRequest(OfflineHeroGenerator.PROVIDER, OfflineHeroGenerator.MODEL,
                prompt, size.width(), size.height(), GenerationRequest.seedFor(brief.campaign(), product.id()));
        HeroSubject subject = new HeroSubject(product.name(), product.description(), brandKit.colors(),
                kit.faces().headline());
        Box subjectBox = boxOf(generator.subjectBounds(request, subject));

        boolean useCache = spending == null || spending.useCache();
        Optional<CachedGeneration> hit = useCache ? cache.find(request.key()) : Optional.empty();
        Optional<byte[]> cachedBytes = hit.flatMap(h -> readIntact(h.blobSha256()));
        if (cachedBytes.isPresent()) {
            String sha = hit.get().blobSha256();
            byte[] bytes = cachedBytes.get();
            Supplier<BufferedImage> pixels = memo(() -> decode(bytes, "cached hero " + sha));
            if (spending != null) {
                spending.recordCacheHit(product.id(), offlineEstimate(spending, request));
            }
            return new Hero(product.id(), new HeroInfo(HeroSource.CACHED, request.provider(), request.model(), prompt, sha),
                    () -> subjectBox, pixels);
        }
        long started = System.nanoTime();
        GeneratedImage generated = generator.generate(request, subject);
        if (spending != null) {
            spending.recordLocalCall(product.id(), offlineEstimate(spending, request),
                    (System.nanoTime() - started) / 1_000_000);
        }
        byte[] png = OutputFormat.PNG.encode(generated.image());
        String sha = blobs.put(png);
        cache.put(new CachedGeneration(request.key(), request.provider(), request.model(), prompt,
                request.width(), request.height(), request.seed(), sha), png);
        BufferedImage image = generated.image();
        return new Hero(product.id(), new HeroInfo(HeroSource.GENERATED, request.provider(), request.model(), prompt, sha),
                () -> subjectBox, () -> image);
    }

    /**
     * A hero from the run's providers: a cached image of any provider in the chain first (so an
     * unchanged campaign makes no call), else the router's first success, cached under its maker.
     */
    private Hero resolveRouted(Brief brief, Product product, KitResources kit, RoutedHeroes routed) throws IOException {
        BrandKit brandKit = kit.kit();
        HeroPrompt prompt = prompts.build(brief, product, brandKit);
        long seed = GenerationRequest.seedFor(brief.campaign(), product.id());
        for (ImageGenerator generator : routed.spending().useCache() ? routed.chain() : List.<ImageGenerator>of()) {
            String key = RoutedHeroes.keyOf(generator, prompt, routed.sizeFor(generator, brief.ratios()), seed);
            Optional<CachedGeneration> hit = cache.find(key);
            Optional<byte[]> bytes = hit.flatMap(h -> readIntact(h.blobSha256()));
            if (bytes.isPresent()) {
                byte[] image = bytes.get();
                Supplier<BufferedImage> pixels = memo(() -> decode(image, "cached hero " + hit.get().blobSha256()));
                routed.spending().recordCacheHit(product.id(), routed.estimate(generator, prompt, brief.ratios(), seed));
                ImageCapabilities capabilities = generator.capabilities();
                return new Hero(product.id(), new HeroInfo(HeroSource.CACHED, generator.id(), hit.get().model(),
                        prompt.textFor(capabilities), prompt.negativeFor(capabilities), hit.get().blobSha256(),
                        List.of()), memo(() -> subjects.estimate(pixels.get())), pixels);
            }
        }
        HeroSubject subject = new HeroSubject(product.name(), product.description(), brandKit.colors(),
                kit.faces().headline());
        RoutedImage routedImage = routed.generate(product.id(), prompt, subject, brief.ratios(), seed);
        byte[] image = routedImage.result().images().get(0);
        BufferedImage decoded = decode(image, "the image from " + routedImage.provider());
        String sha = blobs.put(image);
        ImageGenerator maker = routed.provider(routedImage.provider());
        String model = RoutedHeroes.modelOf(maker);
        ImageCapabilities capabilities = maker.capabilities();
        String asked = prompt.textFor(capabilities);
        cache.put(new CachedGeneration(RoutedHeroes.keyOf(maker, prompt, routed.sizeFor(maker, brief.ratios()), seed),
                maker.id(), model, asked, decoded.getWidth(), decoded.getHeight(), seed, sha), image);
        List<HeroInfo.HeroAttempt> attempts = routedImage.attempts().stream()
                .map(a -> new HeroInfo.HeroAttempt(a.provider(), a.label(), a.latencyMs()))
                .toList();
        boolean overBudget = routedImage.attempts().stream().anyMatch(a -> a.outcome() == Attempt.Outcome.OVER_BUDGET);
        BudgetStop budgetStop = overBudget ? routed.spending().budget().stop().orElse(null) : null;
        return new Hero(product.id(), new HeroInfo(HeroSource.GENERATED, maker.id(), model, asked,
                prompt.negativeFor(capabilities), sha, attempts, budgetStop), memo(() -> subjects.estimate(decoded)),
                () -> decoded);
    }

    /**
     * Where a product's hero would come from, found as {@link #resolve} finds it but without
     * ingesting, generating or recording anything: its input asset, a cached image, or a call to the
     * first provider of the chain (the offline generator when {@code budget} would not cover it),
     * at the size that provider would be asked for.
     *
     * @param budget the run's budget as it stands before this product; a planned call is charged to it
     */
    PlannedHero plan(Brief brief, Product product, KitResources kit, RoutedHeroes routed, GenerationBudget budget) {
        if (!product.assets().isEmpty()) {
            return PlannedHero.input(product.id(), product.assets().get(0));
        }
        HeroPrompt prompt = prompts.build(brief, product, kit.kit());
        List<Ratio> ratios = brief.ratios();
        long seed = GenerationRequest.seedFor(brief.campaign(), product.id());
        if (routed.spending().useCache()) {
            for (ImageGenerator generator : routed.chain()) {
                Optional<CachedGeneration> hit = cache.find(RoutedHeroes.keyOf(generator, prompt,
                        routed.sizeFor(generator, ratios), seed));
                if (hit.isPresent()) {
                    return PlannedHero.cached(product.id(), routed.estimate(generator, prompt, ratios, seed));
                }
            }
        }
        PriceEstimate first = routed.estimate(routed.chain().get(0), prompt, ratios, seed);
        if (budget.admitPlanned(first)) {
            return PlannedHero.generated(product.id(), first, null);
        }
        return PlannedHero.generated(product.id(), routed.estimate(routed.local(), prompt, ratios, seed),
                budget.stop().orElse(null));
    }

    private static PriceEstimate offlineEstimate(RunSpending spending, GenerationRequest request) {
        return spending.prices().estimate(request.provider(), request.model(), request.width(), request.height(), null);
    }

    /** The blob's bytes when present and matching their hash (the store checks); a damaged entry is regenerated. */
    private Optional<byte[]> readIntact(String sha) {
        try {
            return Optional.of(blobs.read(sha));
        } catch (IOException | UncheckedIOException e) {
            LOG.warn("Cached hero image {} is damaged or unreadable; generating it again ({})", sha, e.getMessage());
            return Optional.empty();
        }
    }

    /**
     * A stored or delivered hero decoded the way input assets are (sRGB, upright, packed RGB), so a
     * hero read back from the cache gives exactly the pixels it gave when it was made.
     */
    private static BufferedImage decode(byte[] bytes, String source) {
        return DECODER.decode(bytes, source, IngestLimits.defaults()).image();
    }

    private static <T> Supplier<T> memo(Supplier<T> supplier) {
        return new Supplier<>() {
            private T value;

            @Override
            public synchronized T get() {
                if (value == null) {
                    value = supplier.get();
                }
                return value;
            }
        };
    }

    private static Box boxOf(java.awt.Rectangle r) {
        return r == null ? null : new Box(r.x, r.y, r.width, r.height);
    }
}
