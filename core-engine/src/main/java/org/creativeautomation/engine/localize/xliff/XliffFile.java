package org.creativeautomation.engine.localize.xliff;

import java.util.List;

/**
 * An XLIFF 2.0 document of one campaign's copy for one target locale (XLIFF 2.0 has one target
 * language per document).
 *
 * @param fileId   the campaign id
 * @param original the brief's file name
 * @param notes    what the translator should know about the whole campaign, by category
 */
public record XliffFile(String srcLang, String trgLang, String fileId, String original, List<XliffUnit.Note> notes,
                        List<XliffUnit> units) {
    public XliffFile {
        notes = List.copyOf(notes);
        units = List.copyOf(units);
    }
}
