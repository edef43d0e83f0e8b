package org.creativeautomation.engine.comply.moderation;

import org.creativeautomation.engine.comply.Check;
import org.creativeautomation.engine.comply.CheckId;
import org.creativeautomation.engine.comply.CreativeUnderCheck;
import org.creativeautomation.engine.comply.Finding;
import org.creativeautomation.engine.comply.Severity;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code moderation.flagged} for the creative's pixels, judged by an {@link ImageModerator}. A
 * confident flag has its category's severity; a weak signal, such as the offline moderator's
 * possible nudity, is a warning for a person to review. Categories the moderator cannot assess
 * yield no finding: its {@link ImageModerator#limits()} document them once, rather than every
 * creative's report repeating them.
 */
public final class ImageModerationCheck implements Check {
    private final ImageModerator moderator;

    public ImageModerationCheck(ImageModerator moderator) {
        this.moderator = moderator;
    }

    @Override
    public String name() {
        return "image moderation";
    }

    @Override
    public boolean appliesTo(CreativeUnderCheck creative) {
        return creative.pixels() != null;
    }

    @Override
    public List<Finding> check(CreativeUnderCheck creative) {
        ModerationResult result = moderator.moderate(creative.pixels());
        List<Finding> findings = new ArrayList<>();
        for (CategoryScore flag : result.flags()) {
            boolean confident = flag.verdict() == Verdict.FLAGGED;
            Severity severity = confident ? flag.category().severity() : Severity.WARNING;
            findings.add(Finding.of(CheckId.MODERATION_FLAGGED, severity,
                    "the image " + (confident ? "contains " : "may contain ") + flag.category().description()
                            + " (" + result.moderator() + ")" + (confident ? "" : "; a person should review it"),
                    null, flag.category().id() + ": " + flag.evidence(), TextModerationCheck.EXPECTED));
        }
        return findings;
    }
}
