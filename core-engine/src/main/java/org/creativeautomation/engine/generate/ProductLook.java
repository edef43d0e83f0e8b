package org.creativeautomation.engine.generate;

import java.awt.Font;

/**
 * How a product is dressed in one render.
 *
 * @param label         the name printed on the product
 * @param lightFromLeft which side the key light stands on
 * @param printVariant  which of the packaging's print designs (0-2)
 * @param labelTurn     how far a round product is turned from facing the camera, radians
 * @param detailSeed    seed for small details such as condensation droplets
 * @param droplets      whether a cold drink shows condensation
 */
record ProductLook(
        StudioColours colours,
        String label,
        Font font,
        boolean lightFromLeft,
        int printVariant,
        double labelTurn,
        long detailSeed,
        boolean droplets) {
}
