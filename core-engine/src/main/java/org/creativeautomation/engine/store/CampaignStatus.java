package org.creativeautomation.engine.store;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Where a campaign stands in review. */
public enum CampaignStatus {
    DRAFT("draft", "Draft"),
    IN_REVIEW("in-review", "In review"),
    APPROVED("approved", "Approved"),
    CHANGES_REQUESTED("changes-requested", "Changes requested");

    private final String code;
    private final String label;

    CampaignStatus(String code, String label) {
        this.code = code;
        this.label = label;
    }

    /** As stored and synced: {@code in-review}. */
    public String code() {
        return code;
    }

    /** As people read it: {@code In review}. */
    public String label() {
        return label;
    }

    public static Optional<CampaignStatus> fromCode(String code) {
        String wanted = code == null ? "" : code.toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(s -> s.code.equals(wanted)).findFirst();
    }
}
