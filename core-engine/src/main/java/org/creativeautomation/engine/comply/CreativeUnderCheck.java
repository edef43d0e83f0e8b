package org.creativeautomation.engine.comply;

import org.creativeautomation.engine.brand.BrandKit;
import org.creativeautomation.engine.compose.CreativeCopy;
import org.creativeautomation.engine.compose.Layout;
import org.creativeautomation.engine.compose.LogoImages;

import java.awt.image.BufferedImage;

/**
 * Everything the checks read about one creative. Pixel checks need only {@code pixels}, the kit and
 * its logos; layout and copy checks skip themselves when the creative was made elsewhere
 * ({@code layout} and {@code copy} null, as for {@code studio check}).
 *
 * @param pixels the final creative as written
 * @param layout the solved layout, null for images the studio did not make
 * @param copy   the words on the creative, null when unknown
 * @param region the market's ISO 3166-1 alpha-2 region, null when unknown
 * @param hero   facts about the hero image behind the creative, null when unknown
 */
public record CreativeUnderCheck(
        BufferedImage pixels,
        Layout layout,
        CreativeCopy copy,
        BrandKit kit,
        LogoImages logos,
        String region,
        HeroFacts hero) {
}
