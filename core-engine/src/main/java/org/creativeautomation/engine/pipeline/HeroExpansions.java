package org.creativeautomation.engine.pipeline;

import org.creativeautomation.engine.asset.AssetDecoder;
import org.creativeautomation.engine.asset.IngestLimits;
import org.creativeautomation.engine.compose.CanvasExtension;
import org.creativeautomation.engine.compose.ExpandedHero;
import org.creativeautomation.engine.compose.HeroReach;
import org.creativeautomation.engine.compose.ImageScaler;
import org.creativeautomation.engine.compose.Layout;
import org.creativeautomation.engine.compose.LayoutRequest;
import org.creativeautomation.engine.compose.LayoutSolver;
import org.creativeautomation.engine.compose.OutputFormat;
import org.creativeautomation.engine.generate.Attempt;
import org.creativeautomation.engine.generate.BudgetStop;
import org.creativeautomation.engine.generate.GenerationRequest;
import org.creativeautomation.engine.generate.NoProviderSucceededException;
import org.creativeautomation.engine.generate.RoutedImage;
import org.creativeautomation.engine.spi.ExpandRequest;
import org.creativeautomation.engine.spi.ImageGenerator;
import org.creativeautomation.engine.store.BlobStore;
import org.creativeautomation.engine.store.CachedGeneration;
import org.creativeautomation.engine.store.GenerationCache;
import org.creativeautomation.engine.store.Sha256;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.ref.SoftReference;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Widens a hero with a provider's generative expand for the ratios it cannot fill uncut. When the
 * composer would extend the canvas for a creative because its product does not fit the ratio
 * ({@link LayoutSolver#reach}), the run's providers that can expand are asked
 * (in the chain's order, under the run's budget, cached like generations) to draw exactly the
 * missing margins; the hero's own pixels are laid back over the result, and the creative is framed
 * on the expanded hero with the window the composer chose. When no provider can, the call fails, the
 * budget does not cover it or the margins are too thin to be worth one, the composer's extension is
 * used and the manifest says why.
 *
 * <p>One expansion serves every creative of a product that needs the same margins (the locales of
 * a ratio); it is made once per run even when those creatives are rendered side by side.
 */
final class HeroExpansions {
    private static final Logger LOG = LoggerFactory.getLogger(HeroExpansions.class);
    /**
     * The prompt every expansion gets. The model continues the photo; it must not add a second
     * product, people or type, which would compete with the product and the creative's own copy.
     */
    static final String PROMPT = "Extend this product photograph outward into the empty margins: continue the same "
            + "background, surface, lighting, shadows, colours and perspective seamlessly. Keep the product exactly "
            + "as it is. Add no new objects, products, people, text, letters or logos.";
    /** Margins thinner than this share of the canvas along their axis are left to the composer: not worth a call. */
    static final double MIN_MARGIN_SHARE = 0.01;
    /** The longest side of the expanded canvas a provider is asked for; larger heroes are sent reduced. */
    static final int MAX_REQUEST_SIDE = 2048;
    /** How far the shape of a provider's answer may differ from the canvas asked for (log of the aspect ratio). */
    private static final double SHAPE_TOLERANCE = 0.02;
    private static final String KEY_FORMAT = "hero-expansion/1";
    private static final AssetDecoder DECODER = new AssetDecoder();

    private final RoutedHeroes routed;
    private final GenerationCache cache;
    private final BlobStore blobs;
    private final String campaign;
    private final Map<ExpansionKey, CompletableFuture<Outcome>> outcomes = new ConcurrentHashMap<>();

    /** @param routed the run's providers; null (a run without {@code --expand}), or the offline generator alone, expands nothing */
    HeroExpansions(RoutedHeroes routed, GenerationCache cache, BlobStore blobs, String campaign) {
        this.routed = routed;
        this.cache = cache;
        this.blobs = blobs;
        this.campaign = campaign;
    }

    /** Whether this run tries expansions at all: only runs whose chain names a provider besides the offline one. */
    boolean enabled() {
        return routed != null && !routed.offlineOnly();
    }

    /**
     * What the creatives' keys say about expansion: the run's expanders, in order, so a run with other
     * expanders renders again; null when the run does not expand (keys stay as they were).
     */
    String signature() {
        if (!enabled()) {
            return null;
        }
        return "expanders:" + routed.expanders().stream()
                .map(g -> g.id() + "/" + RoutedHeroes.expandModelOf(g)).collect(Collectors.joining(","));
    }

    /** The creative's layout, on an expansion of its hero when its ratio needs one and the run allows it. */
    FramedCreative frame(LayoutSolver solver, LayoutRequest request, Hero hero) {
        Optional<HeroReach> reach = enabled() ? solver.reach(request) : Optional.empty();
        if (reach.isEmpty()) {
            return new FramedCreative(solver.solve(request), request.hero(), null);
        }
        Outcome outcome = outcome(new ExpansionKey(hero.productId(), hero.info().assetSha256(), reach.get().left(),
                reach.get().top(), reach.get().right(), reach.get().bottom()), hero, request, reach.get());
        ExpandedHero expanded = outcome.expanded();
        if (expanded != null) {
            return new FramedCreative(solver.solve(request, expanded), expanded.image(), outcome.info());
        }
        Layout layout = solver.solve(request);
        ExpansionInfo fallback = outcome.info();
        return new FramedCreative(layout, request.hero(), new ExpansionInfo(ExpansionInfo.COMPOSER, null, null, null,
                layout.extension().fill().name().toLowerCase(Locale.ROOT), fallback.reason(), fallback.attempts()));
    }

    /** The expansion for these margins, made by the first creative that needs it; the others wait for it. */
    private Outcome outcome(ExpansionKey key, Hero hero, LayoutRequest request, HeroReach reach) {
        CompletableFuture<Outcome> mine = new CompletableFuture<>();
        CompletableFuture<Outcome> theirs = outcomes.putIfAbsent(key, mine);
        if (theirs != null) {
            try {
                return theirs.join();
            } catch (CompletionException e) {
                throw e.getCause() instanceof RuntimeException re ? re : e;
            }
        }
        try {
            Outcome made = expand(hero, request, reach);
            mine.complete(made);
            return made;
        } catch (RuntimeException e) {
            mine.completeExceptionally(e);
            throw e;
        }
    }

    private Outcome expand(Hero hero, LayoutRequest request, HeroReach reach) {
        String product = hero.productId();
        if (!routed.expands()) {
            return Outcome.fellBack("no provider of the run (" + routed.chain().stream().map(ImageGenerator::id)
                    .collect(Collectors.joining(", ")) + ") can expand an image", List.of());
        }
        CanvasExtension extension = reach.composerExtension();
        int canvasW = request.ratio().width();
        int canvasH = request.ratio().height();
        if (extension.left() + extension.right() < MIN_MARGIN_SHARE * canvasW
                && extension.top() + extension.bottom() < MIN_MARGIN_SHARE * canvasH) {
            return Outcome.fellBack("the extension is a sliver (" + (extension.left() + extension.right()
                    + extension.top() + extension.bottom()) + " px), not worth a call", List.of());
        }
        BufferedImage original = request.hero();
        ExpandRequest ask = requestFor(original, reach, GenerationRequest.seedFor(campaign, product));
        String heroSha = hero.info().assetSha256();
        if (routed.spending().useCache()) {
            for (ImageGenerator expander : routed.expanders()) {
                Optional<Outcome> cached = cached(expander, heroSha, original, reach, ask);
                if (cached.isPresent()) {
                    routed.spending().recordCacheHit(product, routed.estimateExpansion(expander, ask));
                    return cached.get();
                }
            }
        }
        RoutedImage made;
        try {
            made = routed.expand(product, ask);
        } catch (NoProviderSucceededException e) {
            String reason = reasonOf(e);
            LOG.info("Expansion of {} for {} not used: {}; the composer extends the canvas", product,
                    request.ratio().label(), reason);
            return Outcome.fellBack(reason, attemptsOf(e.attempts()));
        }
        ImageGenerator maker = routed.provider(made.provider());
        String model = RoutedHeroes.expandModelOf(maker);
        byte[] bytes = made.result().images().get(0);
        List<HeroInfo.HeroAttempt> attempts = attemptsOf(made.attempts());
        BufferedImage drawn;
        try {
            drawn = decode(bytes, "the expansion from " + maker.id());
        } catch (RuntimeException e) {
            return Outcome.fellBack(maker.id() + " answered an image that cannot be read (" + e.getMessage() + ")",
                    attempts);
        }
        if (!sameShape(drawn, ask)) {
            return Outcome.fellBack(maker.id() + " answered a " + drawn.getWidth() + "x" + drawn.getHeight()
                    + " image for a " + ask.expandedWidth() + "x" + ask.expandedHeight() + " canvas", attempts);
        }
        boolean stored = store(keyOf(maker, heroSha, original, reach, ask), maker, model, ask, bytes);
        String sha = Sha256.hex(bytes);
        LOG.info("Expanded the hero of {} for {} with {} ({})", product, request.ratio().label(), maker.id(), model);
        return new Outcome(new KeptHero(original, ExpandedHero.of(original, drawn, reach), stored ? sha : null),
                new ExpansionInfo(ExpansionInfo.GENERATED, maker.id(), model, sha, "generative", null, attempts));
    }

    private Optional<Outcome> cached(ImageGenerator expander, String heroSha, BufferedImage original, HeroReach reach,
                                     ExpandRequest ask) {
        Optional<CachedGeneration> hit = cache.find(keyOf(expander, heroSha, original, reach, ask));
        if (hit.isEmpty()) {
            return Optional.empty();
        }
        String sha = hit.get().blobSha256();
        try {
            BufferedImage drawn = decode(blobs.read(sha), "cached expansion " + sha);
            if (!sameShape(drawn, ask)) {
                return Optional.empty();
            }
            ExpansionInfo info = new ExpansionInfo(ExpansionInfo.CACHED, expander.id(), hit.get().model(), sha,
                    "generative", null, List.of());
            return Optional.of(new Outcome(new KeptHero(original, ExpandedHero.of(original, drawn, reach), sha), info));
        } catch (IOException | RuntimeException e) {
            LOG.warn("Cached expansion {} is damaged or unreadable; expanding again ({})", sha, e.getMessage());
            return Optional.empty();
        }
    }

    /**
     * The request a provider gets: the hero and its margins, reduced so the expanded canvas is at most
     * {@value #MAX_REQUEST_SIDE} px on its long side (models draw at about that size; the full-size
     * original is laid back over the result anyway).
     */
    static ExpandRequest requestFor(BufferedImage original, HeroReach reach, long seed) {
        int w = original.getWidth();
        int h = original.getHeight();
        double scale = Math.min(1.0, (double) MAX_REQUEST_SIDE
                / Math.max(reach.expandedWidth(w), reach.expandedHeight(h)));
        int sw = Math.max(1, (int) Math.round(w * scale));
        int sh = Math.max(1, (int) Math.round(h * scale));
        BufferedImage sent = scale == 1.0 ? original
                : ImageScaler.scale(original, sw, sh, original.getColorModel().hasAlpha());
        return new ExpandRequest(OutputFormat.PNG.encode(sent), sw, sh, margin(reach.left(), scale),
                margin(reach.top(), scale), margin(reach.right(), scale), margin(reach.bottom(), scale), PROMPT, seed);
    }

    /** A margin at the request's scale; a margin there at all stays at least a pixel. */
    private static int margin(int pixels, double scale) {
        return pixels == 0 ? 0 : Math.max(1, (int) Math.round(pixels * scale));
    }

    /**
     * The cache key of an expansion: who made it with which model, of which hero, to which margins,
     * with which prompt and seed.
     */
    static String keyOf(ImageGenerator expander, String heroSha, BufferedImage original, HeroReach reach,
                        ExpandRequest ask) {
        return Sha256.hexOf(KEY_FORMAT, expander.id(), RoutedHeroes.expandModelOf(expander), heroSha,
                Integer.toString(original.getWidth()), Integer.toString(original.getHeight()),
                Integer.toString(reach.left()), Integer.toString(reach.top()), Integer.toString(reach.right()),
                Integer.toString(reach.bottom()), ask.prompt(), String.valueOf(ask.seed()));
    }

    /**
     * Stores the provider's answer and caches it under its key; false when that failed, which costs
     * the next run a call.
     */
    private boolean store(String key, ImageGenerator maker, String model, ExpandRequest ask, byte[] bytes) {
        try {
            cache.put(new CachedGeneration(key, maker.id(), model, ask.prompt(), ask.expandedWidth(),
                    ask.expandedHeight(), ask.seed() == null ? 0 : ask.seed(), null), bytes);
            return true;
        } catch (IOException | UncheckedIOException e) {
            LOG.warn("Could not cache the expansion from {} ({}); a later run asks again", maker.id(), e.getMessage());
            return false;
        }
    }

    private static boolean sameShape(BufferedImage drawn, ExpandRequest ask) {
        double asked = (double) ask.expandedWidth() / ask.expandedHeight();
        double got = (double) drawn.getWidth() / drawn.getHeight();
        return Math.abs(Math.log(got / asked)) <= SHAPE_TOLERANCE;
    }

    private String reasonOf(NoProviderSucceededException e) {
        if (e.attempts().stream().anyMatch(a -> a.outcome() == Attempt.Outcome.OVER_BUDGET)) {
            Optional<BudgetStop> stop = routed.spending().budget().stop();
            return "over budget: " + stop.map(BudgetStop::message).orElse("a spending cap does not cover the call");
        }
        if (e.attempts().stream().allMatch(a -> a.outcome() == Attempt.Outcome.CIRCUIT_OPEN)) {
            return "every provider that expands is failing (circuit open)";
        }
        Throwable cause = e.getCause();
        return "the expansion failed: " + (cause == null || cause.getMessage() == null ? "no provider delivered"
                : cause.getMessage());
    }

    private static List<HeroInfo.HeroAttempt> attemptsOf(List<Attempt> attempts) {
        return attempts.stream()
                .map(a -> new HeroInfo.HeroAttempt(a.provider(), a.label(), a.latencyMs()))
                .toList();
    }

    private static BufferedImage decode(byte[] bytes, String source) {
        return DECODER.decode(bytes, source, IngestLimits.defaults()).image();
    }

    /** What expanding a hero for some margins came to: the expanded hero, or why there is none. */
    private record Outcome(KeptHero kept, ExpansionInfo info) {
        static Outcome fellBack(String reason, List<HeroInfo.HeroAttempt> attempts) {
            return new Outcome(null, new ExpansionInfo(ExpansionInfo.COMPOSER, null, null, null, null, reason, attempts));
        }

        ExpandedHero expanded() {
            return kept == null ? null : kept.get();
        }
    }

    /**
     * An expanded hero kept for the creatives that still need it. A run of many products would hold
     * a full-size expanded photo per product and ratio, so it is held softly and, when memory runs
     * short, made again from the provider's answer in the blob store (a decode, never a call). One
     * whose answer could not be stored is held for the run.
     */
    private final class KeptHero {
        private final BufferedImage original;
        private final HeroReach reach;
        private final String answerSha;
        private final ExpandedHero pinned;
        private SoftReference<ExpandedHero> soft;

        /** @param answerSha the provider's answer in the blob store; null when it could not be stored */
        KeptHero(BufferedImage original, ExpandedHero made, String answerSha) {
            this.original = original;
            this.reach = made.reach();
            this.answerSha = answerSha;
            this.pinned = answerSha == null ? made : null;
            this.soft = new SoftReference<>(made);
        }

        synchronized ExpandedHero get() {
            if (pinned != null) {
                return pinned;
            }
            ExpandedHero kept = soft.get();
            if (kept == null) {
                try {
                    kept = ExpandedHero.of(original, decode(blobs.read(answerSha), "expansion " + answerSha), reach);
                } catch (IOException e) {
                    throw new UncheckedIOException("the expansion " + answerSha + " cannot be read again", e);
                }
                soft = new SoftReference<>(kept);
            }
            return kept;
        }
    }

    /** One expansion of a run: a product's hero and the margins it needs. */
    private record ExpansionKey(String product, String heroSha, int left, int top, int right, int bottom) {
    }
}
