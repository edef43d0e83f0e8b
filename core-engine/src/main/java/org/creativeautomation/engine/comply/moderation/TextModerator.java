package org.creativeautomation.engine.comply.moderation;

/**
 * Judges a piece of copy for hate, sexual, violent and self-harm content. The engine ships
 * {@link LexiconTextModerator}; a network moderator (such as OpenAI's moderation endpoint) can
 * implement this interface and the same {@link TextModerationCheck} turns its results into findings.
 */
public interface TextModerator {

    /** A short name for findings, e.g. "offline lexicon". */
    String name();

    /** @param localeTag the copy's BCP 47 locale; null when unknown */
    ModerationResult moderate(String text, String localeTag);

    /** What this moderator cannot see, in a sentence or two for people reading reports. */
    String limits();
}
