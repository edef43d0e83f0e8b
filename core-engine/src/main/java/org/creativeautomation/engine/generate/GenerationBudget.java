package org.creativeautomation.engine.generate;

import org.creativeautomation.engine.spi.ImageGenerationRequest;
import org.creativeautomation.engine.spi.ImageGenerator;
import org.creativeautomation.engine.spi.ImageResult;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What a run may still spend on image generation, checked before every paid call. A call is
 * admitted when its estimate fits in what is left of the run's cap and of the campaign's cap (what
 * the campaign spent in earlier runs counts against the latter); while it runs its estimate is
 * held, so calls made side by side cannot together go over. Once a call does not fit, no paid
 * call is admitted for the rest of the run: the run does not spend its way down the provider list.
 * A call whose price is unknown is not admitted under a cap; free calls always are.
 */
public final class GenerationBudget implements CallGate {
    private final PriceTable prices;
    private final Usd runCap;
    private final Usd campaignCap;
    private final Usd campaignSpentBefore;
    private final Map<ImageGenerationRequest, PriceEstimate> held = new IdentityHashMap<>();
    private Usd heldTotal = Usd.ZERO;
    private Usd spent = Usd.ZERO;
    private BudgetStop stop;

    /**
     * @param runCap              what this run may spend, null for no cap
     * @param campaignCap         what the campaign may spend over all its runs, null for no cap
     * @param campaignSpentBefore what the campaign spent before this run
     */
    public GenerationBudget(PriceTable prices, Usd runCap, Usd campaignCap, Usd campaignSpentBefore) {
        this.prices = prices;
        this.runCap = runCap;
        this.campaignCap = campaignCap;
        this.campaignSpentBefore = campaignSpentBefore;
    }

    /** No cap: every call is admitted, and spending is still counted. */
    public static GenerationBudget unlimited(PriceTable prices) {
        return new GenerationBudget(prices, null, null, Usd.ZERO);
    }

    /** The same caps and earlier spending, with nothing spent in this run: for estimating a run before it starts. */
    public GenerationBudget fresh() {
        return new GenerationBudget(prices, runCap, campaignCap, campaignSpentBefore);
    }

    public PriceTable prices() {
        return prices;
    }

    /** What this run may spend; null for no cap. */
    public Usd runCap() {
        return runCap;
    }

    /** What the campaign may spend over all its runs; null for no cap. */
    public Usd campaignCap() {
        return campaignCap;
    }

    public Usd campaignSpentBefore() {
        return campaignSpentBefore;
    }

    public boolean capped() {
        return runCap != null || campaignCap != null;
    }

    @Override
    public synchronized boolean admit(ImageGenerator provider, ImageGenerationRequest request) {
        PriceEstimate estimate = prices.estimate(provider, request);
        if (!fits(estimate)) {
            return false;
        }
        held.put(request, estimate);
        heldTotal = heldTotal.plus(priceOrZero(estimate));
        return true;
    }

    @Override
    public synchronized void settle(ImageGenerator provider, ImageGenerationRequest request, ImageResult result) {
        PriceEstimate estimate = held.remove(request);
        if (estimate == null) {
            return;
        }
        heldTotal = heldTotal.minusOrZero(priceOrZero(estimate));
        if (result != null) {
            spent = spent.plus(costOf(estimate, result));
        }
    }

    /**
     * Admits a planned call and counts its estimate as spent, as if it had been made: how an
     * estimate of a whole run finds which heroes the budget would cover.
     */
    public synchronized boolean admitPlanned(PriceEstimate estimate) {
        if (!fits(estimate)) {
            return false;
        }
        spent = spent.plus(priceOrZero(estimate));
        return true;
    }

    /**
     * What a call cost: what the provider reported, or the table's price when it reported nothing
     * (a plugin that does not know its prices), or nothing when neither is known.
     */
    public static Usd costOf(PriceEstimate estimate, ImageResult result) {
        return costOf(estimate, result.costUsd());
    }

    /** What a call cost whose provider reported {@code reportedUsd} (0 for nothing reported), as above. */
    public static Usd costOf(PriceEstimate estimate, double reportedUsd) {
        Usd reported = Usd.of(reportedUsd);
        return reported.isZero() ? priceOrZero(estimate) : reported;
    }

    /** What this run has spent so far. */
    public synchronized Usd spent() {
        return spent;
    }

    /** The call that made this run stop calling paid providers, if one did. */
    public synchronized Optional<BudgetStop> stop() {
        return Optional.ofNullable(stop);
    }

    private boolean fits(PriceEstimate estimate) {
        if (estimate.free() || !capped()) {
            return true;
        }
        if (stop != null) {
            return false;
        }
        Usd committed = spent.plus(heldTotal);
        if (runCap != null) {
            Usd left = runCap.minusOrZero(committed);
            if (!estimate.known() || estimate.price().compareTo(left) > 0) {
                stop = new BudgetStop(estimate.provider(), estimate.model(), estimate.price(), BudgetStop.Cap.RUN,
                        runCap, left);
                return false;
            }
        }
        if (campaignCap != null) {
            Usd left = campaignCap.minusOrZero(campaignSpentBefore.plus(committed));
            if (!estimate.known() || estimate.price().compareTo(left) > 0) {
                stop = new BudgetStop(estimate.provider(), estimate.model(), estimate.price(), BudgetStop.Cap.CAMPAIGN,
                        campaignCap, left);
                return false;
            }
        }
        return true;
    }

    private static Usd priceOrZero(PriceEstimate estimate) {
        return estimate.price() == null ? Usd.ZERO : estimate.price();
    }
}
