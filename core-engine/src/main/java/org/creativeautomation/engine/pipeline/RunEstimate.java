package org.creativeautomation.engine.pipeline;

import org.creativeautomation.engine.document.Problem;
import org.creativeautomation.engine.generate.Usd;
import org.creativeautomation.engine.generate.PriceEstimate;

import java.util.List;

/**
 * What a run would do about heroes and what it would spend, worked out without spending anything
 * ({@code studio run --dry-run}).
 *
 * @param heroes          every product's planned hero, in brief order
 * @param runBudget       the run's cap, null for none
 * @param campaignBudget  the brief's cap for the campaign, null for none
 * @param campaignSpent   what the campaign spent in earlier runs (from the cost ledger)
 * @param legalProblems   the copy's legal errors that would stop a run making paid calls (without --force)
 */
public record RunEstimate(String campaign, String campaignName, List<PlannedHero> heroes, Usd runBudget,
                          Usd campaignBudget, Usd campaignSpent, List<Problem> legalProblems) {

    public RunEstimate {
        heroes = List.copyOf(heroes);
        legalProblems = List.copyOf(legalProblems);
    }

    /** The sum of the known prices of the planned generations. */
    public Usd total() {
        return heroes.stream().filter(h -> h.source() == HeroSource.GENERATED)
                .map(PlannedHero::estimate).filter(PriceEstimate::known)
                .map(PriceEstimate::price).reduce(Usd.ZERO, Usd::plus);
    }

    /** Planned generations whose price is unknown, so {@link #total()} may be low. */
    public int unknownPrices() {
        return (int) heroes.stream().filter(h -> h.source() == HeroSource.GENERATED && !h.estimate().known()).count();
    }

    /** Planned calls that cost money (or may). */
    public int paidCalls() {
        return (int) heroes.stream().filter(PlannedHero::paid).count();
    }

    /** What the cache hits save, at the prices they would have cost. */
    public Usd saved() {
        return heroes.stream().filter(h -> h.source() == HeroSource.CACHED)
                .map(PlannedHero::estimate).filter(PriceEstimate::known)
                .map(PriceEstimate::price).reduce(Usd.ZERO, Usd::plus);
    }
}
