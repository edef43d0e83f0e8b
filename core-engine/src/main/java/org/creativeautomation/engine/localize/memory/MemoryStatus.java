package org.creativeautomation.engine.localize.memory;

import java.util.Locale;

/** Whether a person stands behind a memory entry. */
public enum MemoryStatus {
    /** Made by a machine translator; used, but marked, until a person approves it. */
    MACHINE,
    /** Approved by a person, or imported from a translator's XLIFF. */
    APPROVED;

    String column() {
        return name().toLowerCase(Locale.ROOT);
    }

    static MemoryStatus ofColumn(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT));
    }
}
