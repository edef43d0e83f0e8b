package org.creativeautomation.engine.comply.legal;

import java.util.List;

/**
 * The optional {@code legal.yaml} in a brand kit's folder: what the brand sells (so that the
 * market rules for those categories apply) and how its trademarks must be written. A kit without
 * the file sells no declared category and has no trademark rules.
 */
public record KitLegalFile(List<ProductCategory> categories, List<TrademarkRule> trademarks) {
    /** The file's name in the kit folder. */
    public static final String FILE_NAME = "legal.yaml";

    /** What a kit without the file declares. */
    public static final KitLegalFile NONE = new KitLegalFile(List.of(), List.of());

    public KitLegalFile {
        categories = List.copyOf(categories);
        trademarks = List.copyOf(trademarks);
    }
}
