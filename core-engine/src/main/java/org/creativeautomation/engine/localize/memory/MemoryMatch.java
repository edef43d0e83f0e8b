package org.creativeautomation.engine.localize.memory;

/**
 * A memory entry whose source resembles a text to translate.
 *
 * @param percent how alike the two sources are, 0 to 100; 100 only for the same text
 */
public record MemoryMatch(MemoryEntry entry, int percent) {
}
