package org.creativeautomation.engine.pipeline;

import org.creativeautomation.engine.asset.IngestLimits;
import org.creativeautomation.engine.compose.Ratio;
import org.creativeautomation.engine.generate.Attempt;
import org.creativeautomation.engine.generate.GenerationRequest;
import org.creativeautomation.engine.generate.GenerationSize;
import org.creativeautomation.engine.generate.HeroPrompt;
import org.creativeautomation.engine.generate.HeroQualityGate;
import org.creativeautomation.engine.generate.HeroSubject;
import org.creativeautomation.engine.generate.ImageAcceptance;
import org.creativeautomation.engine.generate.LocalImageGenerator;
import org.creativeautomation.engine.generate.NanoClock;
import org.creativeautomation.engine.generate.NoProviderSucceededException;
import org.creativeautomation.engine.generate.OfflineHeroGenerator;
import org.creativeautomation.engine.generate.PriceEstimate;
import org.creativeautomation.engine.generate.ProviderLimits;
import org.creativeautomation.engine.generate.ProviderRouter;
import org.creativeautomation.engine.generate.RetryPolicy;
import org.creativeautomation.engine.generate.RoutedImage;
import org.creativeautomation.engine.generate.Sleeper;
import org.creativeautomation.engine.spi.ExpandRequest;
import org.creativeautomation.engine.spi.ImageCapabilities;
import org.creativeautomation.engine.spi.ImageExpander;
import org.creativeautomation.engine.spi.ImageGenerationRequest;
import org.creativeautomation.engine.spi.ImageGenerator;
import org.creativeautomation.engine.spi.ImageResult;
import org.creativeautomation.engine.spi.ImageSize;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * One run's image providers in failover order behind a router. Each provider is asked for the
 * size that best serves the brief's ratios among those it makes, and gets the kit's negative
 * prompt in the way it takes one; every image passes the {@link HeroQualityGate} before it is
 * used. The offline generator is one of the providers; it draws the product it is asked for,
 * found by the prompt it receives. Every paid call, a regeneration after a rejected image
 * included, is first checked against the run's budget, and every call that delivered an image is
 * charged, whether the gate took the image or not; when the budget stops paid calls, the offline
 * generator draws the hero even if the chain does not name it.
 */
final class RoutedHeroes {
    /** The quality runs ask for: each model's own default. */
    private static final String DEFAULT_QUALITY = "default";
    private final List<ImageGenerator> chain;
    private final LocalImageGenerator local;
    private final ProviderRouter router;
    private final RunSpending spending;
    private final GenerationSize sizes = new GenerationSize();
    private final Map<String, HeroSubject> subjects = new ConcurrentHashMap<>();

    RoutedHeroes(Function<LocalImageGenerator, List<ImageGenerator>> chainWithLocal, OfflineHeroGenerator offline,
                 RunSpending spending) {
        this(chainWithLocal, offline, spending, new HeroQualityGate(IngestLimits.defaults()));
    }

    RoutedHeroes(Function<LocalImageGenerator, List<ImageGenerator>> chainWithLocal, OfflineHeroGenerator offline,
                 RunSpending spending, ImageAcceptance gate) {
        this.local = new LocalImageGenerator(offline, request -> subjects.get(request.prompt()));
        this.chain = chainWithLocal.apply(local);
        this.spending = spending;
        this.router = new ProviderRouter(chain, RetryPolicy.DEFAULT, ProviderLimits.DEFAULT, gate,
                HeroQualityGate.REGENERATIONS, Sleeper.THREAD, NanoClock.SYSTEM, new SplittableRandom(7),
                spending.budget());
    }

    /** True when the offline generator alone is asked for: heroes then keep the offline path. */
    boolean offlineOnly() {
        return chain.size() == 1 && OfflineHeroGenerator.PROVIDER.equals(chain.get(0).id());
    }

    List<ImageGenerator> chain() {
        return chain;
    }

    RunSpending spending() {
        return spending;
    }

    /** The model a provider is keyed under in the generation cache. */
    static String modelOf(ImageGenerator generator) {
        return OfflineHeroGenerator.PROVIDER.equals(generator.id()) ? OfflineHeroGenerator.MODEL
                : generator.capabilities().models().isEmpty() ? generator.id() : generator.capabilities().models().get(0);
    }

    /** The size this provider is asked for to serve these ratios. */
    ImageSize sizeFor(ImageGenerator generator, List<Ratio> ratios) {
        return sizes.choose(generator.capabilities(), ratios);
    }

    /**
     * The cache key an image of this provider for this prompt, size and seed is stored under. A
     * negative prompt sent as such is part of what was asked, so it is keyed with the prompt; the
     * prompt is keyed with its whitespace normalised (a re-wrapped kit template asks for the same
     * image), and with the quality asked for: runs ask for each model's default quality
     * ({@code high} for gpt-image-1, {@code hd} for dall-e-3), which the model in the key fixes.
     */
    static String keyOf(ImageGenerator generator, HeroPrompt prompt, ImageSize size, long seed) {
        ImageCapabilities capabilities = generator.capabilities();
        String negative = prompt.negativeFor(capabilities);
        String asked = normalised(prompt.textFor(capabilities))
                + (negative == null ? "" : "\u0000negative:" + normalised(negative))
                + "\u0000quality:" + DEFAULT_QUALITY;
        return new GenerationRequest(generator.id(), modelOf(generator), asked, size.width(), size.height(), seed)
                .key();
    }

