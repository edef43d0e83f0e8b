package org.creativeautomation.engine.comply.predict;

import org.creativeautomation.engine.brand.RgbColor;
import org.creativeautomation.engine.compose.Box;
import org.creativeautomation.engine.compose.TextBlock;

import java.awt.image.BufferedImage;
import java.util.Arrays;

/**
 * The WCAG contrast between the message's colour and what the creative shows behind it, read from
 * the final pixels: the median luminance of the pixels in the message's box that are not the text
 * itself (further than {@value #GLYPH_DISTANCE} in RGB from the text colour). Where almost every
 * pixel is near the text colour the text has nothing to stand out from, and all pixels count.
 */
final class MessageContrast {
    /** RGB distance within which a pixel is taken for the text itself (glyphs and their anti-aliased edges). */
    private static final int GLYPH_DISTANCE = 48;
    /** Enough samples for a stable median; larger boxes are read on a grid. */
    private static final int MAX_SAMPLES = 20_000;
    private static final double[] LINEAR = new double[256];

    static {
        for (int i = 0; i < 256; i++) {
            double c = i / 255.0;
            LINEAR[i] = c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
        }
    }

    private MessageContrast() {
    }

    /** The contrast ratio (1 – 21); {@code canvasWidth} is the layout's, to scale its box onto the pixels. */
    static double of(BufferedImage pixels, TextBlock message, int canvasWidth, int canvasHeight) {
        double sx = (double) pixels.getWidth() / canvasWidth;
        double sy = (double) pixels.getHeight() / canvasHeight;
        Box b = message.box();
        int x0 = clamp((int) Math.floor(b.x() * sx), pixels.getWidth());
        int y0 = clamp((int) Math.floor(b.y() * sy), pixels.getHeight());
        int x1 = clamp((int) Math.ceil(b.right() * sx), pixels.getWidth());
        int y1 = clamp((int) Math.ceil(b.bottom() * sy), pixels.getHeight());
        RgbColor text = message.color();
        double textLuminance = text.luminance();
        if (x1 <= x0 || y1 <= y0) {
            return 1.0;
        }
        int step = Math.max(1, (int) Math.ceil(Math.sqrt((double) (x1 - x0) * (y1 - y0) / MAX_SAMPLES)));
        int capacity = ((x1 - x0 + step - 1) / step) * ((y1 - y0 + step - 1) / step);
        double[] behind = new double[capacity];
        double[] all = new double[capacity];
        int nBehind = 0;
        int nAll = 0;
        for (int y = y0; y < y1; y += step) {
            for (int x = x0; x < x1; x += step) {
                int p = pixels.getRGB(x, y);
                int r = (p >> 16) & 0xFF;
                int g = (p >> 8) & 0xFF;
                int bl = p & 0xFF;
                double luminance = 0.2126 * LINEAR[r] + 0.7152 * LINEAR[g] + 0.0722 * LINEAR[bl];
                all[nAll++] = luminance;
                int dr = r - text.red();
                int dg = g - text.green();
                int db = bl - text.blue();
                if (dr * dr + dg * dg + db * db > GLYPH_DISTANCE * GLYPH_DISTANCE) {
                    behind[nBehind++] = luminance;
                }
            }
        }
        double background = nBehind >= nAll / 10 && nBehind > 0 ? median(behind, nBehind) : median(all, nAll);
        double hi = Math.max(textLuminance, background);
        double lo = Math.min(textLuminance, background);
        return (hi + 0.05) / (lo + 0.05);
    }

    private static double median(double[] values, int n) {
        double[] sorted = Arrays.copyOf(values, n);
        Arrays.sort(sorted);
        return sorted[n / 2];
    }

    private static int clamp(int v, int max) {
        return Math.max(0, Math.min(max, v));
    }
}
