package org.creativeautomation.engine.comply.quality;

import org.creativeautomation.engine.comply.CreativeUnderCheck;
import java.util.Locale;
import java.util.OptionalDouble;

/**
 * Prints the numbers the quality thresholds were chosen from; not a test. For every shipped kit's
 * creative (example photos and offline heroes, every ratio): the photo area's sharpness as composed
 * and with the hero Gaussian-blurred at canvas size, the clipped and crushed shares, and the tone
 * spread the blank check reads. Run with the test class path from {@code core-engine}.
 */
public final class QualityCalibration {
    private static final double[] SIGMAS = {2, 3, 4, 6, 8};

    private QualityCalibration() {
    }

    public static void main(String[] args) {
        System.setProperty("java.awt.headless", "true");
        for (ShippedCreatives.Composed composed : ShippedCreatives.compliant(1, 2).toList()) {
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-22s %-5s %s",
                    composed.hero().name(), composed.layout().ratio().pathName(), tones(composed.creative())));
            line.append(String.format(Locale.ROOT, " | sharp %s", sharpness(composed.creative())));
            for (double sigma : SIGMAS) {
                ShippedCreatives.Composed blurred = composed.withBackground(
                        PhotoEdits.gaussianBlur(composed.background(), sigma));
                line.append(String.format(Locale.ROOT, " s%.0f %s", sigma, sharpness(blurred.creative())));
            }
            System.out.println(line);
        }
    }

    private static String sharpness(CreativeUnderCheck creative) {
        OptionalDouble s = BlurCheck.sharpness(PhotoArea.of(creative));
        return s.isPresent() ? String.format(Locale.ROOT, "%.3f", s.getAsDouble()) : "  -  ";
    }

    private static String tones(CreativeUnderCheck creative) {
        PhotoArea a = PhotoArea.of(creative);
        long high = 0;
        long low = 0;
        long pixels = 0;
        int[] histogram = new int[256];
        double sum = 0;
        double squares = 0;
        int n = 0;
        for (int i = 0; i < a.width() * a.height(); i++) {
            if (a.isPhoto(i)) {
                high += a.highlights(i);
                low += a.shadows(i);
                pixels += a.pixelsPerSample();
            }
            if (a.kind(i) != PhotoArea.DESIGNED) {
                histogram[Math.round(a.luma(i))]++;
                sum += a.luma(i);
                squares += a.luma(i) * a.luma(i);
                n++;
            }
        }
        int most = 0;
        for (int s = 0; s + BlankCheck.TONE_WIDTH <= 256; s++) {
            int c = 0;
            for (int k = s; k < s + BlankCheck.TONE_WIDTH; k++) {
                c += histogram[k];
            }
            most = Math.max(most, c);
        }
        double mean = sum / n;
        return String.format(Locale.ROOT, "high %4.1f%% low %4.1f%% std %5.1f tone %3.0f%%", 100.0 * high / pixels,
                100.0 * low / pixels, Math.sqrt(squares / n - mean * mean), 100.0 * most / n);
    }
}
