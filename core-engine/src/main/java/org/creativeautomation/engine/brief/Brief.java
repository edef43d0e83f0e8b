package org.creativeautomation.engine.brief;

import org.creativeautomation.engine.compose.Ratio;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A validated campaign brief. Optional fields are null when absent ({@code name}, {@code cta},
 * {@code disclaimer}, {@code budget}); {@code ratios} is never empty (the ratios of the markets'
 * platforms when the brief names none).
 *
 * @param source  the brief file as given (used in messages); asset paths are already resolved
 * @param markets where the campaign runs, never empty; a locale belongs to one market only
 */
public record Brief(
        Path source,
        String campaign,
        String name,
        String brand,
        List<Market> markets,
        String audience,
        LocalizedText message,
        LocalizedText cta,
        LocalizedText disclaimer,
        List<Ratio> ratios,
        List<Product> products,
        CampaignBudget budget) {

    public Brief {
        markets = List.copyOf(markets);
        if (markets.isEmpty()) {
            throw new IllegalArgumentException("a brief runs in at least one market");
        }
        ratios = List.copyOf(ratios);
        products = List.copyOf(products);
    }

    /** A brief for one market. */
    public Brief(Path source, String campaign, String name, String brand, Market market, String audience,
                 LocalizedText message, LocalizedText cta, LocalizedText disclaimer, List<Ratio> ratios,
                 List<Product> products, CampaignBudget budget) {
        this(source, campaign, name, brand, List.of(market), audience, message, cta, disclaimer, ratios, products,
                budget);
    }

    /** A brief for one market, without a budget. */
    public Brief(Path source, String campaign, String name, String brand, Market market, String audience,
                 LocalizedText message, LocalizedText cta, LocalizedText disclaimer, List<Ratio> ratios,
                 List<Product> products) {
        this(source, campaign, name, brand, market, audience, message, cta, disclaimer, ratios, products, null);
    }

    /** The name to show people: the display name when given, else the campaign id. */
    public String displayName() {
        return name == null || name.isBlank() ? campaign : name;
    }

    /** The first market: the campaign's home market, whose first locale is the default. */
    public Market market() {
        return markets.get(0);
    }

    /** Every locale of every market, in the brief's order; the first is the default. */
    public List<String> locales() {
        return markets.stream().flatMap(m -> m.locales().stream()).toList();
    }

    /** The market a locale of the brief belongs to. */
    public Optional<Market> marketOf(String localeTag) {
        return markets.stream().filter(m -> m.locales().contains(localeTag)).findFirst();
    }

    /** The region of the market a locale belongs to; null for a locale the brief does not list. */
    public String regionOf(String localeTag) {
        return marketOf(localeTag).map(Market::region).orElse(null);
    }
}
