package org.creativeautomation.engine.comply.brand;

import org.creativeautomation.engine.compose.Box;

/**
 * The best place a logo variant matched in a creative.
 *
 * @param variant  "light" or "dark"
 * @param box      where it matched, in canvas pixels (to within the search's reduction factor)
 * @param score    the match score, 0 (nothing like it) to 1 (the logo exactly)
 * @param contrast how far most of the logo's luma stands out from what is behind it, 0 to 1
 * @param opacity  the opacity the logo appears drawn at (1 = as designed); NaN for a one-colour logo
 */
public record LogoMatch(String variant, Box box, double score, double contrast, double opacity) {
}
