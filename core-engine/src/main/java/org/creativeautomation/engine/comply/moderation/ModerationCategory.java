package org.creativeautomation.engine.comply.moderation;

import org.creativeautomation.engine.comply.Severity;

import java.util.Locale;

/**
 * What moderation looks for. A confident flag is an error for hate, sexual and self-harm content,
 * which no brand creative should carry; violence is a warning, since ads use violent words
 * figuratively ("slaughter the competition") and a person should judge them.
 */
public enum ModerationCategory {
    HATE("hateful content", Severity.ERROR),
    SEXUAL("sexual content", Severity.ERROR),
    VIOLENCE("violent content", Severity.WARNING),
    SELF_HARM("self-harm content", Severity.ERROR);

    private final String description;
    private final Severity severity;

    ModerationCategory(String description, Severity severity) {
        this.description = description;
        this.severity = severity;
    }

    /** As written in lexicons and findings: {@code self-harm}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public String description() {
        return description;
    }

    /** The severity of a confident flag ({@link Verdict#FLAGGED}). */
    public Severity severity() {
        return severity;
    }
}
