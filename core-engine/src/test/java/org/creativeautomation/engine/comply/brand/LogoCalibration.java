package org.creativeautomation.engine.comply.brand;

import org.creativeautomation.engine.compose.CreativeCopy;
import org.creativeautomation.engine.compose.LogoImages;
import org.creativeautomation.engine.compose.Ratio;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Locale;

/**
 * Reproduces the numbers {@link LogoFinder}'s thresholds were chosen from: for each shipped kit on
 * both example photos, two locales, all five ratios, the match at the layout's logo box with the
 * logo as drawn, painted over and drawn at 15% opacity; the best look-alike anywhere in the
 * painted-over image; and the search without the layout's hint. Run it by hand (it is no test):
 * {@code java -cp <test classpath> org.creativeautomation.engine.comply.brand.LogoCalibration}.
 */
final class LogoCalibration {
    private LogoCalibration() {
    }

    public static void main(String[] args) {
        for (String kit : BrandCreatives.kitIds()) {
            List<CreativeCopy> copies = BrandCreatives.ACME.equals(kit)
                    ? List.of(BrandCreatives.SUMMER_EN, BrandCreatives.SUMMER_ES)
                    : List.of(BrandCreatives.TRAIL_EN, BrandCreatives.TRAIL_DE);
            for (String photo : List.of(BrandCreatives.WATER_PHOTO, BrandCreatives.RUNNER_PHOTO)) {
                for (CreativeCopy copy : copies) {
                    for (Ratio ratio : Ratio.values()) {
                        measure(BrandCreatives.render(kit, photo, ratio, copy), photo, copy);
                    }
                }
            }
        }
    }

    private static void measure(BrandCreatives.Creative c, String photo, CreativeCopy copy) {
        LogoImages logos = c.kit().logos();
        BufferedImage painted = LayoutEdits.paintedOver(c.pixels(), c.layout().logo().box());
        BufferedImage faint = c.drawnWith(new LogoImages(LayoutEdits.faded(logos.light(), 0.15),
                LayoutEdits.faded(logos.dark(), 0.15))).pixels();
        LogoFinder finder = new LogoFinder();
        LogoMatch drawn = finder.measureAt(c.pixels(), logos, c.layout().logo());
        LogoMatch gone = finder.measureAt(painted, logos, c.layout().logo());
        LogoMatch faded = finder.measureAt(faint, logos, c.layout().logo());
        LogoSearch elsewhere = finder.find(painted, logos, null);
        LogoSearch blind = finder.find(c.pixels(), logos, null);
        System.out.println(String.format(Locale.ROOT,
                "%-16s %-24s %s %-4s %-5s | drawn %s | painted %s | 15%% %s | look-alike %s | no layout %s %s",
                c.kit().kit().id(), photo.substring(photo.lastIndexOf('/') + 1), copy.localeTag(),
                c.layout().ratio().pathName(), c.layout().logo().variant(), show(drawn), show(gone), show(faded),
                show(elsewhere.best()), blind.found() ? "found" : "MISSED", show(blind.best())));
    }

    private static String show(LogoMatch m) {
        return m == null ? "-" : String.format(Locale.ROOT, "%.3f c=%.3f o=%.2f", m.score(), m.contrast(), m.opacity());
    }
}
