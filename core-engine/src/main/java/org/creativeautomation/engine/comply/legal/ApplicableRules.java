package org.creativeautomation.engine.comply.legal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The legal rules that apply to one kit in one region: the kit's own and the market's, with the
 * prohibited phrases compiled once.
 *
 * @param region      the region the rules are for, as given (null when unknown)
 * @param sources     for each prohibited phrase as listed, who prohibits it ("the brand kit",
 *                    "the market rules for DE")
 * @param prohibited  the prohibited phrases of the kit and the market
 * @param disclaimers the disclaimers the creative must carry
 * @param trademarks  how the kit's trademarks must be written
 */
public record ApplicableRules(String region, Map<String, String> sources, PhraseMatcher prohibited,
                              List<RequiredDisclaimer> disclaimers, List<TrademarkRule> trademarks) {

    public ApplicableRules {
        sources = Map.copyOf(sources);
        disclaimers = List.copyOf(disclaimers);
        trademarks = List.copyOf(trademarks);
    }

    /** Who prohibits a phrase as listed. */
    public String sourceOf(String phrase) {
        return sources.getOrDefault(phrase, "the legal rules");
    }

    /**
     * Where required disclaimer wordings stand in a creative's disclaimer. Phrase checks skip
     * them: a required notice ("...not intended to diagnose, treat, cure, or prevent any disease")
     * is no claim, whatever words it uses.
     */
    public List<TextSpan> requiredPassagesIn(TokenizedText disclaimer) {
        List<TextSpan> spans = new ArrayList<>();
        for (RequiredDisclaimer required : disclaimers) {
            for (String wording : required.anyOf()) {
                disclaimer.findPassage(wording).ifPresent(spans::add);
            }
        }
        return spans;
    }
}
