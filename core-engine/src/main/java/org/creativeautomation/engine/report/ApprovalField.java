package org.creativeautomation.engine.report;

import java.util.Locale;

/**
 * The fillable fields of a product's approval block. Their names are stable so that a filled-in
 * sheet can be read back: {@code approval_<product id>_<field>}, e.g. {@code approval_cola-zero_decision}.
 */
public enum ApprovalField {
    APPROVER, DECISION, DATE, COMMENT;

    /** The form field's name for {@code productId}. Ids are kebab-case; anything else becomes '-'. */
    public String fieldName(String productId) {
        // A period would split the name into a field hierarchy, so only a safe alphabet is kept.
        String safeId = productId.replaceAll("[^A-Za-z0-9-]", "-");
        return "approval_" + safeId + "_" + name().toLowerCase(Locale.ROOT);
    }
}
