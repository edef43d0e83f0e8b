package org.creativeautomation.engine.comply.brand;

import org.creativeautomation.engine.compose.Ratio;
import org.creativeautomation.engine.comply.Check;
import org.creativeautomation.engine.comply.CreativeUnderCheck;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Times the brand checks on 1080x1920 creatives of both shipped kits: the median of many runs of
 * all checks together, and of each check alone. Run it by hand (it is no test):
 * {@code java -cp <test classpath> org.creativeautomation.engine.comply.brand.BrandChecksTiming}.
 */
final class BrandChecksTiming {
    private static final int WARM_UP = 200;
    private static final int RUNS = 400;

    private BrandChecksTiming() {
    }

    public static void main(String[] args) {
        List<Check> checks = BrandChecks.all();
        for (String kit : BrandCreatives.kitIds()) {
            CreativeUnderCheck creative = BrandCreatives.render(kit, BrandCreatives.WATER_PHOTO, Ratio.STORY,
                    BrandCreatives.ACME.equals(kit) ? BrandCreatives.SUMMER_EN : BrandCreatives.TRAIL_EN).underCheck();
            time(kit + " all checks", checks, creative);
            for (Check check : checks) {
                time(kit + " " + check.name(), List.of(check), creative);
            }
            CreativeUnderCheck pixelsOnly = new CreativeUnderCheck(creative.pixels(), null, null, creative.kit(),
                    creative.logos(), null, null);
            time(kit + " all checks, pixels only", checks, pixelsOnly);
        }
    }

    private static void time(String what, List<Check> checks, CreativeUnderCheck creative) {
        int runs = creative.layout() == null ? RUNS / 10 : RUNS;
        long[] nanos = new long[runs];
        int findings = 0;
        for (int i = 0; i < WARM_UP / (creative.layout() == null ? 10 : 1); i++) {
            findings += runAll(checks, creative.layout() == null ? withCopiedPixels(creative) : creative);
        }
        for (int i = 0; i < runs; i++) {
            // A copy per run: the logo finder keeps its last wide search for the same image.
            CreativeUnderCheck run = creative.layout() == null ? withCopiedPixels(creative) : creative;
            long start = System.nanoTime();
            findings += runAll(checks, run);
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        System.out.println(String.format(Locale.ROOT, "%-45s median %6.2f ms  p90 %6.2f ms  (%d findings seen)", what,
                nanos[runs / 2] / 1e6, nanos[runs * 9 / 10] / 1e6, findings));
    }

    private static CreativeUnderCheck withCopiedPixels(CreativeUnderCheck c) {
        BufferedImage copy = new BufferedImage(c.pixels().getWidth(), c.pixels().getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = copy.createGraphics();
        g.drawImage(c.pixels(), 0, 0, null);
        g.dispose();
        return new CreativeUnderCheck(copy, c.layout(), c.copy(), c.kit(), c.logos(), c.region(), c.hero());
    }

    private static int runAll(List<Check> checks, CreativeUnderCheck creative) {
        int n = 0;
        for (Check check : checks) {
            if (check.appliesTo(creative)) {
                n += check.check(creative).size();
            }
        }
        return n;
    }
}
