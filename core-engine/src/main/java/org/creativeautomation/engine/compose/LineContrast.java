package org.creativeautomation.engine.compose;

/**
 * The contrast one line of text has against what the solver measured behind it: the scrim over
 * the photo's pixels under the line's box, at the line's worst 5th percentile.
 *
 * @param role     "message" or "disclaimer" (the CTA's label sits on its button, see {@link CtaButton})
 * @param line     index of the line in its block
 * @param measured WCAG 2 contrast ratio, e.g. 5.2 for 5.2:1
 * @param required 4.5, or 3.0 for large text
 */
public record LineContrast(String role, int line, double measured, double required) {
}
