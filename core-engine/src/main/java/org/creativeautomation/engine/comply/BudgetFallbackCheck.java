package org.creativeautomation.engine.comply;

import java.util.List;

/**
 * {@code budget.exceeded} (warning): the creative's hero was drawn by the offline generator because
 * a spending cap did not cover the paid provider's call. The creative is complete and on brand, but
 * its hero is a stand-in a person should see before approving it.
 */
public final class BudgetFallbackCheck implements Check {

    @Override
    public String name() {
        return "generation budget";
    }

    @Override
    public boolean appliesTo(CreativeUnderCheck creative) {
        return creative.hero() != null;
    }

    @Override
    public List<Finding> check(CreativeUnderCheck creative) {
        HeroFacts.BudgetFallback fallback = creative.hero().budgetFallback();
        if (fallback == null) {
            return List.of();
        }
        return List.of(Finding.of(CheckId.BUDGET_EXCEEDED, Severity.WARNING,
                "the hero is the offline generator's stand-in: " + fallback.reason(), null, fallback.measured(),
                fallback.expected()));
    }
}
