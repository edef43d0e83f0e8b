package org.creativeautomation.engine.comply.legal;

import java.util.List;

/** Rules of a market that apply only to kits selling one of {@code categories}. */
public record CategoryRules(List<ProductCategory> categories, List<String> prohibited,
                            List<RequiredDisclaimer> disclaimers) {
    public CategoryRules {
        categories = List.copyOf(categories);
        prohibited = List.copyOf(prohibited);
        disclaimers = List.copyOf(disclaimers);
    }
}
