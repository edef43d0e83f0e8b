package org.creativeautomation.engine.localize.machine;

import org.creativeautomation.engine.comply.legal.CopyField;
import org.creativeautomation.engine.localize.market.MarketProfile;
import org.creativeautomation.engine.localize.memory.MemoryMatch;

import java.util.List;

/**
 * One text to translate, with everything a translator should keep to.
 *
 * @param brand        the brand's name
 * @param tone         the brand's tone of voice; null when its kit says nothing
 * @param market       the target locale's market, for its currency, number and date conventions; null
 *                     when the market data does not know the region
 * @param maxChars     the length budget: the most characters the text zone holds
 * @param references   approved translations of similar texts, best first, for consistent wording
 * @param required     for a disclaimer, the wordings the legal rules require in the target market: each
 *                     list is one requirement, met by any of its wordings; empty for other texts
 */
public record TranslationRequest(CopyField field, String sourceLocale, String sourceText, String targetLocale,
                                 String brand, String tone, Glossary glossary, MarketProfile market, int maxChars,
                                 List<MemoryMatch> references, List<List<String>> required) {
    public TranslationRequest {
        references = List.copyOf(references);
        required = required.stream().map(List::copyOf).toList();
    }

    public TranslationRequest(CopyField field, String sourceLocale, String sourceText, String targetLocale,
                              String brand, String tone, Glossary glossary, MarketProfile market, int maxChars,
                              List<MemoryMatch> references) {
        this(field, sourceLocale, sourceText, targetLocale, brand, tone, glossary, market, maxChars, references,
                List.of());
    }
}
