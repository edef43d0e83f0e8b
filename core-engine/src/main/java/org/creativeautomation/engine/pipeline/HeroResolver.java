package org.creativeautomation.engine.pipeline;

import org.creativeautomation.engine.asset.AssetIngestor;
import org.creativeautomation.engine.asset.IngestedAsset;
import org.creativeautomation.engine.brand.BrandKit;
import org.creativeautomation.engine.brief.Brief;
import org.creativeautomation.engine.brief.Product;
import org.creativeautomation.engine.compose.Box;
import org.creativeautomation.engine.compose.OutputFormat;
import org.creativeautomation.engine.compose.SubjectEstimator;
import org.creativeautomation.engine.generate.GeneratedImage;
import org.creativeautomation.engine.generate.GenerationRequest;
import org.creativeautomation.engine.generate.GenerationSize;
import org.creativeautomation.engine.generate.HeroPrompt;
import org.creativeautomation.engine.generate.HeroSubject;
import org.creativeautomation.engine.generate.LocalImageGenerator;
import org.creativeautomation.engine.generate.OfflineHeroGenerator;
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

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Picks each product's hero: its input asset, else a cached generation for the same key, else a
 * fresh one from the offline generator (labelled {@code provider: "local"}) or the run's providers.
 * A generated hero is made at the size that best serves every ratio of the brief
 * ({@link GenerationSize}), so one image per product is enough.
 */
public final class HeroResolver {
    private static final Logger LOG = LoggerFactory.getLogger(HeroResolver.class);

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

    public Hero resolve(Brief brief, Product product, KitResources kit) {
        return resolve(brief, product, kit, null);
    }

    /** @param routed the run's provider chain; null (or the offline generator alone) keeps the offline path */
    Hero resolve(Brief brief, Product product, KitResources kit, RoutedHeroes routed) {
        try {
            if (product.assets().isEmpty() && routed != null && !routed.offlineOnly()) {
                return resolveRouted(brief, product, kit, routed);
            }
            return resolveOrFail(brief, product, kit);
        } catch (IOException e) {
            throw new UncheckedIOException("hero of product " + product.id() + ": " + e.getMessage(), e);
        }
    }

    private Hero resolveOrFail(Brief brief, Product product, KitResources kit) throws IOException {
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

        Optional<CachedGeneration> hit = cache.find(request.key());
        Optional<byte[]> cachedBytes = hit.flatMap(h -> readIntact(h.blobSha256()));
        if (cachedBytes.isPresent()) {
            String sha = hit.get().blobSha256();
            byte[] bytes = cachedBytes.get();
            Supplier<BufferedImage> pixels = memo(() -> decode(bytes));
            return new Hero(product.id(), new HeroInfo(HeroSource.CACHED, request.provider(), request.model(), prompt, sha),
                    () -> subjectBox, pixels);
        }
        GeneratedImage generated = generator.generate(request, subject);
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
        for (ImageGenerator generator : routed.chain()) {
            String key = RoutedHeroes.keyOf(generator, prompt, routed.sizeFor(generator, brief.ratios()), seed);
            Optional<CachedGeneration> hit = cache.find(key);
            Optional<byte[]> bytes = hit.flatMap(h -> readIntact(h.blobSha256()));
            if (bytes.isPresent()) {
                byte[] image = bytes.get();
                Supplier<BufferedImage> pixels = memo(() -> decode(image));
                ImageCapabilities capabilities = generator.capabilities();
                return new Hero(product.id(), new HeroInfo(HeroSource.CACHED, generator.id(), hit.get().model(),
                        prompt.textFor(capabilities), prompt.negativeFor(capabilities), hit.get().blobSha256(),
                        List.of()), memo(() -> subjects.estimate(pixels.get())), pixels);
            }
        }
        HeroSubject subject = new HeroSubject(product.name(), product.description(), brandKit.colors(),
                kit.faces().headline());
        RoutedImage routedImage = routed.generate(prompt, subject, brief.ratios(), seed);
        byte[] image = routedImage.result().images().get(0);
        BufferedImage decoded = decode(image);
        String sha = blobs.put(image);
        ImageGenerator maker = routed.chain().stream().filter(g -> g.id().equals(routedImage.provider())).findFirst()
                .orElseThrow();
        String model = RoutedHeroes.modelOf(maker);
        ImageCapabilities capabilities = maker.capabilities();
        String asked = prompt.textFor(capabilities);
        cache.put(new CachedGeneration(RoutedHeroes.keyOf(maker, prompt, routed.sizeFor(maker, brief.ratios()), seed),
                maker.id(), model, asked, decoded.getWidth(), decoded.getHeight(), seed, sha), image);
        List<HeroInfo.HeroAttempt> attempts = routedImage.attempts().stream()
                .map(a -> new HeroInfo.HeroAttempt(a.provider(), a.label(), a.latencyMs()))
                .toList();
        return new Hero(product.id(), new HeroInfo(HeroSource.GENERATED, maker.id(), model, asked,
                prompt.negativeFor(capabilities), sha, attempts), memo(() -> subjects.estimate(decoded)),
                () -> decoded);
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

    private static BufferedImage decode(byte[] bytes) {
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
            if (image == null) {
                throw new IllegalStateException("cached hero image in the blob store is not readable");
            }
            return image;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
