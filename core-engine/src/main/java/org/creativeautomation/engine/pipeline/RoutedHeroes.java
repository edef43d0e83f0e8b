package org.creativeautomation.engine.pipeline;

import org.creativeautomation.engine.generate.GenerationRequest;
import org.creativeautomation.engine.generate.HeroSubject;
import org.creativeautomation.engine.generate.LocalImageGenerator;
import org.creativeautomation.engine.generate.OfflineHeroGenerator;
import org.creativeautomation.engine.generate.ProviderLimits;
import org.creativeautomation.engine.generate.ProviderRouter;
import org.creativeautomation.engine.generate.RetryPolicy;
import org.creativeautomation.engine.generate.RoutedImage;
import org.creativeautomation.engine.generate.Sleeper;
import org.creativeautomation.engine.generate.NanoClock;
import org.creativeautomation.engine.spi.ImageGenerationRequest;
import org.creativeautomation.engine.spi.ImageGenerator;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * One run's image providers in failover order behind a router. The offline generator is one of
 * them; it draws the product it is asked for, found by the prompt it receives.
 */
final class RoutedHeroes {
    private final List<ImageGenerator> chain;
    private final ProviderRouter router;
    private final Map<String, HeroSubject> subjects = new ConcurrentHashMap<>();

    RoutedHeroes(Function<LocalImageGenerator, List<ImageGenerator>> chainWithLocal, OfflineHeroGenerator offline) {
        LocalImageGenerator local = new LocalImageGenerator(offline, request -> subjects.get(request.prompt()));
        this.chain = chainWithLocal.apply(local);
        this.router = new ProviderRouter(chain, RetryPolicy.DEFAULT,
                ProviderLimits.DEFAULT, Sleeper.THREAD, NanoClock.SYSTEM, new SplittableRandom(7));
    }

    /** True when the offline generator alone is asked for: heroes then keep the offline path. */
    boolean offlineOnly() {
        return chain.size() == 1 && OfflineHeroGenerator.PROVIDER.equals(chain.get(0).id());
    }

    List<ImageGenerator> chain() {
        return chain;
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

    RoutedImage generate(String prompt, HeroSubject subject, int size, long seed) {
        subjects.put(prompt, subject);
        return router.generate(new ImageGenerationRequest(null, prompt, null, size, size, seed, null));
    }
}
