package org.creativeautomation.engine.localize.market;

import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The market data: per region its default locales, currency, number and date formats, reading
 * direction and ad platforms. The studio ships {@code markets.yaml} beside this class.
 *
 * @param regions   by ISO 3166-1 alpha-2 code
 * @param platforms by id
 */
public record MarketProfiles(Map<String, MarketProfile> regions, Map<String, Platform> platforms) {
    /** Where the shipped market data is on the class path. */
    public static final String RESOURCE = "/org/creativeautomation/engine/localize/markets.yaml";

    public MarketProfiles {
        regions = Map.copyOf(regions);
        platforms = Map.copyOf(platforms);
    }

    /** The data the studio ships, read once: it never changes while the studio runs. */
    public static MarketProfiles shipped() {
        return Shipped.DATA;
    }

    /** Reads and checks a market data file, reporting every problem with its line and column. */
    public static MarketProfiles load(Path file) {
        return new MarketProfilesReader().read(file);
    }

    /** The profile of a region (any case), when the data knows it. */
    public Optional<MarketProfile> forRegion(String region) {
        return Optional.ofNullable(region == null ? null : regions.get(region.toUpperCase(Locale.ROOT)));
    }

    /** Every profile, by region code. */
    public List<MarketProfile> all() {
        return regions.values().stream().sorted(java.util.Comparator.comparing(MarketProfile::region)).toList();
    }

    public Collection<String> regionCodes() {
        return regions.keySet();
    }

    private static final class Shipped {
        static final MarketProfiles DATA = new MarketProfilesReader().readResource(RESOURCE);
    }
}
