package org.creativeautomation.engine.pipeline;

import org.creativeautomation.engine.generate.Attempt;
import org.creativeautomation.engine.generate.GenerationBudget;
import org.creativeautomation.engine.generate.PriceEstimate;
import org.creativeautomation.engine.generate.PriceTable;
import org.creativeautomation.engine.generate.Usd;
import org.creativeautomation.engine.spi.ImageGenerationRequest;
import org.creativeautomation.engine.spi.ImageGenerator;
import org.creativeautomation.engine.spi.ImageResult;
import org.creativeautomation.engine.store.CostEntry;
import org.creativeautomation.engine.store.CostLedger;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * One run's spending on image generation: the budget every paid call is checked against, whether
 * the generation cache may answer, and the ledger every call and cache hit is written to.
 */
final class RunSpending {
    private final String campaign;
    private final GenerationBudget budget;
    private final boolean useCache;
    private final CostLedger ledger;
    private final Clock clock;

    /** @param ledger null to record nothing (estimating a run, or heroes resolved outside a run) */
    RunSpending(String campaign, GenerationBudget budget, boolean useCache, CostLedger ledger, Clock clock) {
        this.campaign = campaign;
        this.budget = budget;
        this.useCache = useCache;
        this.ledger = ledger;
        this.clock = clock;
    }

    GenerationBudget budget() {
        return budget;
    }

    PriceTable prices() {
        return budget.prices();
    }

    /** False with {@code --no-cache}: every hero is generated again (and cached again). */
    boolean useCache() {
        return useCache;
    }

    /** A hero or expansion the generation cache answered: the call it saved, at the price it would have cost. */
    void recordCacheHit(String product, PriceEstimate saved) {
        record(List.of(entry(product, saved, CostEntry.CACHE_HIT, true, 0, saved.price(), 0)));
    }

    /**
     * The router's attempts for one hero or expansion, each priced at the request its provider was
     * asked with (an expansion is priced at each provider's own expand model); {@code result} is the
     * image the successful one returned, if any. A rejected image was paid for though it was not
     * used, so it is charged at the cost its provider reported.
     */
    void recordAttempts(String product, List<Attempt> attempts, Function<String, ImageGenerator> providers,
                        Function<ImageGenerator, ImageGenerationRequest> requests, ImageResult result) {
        List<CostEntry> entries = new ArrayList<>();
        for (Attempt attempt : attempts) {
            if (attempt.outcome() == Attempt.Outcome.CIRCUIT_OPEN || attempt.outcome() == Attempt.Outcome.OVER_BUDGET) {
                continue; // no call was made
            }
            ImageGenerator provider = providers.apply(attempt.provider());
            PriceEstimate estimate = prices().estimate(provider, requests.apply(provider));
            long cost = switch (attempt.outcome()) {
                case SUCCEEDED -> result == null ? 0 : GenerationBudget.costOf(estimate, result).micros();
                case REJECTED -> GenerationBudget.costOf(estimate, attempt.costUsd()).micros();
                default -> 0;
            };
            entries.add(entry(product, estimate, label(attempt.outcome()), false, cost, estimate.price(),
                    attempt.latencyMs()));
        }
        record(entries);
    }

    /** A hero the offline generator drew directly (a run with the {@code local} provider only). */
    void recordLocalCall(String product, PriceEstimate estimate, long latencyMs) {
        record(List.of(entry(product, estimate, label(Attempt.Outcome.SUCCEEDED), false, 0, estimate.price(),
                latencyMs)));
    }

    /** As the manifest writes outcomes: {@code failed-over}. */
    static String label(Attempt.Outcome outcome) {
        return outcome.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private CostEntry entry(String product, PriceEstimate estimate, String outcome, boolean cacheHit, long costMicros,
                            Usd price, long latencyMs) {
        return new CostEntry(clock.instant(), campaign, product, estimate.provider(), estimate.model(),
                estimate.width(), estimate.height(), estimate.quality(), outcome, cacheHit, costMicros,
                price == null ? null : price.micros(), latencyMs);
    }

    private void record(List<CostEntry> entries) {
        if (ledger != null) {
            ledger.record(entries);
        }
    }
}
