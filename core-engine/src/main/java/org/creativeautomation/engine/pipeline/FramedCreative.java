package org.creativeautomation.engine.pipeline;

import org.creativeautomation.engine.compose.Layout;

import java.awt.image.BufferedImage;

/**
 * A creative's layout with the hero it is drawn from: the product's hero, or its expansion for the
 * creative's ratio.
 *
 * @param expansion how the canvas was widened; null when the hero fills the ratio, or when the run
 *                  cannot expand (its providers are the offline generator alone)
 */
record FramedCreative(Layout layout, BufferedImage hero, ExpansionInfo expansion) {
}
