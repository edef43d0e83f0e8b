package org.creativeautomation.engine.comply.legal;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What a brand sells, as far as advertising law cares: many market rules apply only to some
 * categories (a French health notice to food and drink, a Mexican moderation notice to alcohol).
 * A kit declares its categories in its optional {@code legal.yaml}.
 */
public enum ProductCategory {
    FOOD, BEVERAGE, ALCOHOL, COSMETICS, SUPPLEMENT, APPAREL;

    /** As written in YAML: {@code beverage}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ProductCategory> fromId(String id) {
        return Arrays.stream(values()).filter(c -> c.id().equals(id)).findFirst();
    }

    public static List<String> ids() {
        return Arrays.stream(values()).map(ProductCategory::id).toList();
    }
}
