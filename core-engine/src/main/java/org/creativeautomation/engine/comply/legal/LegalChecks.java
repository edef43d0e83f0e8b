package org.creativeautomation.engine.comply.legal;

import org.creativeautomation.engine.comply.Check;

import java.util.List;

/** The legal checks, sharing one {@link LegalRulebook}. */
public final class LegalChecks {
    private LegalChecks() {
    }

    /** Prohibited phrases, required disclaimers, risky claims and trademarks under {@code rules}. */
    public static List<Check> all(MarketRules rules) {
        LegalRulebook rulebook = new LegalRulebook(rules);
        return List.of(new ProhibitedPhraseCheck(rulebook), new DisclaimerCheck(rulebook),
                new RiskyClaimCheck(rulebook), new TrademarkCheck(rulebook));
    }

    /** The legal checks under the market rules the studio ships. */
    public static List<Check> all() {
        return all(MarketRules.shipped());
    }
}
