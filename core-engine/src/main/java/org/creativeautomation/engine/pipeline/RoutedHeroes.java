package org.creativeautomation.engine.pipeline;

import org.creativeautomation.engine.asset.IngestLimits;
import org.creativeautomation.engine.compose.Ratio;
import org.creativeautomation.engine.generate.GenerationRequest;
import org.creativeautomation.engine.generate.GenerationSize;
import org.creativeautomation.engine.generate.HeroPrompt;
import org.creativeautomation.engine.generate.HeroQualityGate;
import org.creativeautomation.engine.generate.HeroSubject;
import org.creativeautomation.engine.generate.ImageAcceptance;
import org.creativeautomation.engine.generate.LocalImageGenerator;
import org.creativeautomation.engine.generate.OfflineHeroGenerator;
import org.creativeautomation.engine.generate.ProviderLimits;
import org.creativeautomation.engine.generate.ProviderRouter;
import org.creativeautomation.engine.generate.RetryPolicy;
import org.creativeautomation.engine.generate.RoutedImage;
import org.creativeautomation.engine.generate.Sleeper;
import org.creativeautomation.engine.generate.NanoClock;
import org.creativeautomation.engine.spi.ImageCapabilities;
import org.creativeautomation.engine.spi.ImageGenerationRequest;
import org.creativeautomation.engine.spi.ImageGenerator;
import org.creativeautomation.engine.spi.ImageSize;

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
 * found by the prompt it receives.
 */
final class RoutedHeroes {
    private final List<ImageGenerator> chain;
    private final ProviderRouter router;
    private final GenerationSize sizes = new GenerationSize();
    private final Map<String, HeroSubject> subjects = new ConcurrentHashMap<>();

    RoutedHeroes(Function<LocalImageGenerator, List<ImageGenerator>> chainWithLocal, OfflineHeroGenerator offline) {
        this(chainWithLocal, offline, new HeroQualityGate(IngestLimits.defaults()));
    }

    RoutedHeroes(Function<LocalImageGenerator, List<ImageGenerator>> chainWithLocal, OfflineHeroGenerator offline,
                 ImageAcceptance gate) {
        LocalImageGenerator local = new LocalImageGenerator(offline, request -> subjects.get(request.prompt()));
        this.chain = chainWithLocal.apply(local);
        this.router = new ProviderRouter(chain, RetryPolicy.DEFAULT, ProviderLimits.DEFAULT, gate,
                HeroQualityGate.REGENERATIONS, Sleeper.THREAD, NanoClock.SYSTEM, new SplittableRandom(7));
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

    /** The size this provider is asked for to serve these ratios. */
    ImageSize sizeFor(ImageGenerator generator, List<Ratio> ratios) {
        return sizes.choose(generator.capabilities(), ratios);
    }

    /**
     * The cache key an image of this provider for this prompt, size and seed is stored under. A
     * negative prompt sent as such is part of what was asked, so it is keyed with the prompt.
     */
    static String keyOf(ImageGenerator generator, HeroPrompt prompt, ImageSize size, long seed) {
        ImageCapabilities capabilities = generator.capabilities();
        String negative = prompt.negativeFor(capabilities);
        String asked = prompt.textFor(capabilities) + (negative == null ? "" : "\u0000negative:" + negative);
        return new GenerationRequest(generator.id(), modelOf(generator), asked, size.width(), size.height(), seed)
                .key();
    }

    RoutedImage generate(HeroPrompt prompt, HeroSubject subject, List<Ratio> ratios, long seed) {
        return router.generate(generator -> {
            ImageCapabilities capabilities = generator.capabilities();
            String text = prompt.textFor(capabilities);
            subjects.put(text, subject);
            ImageSize size = sizeFor(generator, ratios);
            return new ImageGenerationRequest(null, text, prompt.negativeFor(capabilities), size.width(), size.height(),
                    seed, null);
        });
    }
}
