package org.creativeautomation.engine.compose;

/**
 * Something the solver could not satisfy, recorded instead of being hidden (e.g. text that does
 * not fit at the kit's minimum size). Compliance turns these into findings.
 *
 * @param code e.g. {@code text.overflow}
 */
public record LayoutIssue(String code, String message, Box region) {
}
