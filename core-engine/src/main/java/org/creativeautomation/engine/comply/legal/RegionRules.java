package org.creativeautomation.engine.comply.legal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The legal rules of one market region.
 *
 * @param region        ISO 3166-1 alpha-2 code, or {@code default} for regions the file does not list
 * @param prohibited    phrases no creative for the region may contain
 * @param disclaimers   disclaimers every creative for the region must carry
 * @param categoryRules further rules for kits that sell certain categories
 */
public record RegionRules(String region, List<String> prohibited, List<RequiredDisclaimer> disclaimers,
                          List<CategoryRules> categoryRules) {

    public RegionRules {
        prohibited = List.copyOf(prohibited);
        disclaimers = List.copyOf(disclaimers);
        categoryRules = List.copyOf(categoryRules);
    }

    /** Prohibited phrases for a kit selling {@code categories}. */
    public List<String> prohibitedFor(Collection<ProductCategory> categories) {
        List<String> all = new ArrayList<>(prohibited);
        for (CategoryRules rules : categoryRules) {
            if (rules.categories().stream().anyMatch(categories::contains)) {
                all.addAll(rules.prohibited());
            }
        }
        return List.copyOf(all);
    }

    /** Required disclaimers for a kit selling {@code categories}. */
    public List<RequiredDisclaimer> disclaimersFor(Collection<ProductCategory> categories) {
        List<RequiredDisclaimer> all = new ArrayList<>(disclaimers);
        for (CategoryRules rules : categoryRules) {
            if (rules.categories().stream().anyMatch(categories::contains)) {
                all.addAll(rules.disclaimers());
            }
        }
        return List.copyOf(all);
    }
}
