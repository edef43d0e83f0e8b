package org.creativeautomation.engine.comply.moderation;

import java.awt.image.BufferedImage;

/**
 * Judges an image for hate, sexual, violent and self-harm content. The engine ships
 * {@link OfflineImageModerator}, which sees little; a network moderator (such as OpenAI's
 * moderation endpoint, which takes images) can implement this interface, and the same
 * {@link ImageModerationCheck} turns its results into findings. Implementations must be safe to
 * call from several threads.
 */
public interface ImageModerator {

    /** A short name for findings, e.g. "offline skin-tone heuristic". */
    String name();

    ModerationResult moderate(BufferedImage image);

    /** What this moderator cannot see, in a sentence or two for people reading reports. */
    String limits();
}
