package org.creativeautomation.engine.comply.legal;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The legal rules of the markets the studio ships creatives to, read from a YAML file: per region
 * the prohibited phrases and required disclaimers (some only for certain product categories),
 * and per language the risky claims legal wants to review. The studio ships
 * {@code market-rules.yaml} beside this class; a legal team may supply its own with {@link #load}.
 *
 * @param regions by ISO 3166-1 alpha-2 code, plus {@link #DEFAULT_REGION}
 * @param claims  by ISO 639 language code
 */
public record MarketRules(Map<String, RegionRules> regions, Map<String, ClaimLexicon> claims) {
    /** The key of the rules for every region the file does not list, and for creatives of no known region. */
    public static final String DEFAULT_REGION = "default";

    /** Where the shipped rules are on the class path. */
    public static final String RESOURCE = "/org/creativeautomation/engine/comply/market-rules.yaml";

    public MarketRules {
        regions = Map.copyOf(regions);
        claims = Map.copyOf(claims);
    }

    /** Reads and checks a market rules file, reporting every problem with its line and column. */
    public static MarketRules load(Path file) {
        return new MarketRulesReader().read(file);
    }

    /** The rules the studio ships. */
    public static MarketRules shipped() {
        return new MarketRulesReader().readResource(RESOURCE);
    }

    /** The rules of {@code region} (any case), else the default rules, else none. */
    public RegionRules rulesFor(String region) {
        RegionRules rules = region == null ? null : regions.get(region.toUpperCase(Locale.ROOT));
        if (rules == null) {
            rules = regions.get(DEFAULT_REGION);
        }
        return rules != null ? rules : new RegionRules(DEFAULT_REGION, List.of(), List.of(), List.of());
    }

    /** The risky claims of an ISO 639 language, when the rules list that language. */
    public Optional<ClaimLexicon> claimsFor(String language) {
        return Optional.ofNullable(language == null ? null : claims.get(language.toLowerCase(Locale.ROOT)));
    }
}
