package org.creativeautomation.engine.report;

/** What a lead can choose in a product's Decision field. */
public enum ApprovalDecision {
    APPROVE("Approve"),
    REQUEST_CHANGES("Request changes");

    private final String label;

    ApprovalDecision(String label) {
        this.label = label;
    }

    /** As offered in the sheet's drop-down. */
    public String label() {
        return label;
    }
}
