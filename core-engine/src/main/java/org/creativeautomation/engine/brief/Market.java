package org.creativeautomation.engine.brief;

import java.util.List;

/**
 * Where a campaign runs.
 *
 * @param region  ISO 3166-1 alpha-2 code, upper case
 * @param locales BCP 47 tags as written in the brief; the first is the default
 */
public record Market(String region, List<String> locales) {
    public Market {
        locales = List.copyOf(locales);
    }

    public String defaultLocale() {
        return locales.get(0);
    }
}
