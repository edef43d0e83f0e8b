package org.creativeautomation.engine.pipeline;

import org.creativeautomation.engine.generate.PriceTable;
import org.creativeautomation.engine.store.CostLedger;

import java.nio.file.Path;

/**
 * Where runs price and record image generation: the shipped price table with a studio home's own
 * {@code prices.yaml} over it, and the cost ledger in {@code studio.db}.
 *
 * @param priceOverrides the studio home's prices file; it need not exist
 */
public record CostTracking(Path priceOverrides, CostLedger ledger) {

    /** The prices as they stand now: the overrides file is read again for every run, so edits apply at once. */
    public PriceTable prices() {
        return PriceTable.shippedWithOverrides(priceOverrides);
    }
}
