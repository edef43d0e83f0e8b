package org.creativeautomation.engine.localize;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/** A campaign's copy in every locale of its brief, in the brief's order of locales. */
public record CampaignCopy(Map<String, LocaleCopy> byLocale) {

    public CampaignCopy {
        byLocale = Collections.unmodifiableMap(new LinkedHashMap<>(byLocale));
    }

    public LocaleCopy forLocale(String localeTag) {
        LocaleCopy copy = byLocale.get(localeTag);
        if (copy == null) {
            throw new IllegalArgumentException("no copy for locale " + localeTag);
        }
        return copy;
    }

    /** How many texts came from where, over every locale. */
    public Map<CopyOrigin, Integer> textsByOrigin() {
        Map<CopyOrigin, Integer> counts = new EnumMap<>(CopyOrigin.class);
        for (CopyOrigin origin : CopyOrigin.values()) {
            counts.put(origin, 0);
        }
        byLocale.values().forEach(locale -> locale.texts().values()
                .forEach(text -> counts.merge(text.origin(), 1, Integer::sum)));
        return counts;
    }
}
