package org.creativeautomation.engine.localize.memory;

import java.time.Instant;

/**
 * One translation in the memory.
 *
 * @param origin     who made it: {@code machine:openai}, {@code xliff:de-DE.xlf}, {@code approved:machine:openai}
 * @param campaign   the campaign it was made for; null when unknown
 * @param approvedAt null for machine translations awaiting approval
 */
public record MemoryEntry(long id, String sourceLocale, String targetLocale, String sourceText, String targetText,
                          MemoryStatus status, String origin, String campaign, Instant createdAt, Instant approvedAt) {

    /** The provider of a machine translation ({@code openai} for {@code machine:openai}); else null. */
    public String machineProvider() {
        return origin.startsWith("machine:") ? origin.substring("machine:".length()) : null;
    }
}
