package org.creativeautomation.engine.comply.moderation;

import org.creativeautomation.engine.comply.Check;
import org.creativeautomation.engine.comply.CheckId;
import org.creativeautomation.engine.comply.CreativeUnderCheck;
import org.creativeautomation.engine.comply.Finding;
import org.creativeautomation.engine.comply.Severity;
import org.creativeautomation.engine.comply.legal.CopyField;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * {@code moderation.flagged} for copy: each of message, CTA and disclaimer goes to the
 * {@link TextModerator}. A confident flag has its category's severity (an error for hate, sexual
 * and self-harm content, a warning for violence); a weak signal is a warning. When the moderator
 * could not assess the copy (no lexicon for its language) one info finding says so, since copy
 * nobody read must not look approved.
 */
public final class TextModerationCheck implements Check {
    static final String EXPECTED = "no hateful, sexual, violent or self-harm content";

    private final TextModerator moderator;

    public TextModerationCheck(TextModerator moderator) {
        this.moderator = moderator;
    }

    @Override
    public String name() {
        return "copy moderation";
    }

    @Override
    public boolean appliesTo(CreativeUnderCheck creative) {
        return creative.copy() != null;
    }

    @Override
    public List<Finding> check(CreativeUnderCheck creative) {
        List<Finding> findings = new ArrayList<>();
        Set<ModerationCategory> notAssessed = EnumSet.noneOf(ModerationCategory.class);
        String note = "";
        for (CopyField field : CopyField.values()) {
            String text = field.text(creative.copy());
            if (text == null || text.isBlank()) {
                continue;
            }
            ModerationResult result = moderator.moderate(text, creative.copy().localeTag());
            for (CategoryScore flag : result.flags()) {
                Severity severity = flag.verdict() == Verdict.FLAGGED ? flag.category().severity() : Severity.WARNING;
                findings.add(Finding.of(CheckId.MODERATION_FLAGGED, severity,
                        "the " + field.label() + " may contain " + flag.category().description() + " ("
                                + result.moderator() + "): " + flag.evidence(),
                        field.box(creative.layout()),
                        flag.category().id() + ": " + flag.evidence() + " in " + field.label(), EXPECTED));
            }
            if (!result.notAssessed().isEmpty()) {
                notAssessed.addAll(result.notAssessed());
                note = result.note();
            }
        }
        if (!notAssessed.isEmpty()) {
            findings.add(Finding.of(CheckId.MODERATION_FLAGGED, Severity.INFO,
                    "the copy was not moderated for " + String.join(", ", notAssessed.stream().map(ModerationCategory::id).toList())
                            + ": " + note + "; a person should read it",
                    null, "not assessed", EXPECTED));
        }
        return findings;
    }
}
