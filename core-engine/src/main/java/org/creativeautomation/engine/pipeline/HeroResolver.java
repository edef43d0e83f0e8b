package org.creativeautomation.engine.pipeline;

import org.creativeautomation.engine.asset.AssetIngestor;
import org.creativeautomation.engine.asset.IngestedAsset;
import org.creativeautomation.engine.brand.BrandKit;
import org.creativeautomation.engine.brief.Brief;
import org.creativeautomation.engine.brief.Product;
import org.creativeautomation.engine.compose.Box;
import org.creativeautomation.engine.compose.OutputFormat;
import org.creativeautomation.engine.generate.GeneratedImage;
import org.creativeautomation.engine.generate.GenerationRequest;
import org.creativeautomation.engine.generate.HeroSubject;
import org.creativeautomation.engine.generate.OfflineHeroGenerator;
import org.creativeautomation.engine.generate.PromptBuilder;
import org.creativeautomation.engine.store.BlobStore;
import org.creativeautomation.engine.store.CachedGeneration;
import org.creativeautomation.engine.store.GenerationCache;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Picks each product's hero: its input asset, else a cached generation for the same key, else a
 * fresh one from the offline generator (labelled {@code provider: "local"}).
 */
public final class HeroResolver {
    static final int HERO_SIZE = 2048;

    private final AssetIngestor ingestor;
    private final GenerationCache cache;
    private final BlobStore blobs;
    private final OfflineHeroGenerator generator;
    private final PromptBuilder prompts = new PromptBuilder();

    public HeroResolver(AssetIngestor ingestor, GenerationCache cache, BlobStore blobs, OfflineHeroGenerator generator) {
        this.ingestor = ingestor;
        this.cache = cache;
        this.blobs = blobs;
        this.generator = generator;
    }

    public Hero resolve(Brief brief, Product product, KitResources kit) {
        try {
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
            return new Hero(product.id(), new HeroInfo("input", null, null, null, asset.sha256()), null, pixels);
        }
        BrandKit brandKit = kit.kit();
        String prompt = prompts.build(brief, product, brandKit);
        GenerationRequest request = new GenerationRequest(OfflineHeroGenerator.PROVIDER, OfflineHeroGenerator.MODEL,
                prompt, HERO_SIZE, HERO_SIZE, GenerationRequest.seedFor(brief.campaign(), product.id()));
        HeroSubject subject = new HeroSubject(product.name(), product.description(), brandKit.colors(),
                kit.faces().headline());
        Box subjectBox = Boxes.of(generator.subjectBounds(request, subject));

        Optional<CachedGeneration> hit = cache.find(request.key());
        if (hit.isPresent()) {
            String sha = hit.get().blobSha256();
            Supplier<BufferedImage> pixels = memo(() -> decode(sha));
            return new Hero(product.id(), new HeroInfo("cached", request.provider(), request.model(), prompt, sha),
                    subjectBox, pixels);
        }
        GeneratedImage generated = generator.generate(request, subject);
        byte[] png = OutputFormat.PNG.encode(generated.image());
        String sha = blobs.put(png);
        cache.put(new CachedGeneration(request.key(), request.provider(), request.model(), prompt,
                request.width(), request.height(), request.seed(), sha), png);
        BufferedImage image = generated.image();
        return new Hero(product.id(), new HeroInfo("generated", request.provider(), request.model(), prompt, sha),
                subjectBox, () -> image);
    }

    private BufferedImage decode(String sha) {
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(blobs.read(sha)));
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

    /** Converts AWT rectangles into layout boxes. */
    static final class Boxes {
        private Boxes() {
        }

        static Box of(java.awt.Rectangle r) {
            return r == null ? null : new Box(r.x, r.y, r.width, r.height);
        }
    }
}
