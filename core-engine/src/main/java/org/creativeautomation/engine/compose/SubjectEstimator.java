package org.creativeautomation.engine.compose;

import java.awt.image.BufferedImage;

/**
 * Estimates where the product is in a photo that came without that information (an input asset):
 * the region that differs most from the photo's border (its backdrop) and has the most edges.
 * Works on a small copy of the image, so it costs a few milliseconds whatever the photo's size.
 */
public final class SubjectEstimator {
    private static final int SAMPLE = 160;

    /** The subject's box in the image's own pixels. */
    public Box estimate(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        double scale = Math.min(1.0, (double) SAMPLE / Math.max(w, h));
        int sw = Math.max(8, (int) Math.round(w * scale));
        int sh = Math.max(8, (int) Math.round(h * scale));
        BufferedImage small = ImageScaler.scale(image, sw, sh, false);
        int[] rgb = small.getRGB(0, 0, sw, sh, null, 0, sw);

        double[] lum = new double[rgb.length];
        for (int i = 0; i < rgb.length; i++) {
            lum[i] = 0.299 * ((rgb[i] >> 16) & 255) + 0.587 * ((rgb[i] >> 8) & 255) + 0.114 * (rgb[i] & 255);
        }
        double[] border = borderColour(rgb, sw, sh);
        double[] saliency = new double[rgb.length];
        double maxEdge = 1e-9;
        double maxDist = 1e-9;
        double[] edge = new double[rgb.length];
        double[] dist = new double[rgb.length];
        for (int y = 1; y < sh - 1; y++) {
            for (int x = 1; x < sw - 1; x++) {
                int i = y * sw + x;
                double gx = lum[i + 1] - lum[i - 1];
                double gy = lum[i + sw] - lum[i - sw];
                edge[i] = Math.sqrt(gx * gx + gy * gy);
                int c = rgb[i];
                double dr = ((c >> 16) & 255) - border[0];
                double dg = ((c >> 8) & 255) - border[1];
                double db = (c & 255) - border[2];
                dist[i] = Math.sqrt(dr * dr + dg * dg + db * db);
                maxEdge = Math.max(maxEdge, edge[i]);
                maxDist = Math.max(maxDist, dist[i]);
            }
        }
        double sum = 0;
        double sumSq = 0;
        for (int i = 0; i < rgb.length; i++) {
            int x = i % sw;
            int y = i / sw;
            // A mild pull towards the centre: products are rarely framed at the very edge.
            double cx = (x + 0.5) / sw - 0.5;
            double cy = (y + 0.5) / sh - 0.5;
            double centre = 1.0 - 0.6 * Math.min(1.0, Math.sqrt(cx * cx + cy * cy) / 0.7071);
            saliency[i] = (0.4 * edge[i] / maxEdge + 0.6 * dist[i] / maxDist) * centre;
            sum += saliency[i];
            sumSq += saliency[i] * saliency[i];
        }
        double mean = sum / rgb.length;
        double std = Math.sqrt(Math.max(0, sumSq / rgb.length - mean * mean));
        double threshold = mean + std;

        Box box = weightedBounds(saliency, sw, sh, threshold);
        if (box == null) {
            return new Box(0, 0, w, h);
        }
        double back = 1.0 / scale;
        int x0 = (int) Math.floor(box.x() * back);
        int y0 = (int) Math.floor(box.y() * back);
        int x1 = Math.min(w, (int) Math.ceil(box.right() * back));
        int y1 = Math.min(h, (int) Math.ceil(box.bottom() * back));
        return new Box(x0, y0, Math.max(1, x1 - x0), Math.max(1, y1 - y0));
    }

    /** The average colour of the outermost ring of pixels: what the photo's backdrop looks like. */
    private static double[] borderColour(int[] rgb, int w, int h) {
        double r = 0;
        double g = 0;
        double b = 0;
        int n = 0;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                if (x > 1 && y > 1 && x < w - 2 && y < h - 2) {
                    continue;
                }
                int c = rgb[y * w + x];
                r += (c >> 16) & 255;
                g += (c >> 8) & 255;
                b += c & 255;
                n++;
            }
        }
        return new double[]{r / n, g / n, b / n};
    }

    /**
     * The box holding the salient pixels, ignoring the outer 3% of their weight on each side so
     * that scattered highlights do not stretch it.
     */
    private static Box weightedBounds(double[] saliency, int w, int h, double threshold) {
        double[] cols = new double[w];
        double[] rows = new double[h];
        double total = 0;
        for (int i = 0; i < saliency.length; i++) {
            if (saliency[i] > threshold) {
                double v = saliency[i] - threshold;
                cols[i % w] += v;
                rows[i / w] += v;
                total += v;
            }
        }
        if (total <= 0) {
            return null;
        }
        int x0 = quantile(cols, total, 0.03);
        int x1 = quantile(cols, total, 0.97);
        int y0 = quantile(rows, total, 0.03);
        int y1 = quantile(rows, total, 0.97);
        return new Box(x0, y0, Math.max(1, x1 - x0 + 1), Math.max(1, y1 - y0 + 1));
    }

    private static int quantile(double[] weights, double total, double q) {
        double target = total * q;
        double running = 0;
        for (int i = 0; i < weights.length; i++) {
            running += weights[i];
            if (running >= target) {
                return i;
            }
        }
        return weights.length - 1;
    }
}
