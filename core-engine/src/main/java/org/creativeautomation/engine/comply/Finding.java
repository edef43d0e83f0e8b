package org.creativeautomation.engine.comply;

import org.creativeautomation.engine.compose.Box;

/**
 * One thing a creative gets wrong (or that a person should look at).
 *
 * @param box      where on the creative it applies, in canvas pixels; null when it is about the whole creative
 * @param measured what was measured, e.g. {@code contrast 3.1:1}
 * @param expected the rule it was measured against, e.g. {@code >= 4.5:1}
 */
public record Finding(
        CheckId check,
        Severity severity,
        Owner owner,
        String message,
        Box box,
        String measured,
        String expected) {

    /** A finding owned by the check's usual team. */
    public static Finding of(CheckId check, Severity severity, String message, Box box, String measured,
                             String expected) {
        return new Finding(check, severity, check.owner(), message, box, measured, expected);
    }
}
