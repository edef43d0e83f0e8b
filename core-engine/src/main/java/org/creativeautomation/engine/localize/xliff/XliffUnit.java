package org.creativeautomation.engine.localize.xliff;

import org.creativeautomation.engine.document.Location;

import java.util.List;

/**
 * One text to translate: an XLIFF 2.0 {@code <unit>} with one segment.
 *
 * @param id             the text it holds: {@code message}, {@code cta} or {@code disclaimer}
 * @param target         the translation; null when the unit has none yet
 * @param state          the segment's state: initial, translated, reviewed or final
 * @param notes          what the translator should know, by category ({@code context}, {@code length}, ...)
 * @param candidates     translations to start from (a machine translation, an approved one of a similar text)
 * @param doNotTranslate terms the translation keeps as written (XLIFF's glossary module)
 * @param location       where the unit starts in the file it was read from; null for units written
 */
public record XliffUnit(String id, String source, String target, String state, List<Note> notes,
                        List<Candidate> candidates, List<String> doNotTranslate, Location location) {

    public XliffUnit {
        notes = List.copyOf(notes);
        candidates = List.copyOf(candidates);
        doNotTranslate = List.copyOf(doNotTranslate);
    }

    /** An XLIFF note. */
    public record Note(String category, String text) {
    }

    /**
     * A translation candidate (XLIFF's translation candidates module).
     *
     * @param type       {@code mt} for a machine translation, {@code tm} for translation memory
     * @param origin     who made it, e.g. {@code openai}
     * @param similarity how alike its source is to the unit's, 0 to 100
     */
    public record Candidate(String type, String origin, int similarity, String source, String target) {
    }
}