    /** What one image of this provider for a hero would cost, at the size it would be asked for. */
    PriceEstimate estimate(ImageGenerator generator, HeroPrompt prompt, List<Ratio> ratios, long seed) {
        return spending.prices().estimate(generator, request(generator, prompt, ratios, seed));
    }

    /** The offline generator, which draws heroes the budget does not allow a paid provider to make. */
    ImageGenerator local() {
        return local;
    }

    /**
     * The first image a provider of the chain delivers and the quality gate accepts. When the
     * budget refused a paid provider and no later one delivered, the offline generator draws it;
     * the attempts say so. Every attempt goes to the run's ledger, rejected images with their cost.
     */
    RoutedImage generate(String productId, HeroPrompt prompt, HeroSubject subject, List<Ratio> ratios, long seed) {
        Function<ImageGenerator, ImageGenerationRequest> asked = generator -> request(generator, prompt, ratios, seed);
        Function<ImageGenerator, ImageGenerationRequest> requestFor = generator -> {
            ImageGenerationRequest request = asked.apply(generator);
            subjects.put(request.prompt(), subject);
            return request;
        };
        try {
            RoutedImage image = router.generate(requestFor);
            spending.recordAttempts(productId, image.attempts(), this::provider, asked, image.result());
            return image;
        } catch (NoProviderSucceededException e) {
            spending.recordAttempts(productId, e.attempts(), this::provider, asked, null);
            if (e.attempts().stream().noneMatch(a -> a.outcome() == Attempt.Outcome.OVER_BUDGET)) {
                throw e;
            }
            long started = System.nanoTime();
            ImageResult result = local.generate(requestFor.apply(local));
            Attempt drawn = new Attempt(local.id(), Attempt.Outcome.SUCCEEDED, (System.nanoTime() - started) / 1_000_000);
            spending.recordAttempts(productId, List.of(drawn), this::provider, asked, result);
            List<Attempt> attempts = new ArrayList<>(e.attempts());
            attempts.add(drawn);
            return new RoutedImage(result, local.id(), attempts);
        }
    }

    /** Whether a provider of the chain can expand an image. */
    boolean expands() {
        return router.expands();
    }

    /** The providers of the chain that can expand an image, in failover order. */
    List<ImageGenerator> expanders() {
        return chain.stream().filter(g -> g.expander().isPresent()).toList();
    }

    /** The model a provider's expansions are made with and keyed under. */
    static String expandModelOf(ImageGenerator generator) {
        return generator.expander().map(ImageExpander::model).orElseGet(() -> modelOf(generator));
    }

    /** What one expansion of this provider would cost: an image of its expand model at the expanded size. */
    PriceEstimate estimateExpansion(ImageGenerator generator, ExpandRequest request) {
        return spending.prices().estimate(generator, priced(generator, request));
    }

    /**
     * The first expansion a provider of the chain delivers and the quality gate accepts (a moderator
     * the run names judges the margins the model drew), under the run's budget; every attempt goes
     * to the cost ledger, rejected expansions with their cost.
     *
     * @throws NoProviderSucceededException when none delivered (its attempts say why)
     */
    RoutedImage expand(String productId, ExpandRequest request) {
        try {
            RoutedImage image = router.expand(request, g -> priced(g, request));
            spending.recordAttempts(productId, image.attempts(), this::provider, g -> priced(g, request),
                    image.result());
            return image;
        } catch (NoProviderSucceededException e) {
            spending.recordAttempts(productId, e.attempts(), this::provider, g -> priced(g, request), null);
            throw e;
        }
    }

    private static ImageGenerationRequest priced(ImageGenerator generator, ExpandRequest request) {
        return new ImageGenerationRequest(expandModelOf(generator), request.prompt(), null, request.expandedWidth(),
                request.expandedHeight(), request.seed(), null);
    }

    /** The provider with this id: one of the chain, or the offline generator. */
    ImageGenerator provider(String id) {
        return chain.stream().filter(g -> g.id().equals(id)).findFirst().orElse(local);
    }

    /** What this provider is asked for: the prompt as it takes one, at the size that serves the ratios best. */
    private ImageGenerationRequest request(ImageGenerator generator, HeroPrompt prompt, List<Ratio> ratios, long seed) {
        ImageCapabilities capabilities = generator.capabilities();
        ImageSize size = sizeFor(generator, ratios);
        return new ImageGenerationRequest(null, prompt.textFor(capabilities), prompt.negativeFor(capabilities),
                size.width(), size.height(), seed, null);
    }

    private static String normalised(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }
}
