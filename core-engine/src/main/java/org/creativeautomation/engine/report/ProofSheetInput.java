package org.creativeautomation.engine.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Everything a proof sheet shows. Built by whoever has the run's results (the pipeline after a run,
 * {@code studio report} from an output folder), so the report does not depend on how they were made.
 *
 * @param campaign        the campaign id, e.g. {@code spring-launch}
 * @param campaignName    its display name
 * @param brandKitId      the brand kit's id
 * @param brandKitVersion the kit version the creatives were checked against
 * @param brandKitName    the kit's display name
 * @param date            the date printed on the sheet (the run's date)
 * @param products        one entry per product, in the order the sheet shows them
 */
public record ProofSheetInput(
        String campaign,
        String campaignName,
        String brandKitId,
        String brandKitVersion,
        String brandKitName,
        LocalDate date,
        List<ProofProduct> products) {

    public ProofSheetInput {
        Objects.requireNonNull(campaign, "campaign");
        Objects.requireNonNull(date, "date");
        campaignName = campaignName == null || campaignName.isBlank() ? campaign : campaignName;
        brandKitId = Objects.requireNonNullElse(brandKitId, "");
        brandKitVersion = Objects.requireNonNullElse(brandKitVersion, "");
        brandKitName = brandKitName == null || brandKitName.isBlank() ? brandKitId : brandKitName;
        products = List.copyOf(products);
        // Each product gets its own approval fields, named after its id.
        long distinct = products.stream().map(ProofProduct::id).distinct().count();
        if (distinct != products.size()) {
            throw new IllegalArgumentException("product ids must be unique on a proof sheet");
        }
    }

    /** Every creative of every product, in sheet order. */
    public List<ProofCreative> creatives() {
        return products.stream().flatMap(p -> p.creatives().stream()).toList();
    }
}
