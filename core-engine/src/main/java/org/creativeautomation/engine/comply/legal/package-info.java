/**
 * Legal checks of creative copy, driven by data rather than code.
 *
 * <ul>
 *   <li>{@link org.creativeautomation.engine.comply.legal.ProhibitedPhraseCheck} ({@code legal.prohibited}, error):
 *       the kit's {@code legal.prohibited} and the region's prohibited phrases.</li>
 *   <li>{@link org.creativeautomation.engine.comply.legal.DisclaimerCheck} ({@code legal.disclaimer-missing}, error):
 *       the kit's {@code legal.disclaimers} for the region and the region's required disclaimers.</li>
 *   <li>{@link org.creativeautomation.engine.comply.legal.RiskyClaimCheck} ({@code legal.risky-claim}, warning):
 *       superlatives, absolute and health claims, free offers without terms, per language.</li>
 *   <li>{@link org.creativeautomation.engine.comply.legal.TrademarkCheck} ({@code legal.risky-claim}, warning):
 *       trademark symbols and noun use, for kits that declare trademarks.</li>
 * </ul>
 *
 * <p>The rules come from three places: the kit's {@code brand.yaml} ({@code legal.prohibited},
 * {@code legal.disclaimers}); the kit's optional {@code legal.yaml}
 * ({@link org.creativeautomation.engine.comply.legal.KitLegalFileReader}: the product categories it
 * sells and its trademark rules); and the market rules ({@code market-rules.yaml} beside
 * {@link org.creativeautomation.engine.comply.legal.MarketRules}: per region, prohibited phrases
 * and required disclaimers, some only for certain product categories; per language, risky claims).
 * {@link org.creativeautomation.engine.comply.legal.LegalRulebook} combines them per kit version and
 * region. All text matching goes through {@link org.creativeautomation.engine.comply.legal.PhraseMatcher}.
 */
package org.creativeautomation.engine.comply.legal;
