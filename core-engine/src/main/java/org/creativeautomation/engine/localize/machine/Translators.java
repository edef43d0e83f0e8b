package org.creativeautomation.engine.localize.machine;

import org.creativeautomation.engine.generate.NanoClock;
import org.creativeautomation.engine.generate.ProviderLimits;
import org.creativeautomation.engine.generate.RetryPolicy;
import org.creativeautomation.engine.generate.Sleeper;
import org.creativeautomation.engine.generate.TextProviders;
import org.creativeautomation.engine.generate.TextRouter;
import org.creativeautomation.engine.spi.ProviderSettings;

import java.util.List;
import java.util.SplittableRandom;

/** Machine translators made from the installed text providers ({@code --translator openai}). */
public final class Translators {
    /** Backoff jitter only spreads retries; a fixed seed keeps runs repeatable. */
    private static final long JITTER_SEED = 0x7A4E5L;

    private final TextProviders providers;

    public Translators() {
        this(new TextProviders());
    }

    public Translators(TextProviders providers) {
        this.providers = providers;
    }

    /** The installed text providers' ids. */
    public List<String> ids() {
        return providers.ids();
    }

    /**
     * A translator that asks the provider {@code id}.
     *
     * @param origin where the id came from, as messages name it: {@code --translator}, or a studio.yaml line
     * @throws org.creativeautomation.engine.document.InvalidInputException when the provider is unknown or
     *                                                                       not configured
     */
    public MachineTranslator create(String id, ProviderSettings settings, String origin) {
        return new MachineTranslator(new TextRouter(providers.chain(List.of(id), settings, origin), RetryPolicy.DEFAULT,
                ProviderLimits.DEFAULT, Sleeper.THREAD, NanoClock.SYSTEM, new SplittableRandom(JITTER_SEED)));
    }
}
