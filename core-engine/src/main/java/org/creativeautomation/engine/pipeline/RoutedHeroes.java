package org.creativeautomation.engine.pipeline;

import org.creativeautomation.engine.generate.Attempt;
import org.creativeautomation.engine.generate.GenerationRequest;
import org.creativeautomation.engine.generate.HeroSubject;
import org.creativeautomation.engine.generate.LocalImageGenerator;
import org.creativeautomation.engine.generate.NoProviderSucceededException;
import org.creativeautomation.engine.generate.OfflineHeroGenerator;
import org.creativeautomation.engine.generate.PriceEstimate;
import org.creativeautomation.engine.generate.ProviderLimits;
import org.creativeautomation.engine.generate.ProviderRouter;
import org.creativeautomation.engine.generate.RetryPolicy;
import org.creativeautomation.engine.generate.RoutedImage;
import org.creativeautomation.engine.generate.Sleeper;
import org.creativeautomation.engine.generate.NanoClock;
import org.creativeautomation.engine.spi.ExpandRequest;
import org.creativeautomation.engine.spi.ImageExpander;
import org.creativeautomation.engine.spi.ImageGenerationRequest;
import org.creativeautomation.engine.spi.ImageGenerator;
import org.creativeautomation.engine.spi.ImageResult;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * One run's image providers in failover order behind a router. The offline generator is one of
 * them; it draws the product it is asked for, found by the prompt it receives. Every paid call is
 * first checked against the run's budget; when the budget stops paid calls, the offline generator
 * draws the hero even if the chain does not name it.
 */
final class RoutedHeroes {
    private final List<ImageGenerator> chain;
    private final LocalImageGenerator local;
    private final ProviderRouter router;
    private final RunSpending spending;
    private final Map<String, HeroSubject> subjects = new ConcurrentHashMap<>();

    RoutedHeroes(Function<LocalImageGenerator, List<ImageGenerator>> chainWithLocal, OfflineHeroGenerator offline,
                 RunSpending spending) {
        this.local = new LocalImageGenerator(offline, request -> subjects.get(request.prompt()));
        this.chain = chainWithLocal.apply(local);
        this.spending = spending;
        this.router = new ProviderRouter(chain, RetryPolicy.DEFAULT,
                ProviderLimits.DEFAULT, Sleeper.THREAD, NanoClock.SYSTEM, new SplittableRandom(7), spending.budget());
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

    /** The cache key an image of this provider for this prompt, size and seed is stored under. */
    static String keyOf(ImageGenerator generator, String prompt, int size, long seed) {
        return new GenerationRequest(generator.id(), modelOf(generator), prompt, size, size, seed).key();
    }

    /** What one image of this provider for a hero request would cost. */
    PriceEstimate estimate(ImageGenerator generator, String prompt, int size, long seed) {
        return spending.prices().estimate(generator, request(prompt, size, seed));
    }

    /** The offline generator, which draws heroes the budget does not allow a paid provider to make. */
    ImageGenerator local() {
        return local;
    }

    /**
     * The first image a provider of the chain delivers. When the budget refused a paid provider and
     * no later one delivered, the offline generator draws it; the attempts say so.
     */
    RoutedImage generate(String productId, String prompt, HeroSubject subject, int size, long seed) {
        subjects.put(prompt, subject);
        ImageGenerationRequest request = request(prompt, size, seed);
        try {
            RoutedImage image = router.generate(request);
            spending.recordAttempts(productId, request, image.attempts(), this::provider, image.result());
            return image;
        } catch (NoProviderSucceededException e) {
            spending.recordAttempts(productId, request, e.attempts(), this::provider, null);
            if (e.attempts().stream().noneMatch(a -> a.outcome() == Attempt.Outcome.OVER_BUDGET)) {
                throw e;
            }
            long started = System.nanoTime();
            ImageResult result = local.generate(request);
            Attempt drawn = new Attempt(local.id(), Attempt.Outcome.SUCCEEDED, (System.nanoTime() - started) / 1_000_000);
            spending.recordAttempts(productId, request, List.of(drawn), this::provider, result);
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
     * The first expansion a provider of the chain delivers, under the run's budget; every attempt
     * goes to the cost ledger.
     *
     * @throws NoProviderSucceededException when none delivered (its attempts say why)
     */
    RoutedImage expand(String productId, ExpandRequest request) {
        try {
            RoutedImage image = router.expand(request, g -> priced(g, request));
            spending.recordAttempts(productId, g -> priced(g, request), image.attempts(), this::provider,
                    image.result());
            return image;
        } catch (NoProviderSucceededException e) {
            spending.recordAttempts(productId, g -> priced(g, request), e.attempts(), this::provider, null);
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

    private static ImageGenerationRequest request(String prompt, int size, long seed) {
        return new ImageGenerationRequest(null, prompt, null, size, size, seed, null);
    }
}
