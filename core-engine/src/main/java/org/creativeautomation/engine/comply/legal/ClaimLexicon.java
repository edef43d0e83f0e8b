package org.creativeautomation.engine.comply.legal;

import java.util.List;
import java.util.Map;

/**
 * The risky claims of one language.
 *
 * @param language  ISO 639 code
 * @param claims    phrases per kind ({@link ClaimKind#SUPERLATIVE}, {@link ClaimKind#ABSOLUTE},
 *                  {@link ClaimKind#HEALTH}); free offers are in {@code freeOffer}
 * @param freeOffer the words that offer something for free, and what makes them safe
 */
public record ClaimLexicon(String language, Map<ClaimKind, List<String>> claims, FreeOfferRule freeOffer) {
    public ClaimLexicon {
        claims = Map.copyOf(claims);
    }

    public List<String> claims(ClaimKind kind) {
        return claims.getOrDefault(kind, List.of());
    }

    /**
     * "Free" is a claim only as an offer, and only without its terms.
     *
     * @param words     the words that offer something free ({@code free}, {@code gratuit})
     * @param terms     wording that shows the offer's terms are given ({@code terms apply}, {@code *});
     *                  any of them anywhere in the copy makes every free offer in it acceptable
     * @param notOffers uses of the words that are no offer ({@code sugar free}, {@code free from});
     *                  a word joined to the one before by a hyphen ({@code caffeine-free}) is none either
     */
    public record FreeOfferRule(List<String> words, List<String> terms, List<String> notOffers) {
        public FreeOfferRule {
            words = List.copyOf(words);
            terms = List.copyOf(terms);
            notOffers = List.copyOf(notOffers);
        }
    }
}
