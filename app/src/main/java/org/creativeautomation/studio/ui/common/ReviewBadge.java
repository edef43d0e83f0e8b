package org.creativeautomation.studio.ui.common;

import org.creativeautomation.engine.store.CampaignStatus;

/** A campaign's review status as a badge. */
public final class ReviewBadge extends Badge {

    public ReviewBadge(CampaignStatus status) {
        super(status.label(), toneOf(status));
        getStyleClass().add("review-badge");
    }

    public static Tone toneOf(CampaignStatus status) {
        return switch (status) {
            case DRAFT -> Tone.NEUTRAL;
            case IN_REVIEW -> Tone.ACCENT;
            case APPROVED -> Tone.SUCCESS;
            case CHANGES_REQUESTED -> Tone.WARNING;
        };
    }
}
