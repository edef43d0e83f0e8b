package org.creativeautomation.engine.pipeline;

import org.creativeautomation.engine.generate.BudgetStop;
import org.creativeautomation.engine.generate.PriceEstimate;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where a run would take a product's hero from, before it is run.
 *
 * @param source     input asset, generation cache, or a new generation
 * @param asset      the input asset, for {@link HeroSource#INPUT}; null otherwise
 * @param estimate   for a generation, the call it would make and its price; for a cache hit, the call
 *                   the cache saves; null for an input asset
 * @param budgetStop when a cap would not cover the first provider's call, why (the offline generator
 *                   would draw the hero instead); null otherwise
 */
public record PlannedHero(String product, HeroSource source, Path asset, PriceEstimate estimate,
                          BudgetStop budgetStop) {

    public PlannedHero {
        Objects.requireNonNull(product, "product");
        Objects.requireNonNull(source, "source");
    }

    static PlannedHero input(String product, Path asset) {
        return new PlannedHero(product, HeroSource.INPUT, asset, null, null);
    }

    static PlannedHero cached(String product, PriceEstimate saved) {
        return new PlannedHero(product, HeroSource.CACHED, null, saved, null);
    }

    static PlannedHero generated(String product, PriceEstimate call, BudgetStop budgetStop) {
        return new PlannedHero(product, HeroSource.GENERATED, null, call, budgetStop);
    }

    /** A call that costs money, or may: its price is not known to be 0. */
    public boolean paid() {
        return source == HeroSource.GENERATED && !estimate.free();
    }
}
