package org.creativeautomation.engine.compose;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.util.Objects;

/**
 * A hero widened by a generative model for one framing: the model's margins around the hero's own
 * pixels. The model redraws the whole canvas, and an approved packshot must never be redrawn, so
 * the original pixels are laid back exactly where they were; only the model's margins are blended,
 * over a narrow band outside the original, toward the original's edge so no seam shows.
 *
 * @param image the expanded hero, {@code reach} larger than the original on each side
 * @param reach what was added on each side, in the original's pixels
 */
public record ExpandedHero(BufferedImage image, HeroReach reach) {
    /** The band outside the original over which the model's margins fade in, as a share of the shorter side. */
    static final double FEATHER = 0.015;

    public ExpandedHero {
        Objects.requireNonNull(image, "image");
        Objects.requireNonNull(reach, "reach");
    }

    /**
     * The original laid exactly over the model's expansion of it.
     *
     * @param generated the model's expanded canvas; scaled to the expanded size when it is another
     */
    public static ExpandedHero of(BufferedImage original, BufferedImage generated, HeroReach reach) {
        int w = original.getWidth();
        int h = original.getHeight();
        int ew = reach.expandedWidth(w);
        int eh = reach.expandedHeight(h);
        BufferedImage margins = generated.getWidth() == ew && generated.getHeight() == eh
                ? generated : ImageScaler.scale(generated, ew, eh, false);
        int[] model = margins.getRGB(0, 0, ew, eh, null, 0, ew);
        int[] source = original.getRGB(0, 0, w, h, null, 0, w);
        boolean alpha = original.getColorModel().hasAlpha();
        BufferedImage out = new BufferedImage(ew, eh, alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        int[] rgb = ((DataBufferInt) out.getRaster().getDataBuffer()).getData();
        double feather = Math.max(2, Math.min(ew, eh) * FEATHER);
        for (int y = 0; y < eh; y++) {
            int oy = y - reach.top();
            int cy = Math.max(0, Math.min(h - 1, oy));
            int dy = oy < 0 ? -oy : oy >= h ? oy - h + 1 : 0;
            for (int x = 0; x < ew; x++) {
                int ox = x - reach.left();
                int cx = Math.max(0, Math.min(w - 1, ox));
                int dx = ox < 0 ? -ox : ox >= w ? ox - w + 1 : 0;
                int edge = source[cy * w + cx];
                if (dx == 0 && dy == 0) {
                    rgb[y * ew + x] = edge;
                    continue;
                }
                int drawn = model[y * ew + x] | 0xff000000;
                double distance = Math.sqrt((double) dx * dx + (double) dy * dy);
                if (distance >= feather) {
                    rgb[y * ew + x] = drawn;
                    continue;
                }
                // Eased, so the original's edge colour gives way to the model's gradually, not in a line.
                double t = 1 - distance / feather;
                rgb[y * ew + x] = mix(drawn, edge, t * t * (3 - 2 * t));
            }
        }
        return new ExpandedHero(out, reach);
    }

    /** A box of the original's pixels where it lies in the expanded hero. */
    public Box shifted(Box box) {
        return new Box(box.x() + reach.left(), box.y() + reach.top(), box.width(), box.height());
    }

    private static int mix(int under, int over, double weight) {
        int a = channel(under >>> 24, over >>> 24, weight);
        int r = channel((under >> 16) & 0xff, (over >> 16) & 0xff, weight);
        int g = channel((under >> 8) & 0xff, (over >> 8) & 0xff, weight);
        int b = channel(under & 0xff, over & 0xff, weight);
        return a << 24 | r << 16 | g << 8 | b;
    }

    private static int channel(int under, int over, double weight) {
        return (int) Math.round(under + (over - under) * weight);
    }
}
