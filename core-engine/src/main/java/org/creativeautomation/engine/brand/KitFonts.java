package org.creativeautomation.engine.brand;

import java.nio.file.Path;

/**
 * The kit's font files (TTF or OTF inside the kit folder, already checked to load as fonts).
 *
 * @param headline      font for the message
 * @param body          font for CTA and disclaimer
 * @param headlineName  the font's family name as the file declares it (e.g. "Lato Black")
 * @param bodyName      likewise for the body font
 * @param license       the licence file shipped beside the fonts
 */
public record KitFonts(Path headline, Path body, String headlineName, String bodyName, Path license) {
}
