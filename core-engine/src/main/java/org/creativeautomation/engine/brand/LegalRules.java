package org.creativeautomation.engine.brand;

import java.util.List;
import java.util.Map;

/**
 * Legal rules of the kit.
 *
 * @param prohibited  words and phrases that must not appear in copy (case-insensitive)
 * @param disclaimers required disclaimer per market region (ISO 3166-1 alpha-2)
 */
public record LegalRules(List<String> prohibited, Map<String, String> disclaimers) {
    public LegalRules {
        prohibited = List.copyOf(prohibited);
        disclaimers = Map.copyOf(disclaimers);
    }
}
