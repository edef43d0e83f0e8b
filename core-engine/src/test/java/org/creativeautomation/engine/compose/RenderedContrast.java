package org.creativeautomation.engine.compose;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.Arrays;

/**
 * Contrast of a rendered line of text against the pixels actually behind it in a finished
 * creative: the line is drawn again alone to find its glyphs, those pixels and their neighbours
 * (anti-aliased edges mix text and background) are left out, and the rest of the line's box is
 * judged at its 5th percentile.
 */
final class RenderedContrast {
    private RenderedContrast() {
    }

    /** The 5th-percentile WCAG contrast of line {@code i} of {@code block} over the rendered pixels. */
    static double ofLine(BufferedImage creative, TextBlock block, int i, TypeFaces faces) {
        int first = block.baselines().get(0);
        int last = block.baselines().get(block.baselines().size() - 1);
        int ascent = Math.max(1, first - block.box().y());
        int descent = Math.max(0, block.box().bottom() - last);
        int baseline = block.baselines().get(i);
        int x0 = Math.max(0, block.box().x());
        int y0 = Math.max(0, baseline - ascent);
        int x1 = Math.min(creative.getWidth(), block.box().right());
        int y1 = Math.min(creative.getHeight(), baseline + descent);
        int w = x1 - x0;
        int h = y1 - y0;
        BufferedImage mask = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = mask.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setColor(Color.WHITE);
        // The line exactly as the renderer draws it (same runs, fallback fonts and direction), shifted to the mask.
        StyledLine.of(block, i, faces).draw(g, -x0, -y0);
        g.dispose();
        double text = block.color().luminance();
        double[] contrasts = new double[w * h];
        int n = 0;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                if (nearInk(mask, x, y, 2)) {
                    continue;
                }
                contrasts[n++] = ContrastRule.ratioOfLuminances(text,
                        ContrastRule.luminance(creative.getRGB(x0 + x, y0 + y) & 0xffffff));
            }
        }
        if (n == 0) {
            return Double.POSITIVE_INFINITY;
        }
        double[] measured = Arrays.copyOf(contrasts, n);
        Arrays.sort(measured);
        return measured[(int) Math.floor(n * 0.05)];
    }

    private static boolean nearInk(BufferedImage mask, int x, int y, int r) {
        for (int dy = -r; dy <= r; dy++) {
            for (int dx = -r; dx <= r; dx++) {
                int nx = x + dx;
                int ny = y + dy;
                if (nx >= 0 && ny >= 0 && nx < mask.getWidth() && ny < mask.getHeight()
                        && (mask.getRaster().getSample(nx, ny, 0) != 0)) {
                    return true;
                }
            }
        }
        return false;
    }
}
