package org.creativeautomation.engine.brief;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** A text per locale tag. A brief's single string for all locales is expanded to every locale. */
public record LocalizedText(Map<String, String> byLocale) {
    public LocalizedText {
        byLocale = Collections.unmodifiableMap(new LinkedHashMap<>(byLocale));
    }

    /** The text for the locale tag, or null when there is none. */
    public String forLocale(String localeTag) {
        return byLocale.get(localeTag);
    }
}
