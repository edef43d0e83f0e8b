package org.creativeautomation.engine.report;

import java.util.List;
import java.util.Objects;

/** One product of the campaign and its creatives (every ratio × locale made for it). */
public record ProofProduct(String id, String name, List<ProofCreative> creatives) {

    public ProofProduct {
        Objects.requireNonNull(id, "id");
        name = name == null || name.isBlank() ? id : name;
        creatives = List.copyOf(creatives);
    }
}
