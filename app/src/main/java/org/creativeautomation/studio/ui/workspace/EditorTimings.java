package org.creativeautomation.studio.ui.workspace;

import java.time.Duration;

/**
 * How long typing must pause before the studio reacts: validation and preview follow quickly, saving
 * waits a little longer so a burst of typing is one write.
 */
public record EditorTimings(Duration check, Duration preview, Duration save) {
    public static final EditorTimings STUDIO = new EditorTimings(Duration.ofMillis(120), Duration.ZERO,
            Duration.ofMillis(700));
}
