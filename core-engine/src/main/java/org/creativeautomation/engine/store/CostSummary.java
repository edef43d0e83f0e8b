package org.creativeautomation.engine.store;

/**
 * Spending on one provider and model, summed from the cost ledger.
 *
 * @param calls        provider calls made (retries and failed calls included)
 * @param paidCalls    calls that cost something
 * @param cacheHits    generations the cache answered instead of a call
 * @param spentMicros  what the calls cost, in micro-dollars
 * @param savedMicros  what the cache hits would have cost, in micro-dollars (hits of unknown price count 0)
 * @param unpricedHits cache hits whose saving is unknown (no price was known when they were recorded)
 */
public record CostSummary(String provider, String model, int calls, int paidCalls, int cacheHits, long spentMicros,
                          long savedMicros, int unpricedHits) {
}
