package org.creativeautomation.engine.pipeline;

import org.creativeautomation.engine.brief.Product;
import org.creativeautomation.engine.compose.CreativeCopy;
import org.creativeautomation.engine.compose.Ratio;
import org.creativeautomation.engine.localize.LocaleCopy;

/**
 * One creative to produce: a product in a ratio and a locale, with its output path and job key.
 *
 * @param path          relative to the output folder, '/' separated
 * @param complianceKey hash of what the checks read: the creative's key, the checks' revision and the market
 * @param localized     the copy with the origin of each text and the market it is for; {@code copy} is its words
 */
public record CreativeSpec(Product product, Ratio ratio, CreativeCopy copy, String path, String key,
                           String complianceKey, LocaleCopy localized) {

    /** The region of the market the creative is for. */
    public String region() {
        return localized.region();
    }

    public String id() {
        return product.id() + "|" + ratio.label() + "|" + copy.localeTag();
    }
}
