package org.creativeautomation.engine.comply;

import com.fasterxml.jackson.annotation.JsonValue;

/** Every kind of finding, with the team that owns it. */
public enum CheckId {
    LOGO_MISSING("logo.missing", Owner.BRAND),
    LOGO_SIZE("logo.size", Owner.BRAND),
    LOGO_CLEAR_SPACE("logo.clear-space", Owner.BRAND),
    LOGO_PLACEMENT("logo.placement", Owner.BRAND),
    PALETTE_OFF_BRAND("palette.off-brand", Owner.BRAND),
    FONT_OFF_BRAND("font.off-brand", Owner.BRAND),
    TEXT_CONTRAST("text.contrast", Owner.QUALITY),
    TEXT_SIZE("text.size", Owner.BRAND),
    TEXT_OVERFLOW("text.overflow", Owner.QUALITY),
    TEXT_SAFE_ZONE("text.safe-zone", Owner.BRAND),
    LEGAL_PROHIBITED("legal.prohibited", Owner.LEGAL),
    LEGAL_DISCLAIMER_MISSING("legal.disclaimer-missing", Owner.LEGAL),
    LEGAL_RISKY_CLAIM("legal.risky-claim", Owner.LEGAL),
    MODERATION_FLAGGED("moderation.flagged", Owner.LEGAL),
    QUALITY_LOW_RESOLUTION("quality.low-resolution", Owner.QUALITY),
    QUALITY_BLURRY("quality.blurry", Owner.QUALITY),
    QUALITY_EXPOSURE("quality.exposure", Owner.QUALITY),
    QUALITY_BLANK("quality.blank", Owner.QUALITY),
    /**
     * The hero is the offline generator's stand-in because a budget did not cover the paid call.
     * Quality owns it: what changes is the hero image a creative lead approves, not the spend,
     * which the cap has already kept.
     */
    BUDGET_EXCEEDED("budget.exceeded", Owner.QUALITY),
    /** A text the brief gives in another locale only, kept untranslated: nothing could translate it. */
    L10N_UNTRANSLATED("l10n.untranslated", Owner.BRAND),
    /** A machine translation no person has approved yet. */
    L10N_MACHINE_TRANSLATION("l10n.machine-translation", Owner.BRAND),
    /** An approved translation of a similar text standing in for a translation of this one. */
    L10N_FUZZY_MATCH("l10n.fuzzy-match", Owner.BRAND),
    CHECK_ERROR("check.error", Owner.QUALITY);

    private final String id;
    private final Owner owner;

    CheckId(String id, Owner owner) {
        this.id = id;
        this.owner = owner;
    }

    /** As written in reports: {@code logo.clear-space}. */
    @JsonValue
    public String id() {
        return id;
    }

    public Owner owner() {
        return owner;
    }

    public static CheckId fromId(String id) {
        for (CheckId c : values()) {
            if (c.id.equals(id)) {
                return c;
            }
        }
        throw new IllegalArgumentException("unknown check id " + id);
    }
}
