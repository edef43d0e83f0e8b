package org.creativeautomation.engine.brief;

import org.creativeautomation.engine.compose.Ratio;

import java.nio.file.Path;
import java.util.List;

/**
 * A validated campaign brief. Optional fields are null when absent ({@code name}, {@code cta},
 * {@code disclaimer}, {@code budget}); {@code ratios} is never empty (all five when the brief names none).
 *
 * @param source the brief file as given (used in messages); asset paths are already resolved
 */
public record Brief(
        Path source,
        String campaign,
        String name,
        String brand,
        Market market,
        String audience,
        LocalizedText message,
        LocalizedText cta,
        LocalizedText disclaimer,
        List<Ratio> ratios,
        List<Product> products,
        CampaignBudget budget) {

    public Brief {
        ratios = List.copyOf(ratios);
        products = List.copyOf(products);
    }

    /** A brief without a budget. */
    public Brief(Path source, String campaign, String name, String brand, Market market, String audience,
                 LocalizedText message, LocalizedText cta, LocalizedText disclaimer, List<Ratio> ratios,
                 List<Product> products) {
        this(source, campaign, name, brand, market, audience, message, cta, disclaimer, ratios, products, null);
    }

    /** The name to show people: the display name when given, else the campaign id. */
    public String displayName() {
        return name == null || name.isBlank() ? campaign : name;
    }

    public List<String> locales() {
        return market.locales();
    }
}
