package org.creativeautomation.engine.comply.moderation;

/** What a moderator concluded about one category. */
public enum Verdict {
    /** Nothing found. */
    CLEAR,
    /** A weak signal a person should look at (a warning, whatever the category). */
    REVIEW,
    /** Found with confidence (the category's severity). */
    FLAGGED
}
