package org.creativeautomation.engine.comply.moderation;

import org.creativeautomation.engine.comply.Check;

import java.util.List;

/** The moderation checks of copy and image. */
public final class ModerationChecks {
    private ModerationChecks() {
    }

    /** Copy and image moderation with the given moderators (network ones where available). */
    public static List<Check> all(TextModerator text, ImageModerator image) {
        return List.of(new TextModerationCheck(text), new ImageModerationCheck(image));
    }

    /** Copy and image moderation offline: lexicons and the skin-tone heuristic. */
    public static List<Check> all() {
        return all(new LexiconTextModerator(), new OfflineImageModerator());
    }
}
