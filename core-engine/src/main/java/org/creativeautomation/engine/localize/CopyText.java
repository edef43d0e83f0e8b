package org.creativeautomation.engine.localize;

import java.util.Objects;

/**
 * One text of a creative's copy in one locale and where it came from.
 *
 * @param text         the words on the creative
 * @param origin       where they came from
 * @param sourceLocale the locale translated from; null for text the brief gives
 * @param sourceText   the text translated from; null for text the brief gives
 * @param matchPercent for text from the memory, how closely its source matched (100: exactly); else 0
 * @param by           who made it: the translator's provider id for machine text, the memory entry's
 *                     origin for memory text ({@code xliff:de-DE.xlf}); null otherwise
 * @param note         for source text, why it was not translated; for memory text of a similar
 *                     source, that source; else null
 */
public record CopyText(String text, CopyOrigin origin, String sourceLocale, String sourceText, int matchPercent,
                       String by, String note) {

    public CopyText {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(origin, "origin");
    }

    public static CopyText fromBrief(String text) {
        return new CopyText(text, CopyOrigin.BRIEF, null, null, 0, null, null);
    }

    /** Whether the text came from a memory entry whose source differs from this text's source. */
    public boolean isFuzzy() {
        return origin == CopyOrigin.MEMORY && matchPercent < 100;
    }

    /**
     * What the findings about this text depend on besides the words: a creative whose text stays
     * the same but is approved in the meantime is judged again.
     */
    String judgement() {
        return origin == CopyOrigin.BRIEF ? "brief"
                : origin.label() + ":" + matchPercent + ":" + Objects.toString(by, "") + ":" + Objects.toString(note, "");
    }
}
