package org.creativeautomation.engine.brief;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A text per locale tag. A brief's single string for all locales is expanded to every locale. A
 * map may leave locales out: their text is translated when the campaign runs, from the text of
 * the first locale that has one (the source).
 */
public record LocalizedText(Map<String, String> byLocale) {
    public LocalizedText {
        byLocale = Collections.unmodifiableMap(new LinkedHashMap<>(byLocale));
    }

    /** The text for the locale tag, or null when there is none. */
    public String forLocale(String localeTag) {
        return byLocale.get(localeTag);
    }

    /**
     * The locale whose text translations start from: the first of the brief's locales that has a
     * text (the texts are kept in the brief's order of locales).
     */
    public String sourceLocale() {
        return byLocale.keySet().iterator().next();
    }

    /** Whether the brief gives this locale's text itself. */
    public boolean has(String localeTag) {
        return byLocale.containsKey(localeTag);
    }
}
