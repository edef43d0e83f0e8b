package org.creativeautomation.engine.localize;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Collection;
import java.util.Locale;

/**
 * Where the words of a creative came from, from the most trusted to the least: the brief itself,
 * the translation memory (translations a person approved, or imported from a translator's XLIFF),
 * a machine translator (marked until a person approves it), or the untranslated source text kept
 * because nothing else was available.
 */
public enum CopyOrigin {
    BRIEF, MEMORY, MACHINE, SOURCE;

    /** As the manifest writes it: {@code memory}. */
    @JsonValue
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The origin of copy made of several texts: the least trusted of theirs ({@link #BRIEF} for none). */
    public static CopyOrigin weakest(Collection<CopyOrigin> origins) {
        return origins.stream().max(Enum::compareTo).orElse(BRIEF);
    }
}
