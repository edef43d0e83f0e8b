package org.creativeautomation.engine.compose;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

/**
 * Estimates where the product is in a photo that came without that information (an input asset):
 * of the connected salient regions of its {@link SaliencyMap}, at several levels of saliency, the
 * one that looks most like an object, together with its parts (a light label splits a bottle; a
 * cap is a part too) and the faint cells right around them (a white sole on a pale sweep). Cast
 * shadows are damped in the map, so a long shadow does not stretch the box. When what stands out
 * fills the frame, the product is reported unknown (the whole image) rather than guessed. Works
 * on a small copy of the image, so it costs a few milliseconds whatever the photo's size.
 */
public final class SubjectEstimator {
    /** Saliency levels tried, in standard deviations above the mean. */
    private static final double[] LEVELS = {0.5, 1.0, 1.5, 2.0};
    private static final double MIN_LEVEL = 0.12;
    private static final double CENTRE_BIAS = 0.4;
    /** A region this much weaker than the product is scenery, not part of it. */
    private static final double PART_SHARE = 0.15;
    /** Regions this close (as a share of the map's long side) to the product are its parts. */
    private static final double PART_GAP = 0.03;
    /** Regions in line with the product (sharing its columns or rows) are its parts this far off. */
    private static final double PART_GAP_IN_LINE = 0.25;
    /** Share of the weight trimmed on each side, so that stray salient cells do not stretch the box. */
    private static final double TRIM = 0.01;
    /** The faint level a product's box grows into, in standard deviations above the mean. */
    private static final double LOW_LEVEL = 0.25;
    private static final double MIN_LOW_LEVEL = 0.05;
    /** A "product" covering more of the frame than this is the scene itself: the product is not known. */
    private static final double UNSURE_AREA = 0.7;
    /** How far the box may grow, as a share of its size on each side. */
    private static final double GROWTH = 0.15;

    /** The subject's box in the image's own pixels; the whole image when nothing stands out. */
    public Box estimate(BufferedImage image) {
        // The layout of the same photo's creatives reuses this reduction and map.
        return estimate(ReducedHero.of(image).saliency(), image.getWidth(), image.getHeight());
    }

    /** The subject's box from an image's saliency map. */
    public Box estimate(SaliencyMap map, int imageWidth, int imageHeight) {
        int w = map.width();
        int h = map.height();
        double sum = 0;
        double sumSq = 0;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                double v = map.at(x, y);
                sum += v;
                sumSq += v * v;
            }
        }
        int n = w * h;
        double mean = sum / n;
        double std = Math.sqrt(Math.max(0, sumSq / n - mean * mean));
        if (sum <= 0 || std < 1e-3) {
            return new Box(0, 0, imageWidth, imageHeight);
        }
        // A product separates from a busy backdrop only at some level of saliency: try several and
        // keep the region that looks most like an object.
        Candidate best = null;
        for (double k : LEVELS) {
            Level level = level(map, Math.max(MIN_LEVEL, mean + k * std));
            for (Region r : level.regions()) {
                double score = objectness(r, w, h);
                if (best == null || score > best.score) {
                    best = new Candidate(r, level, score);
                }
            }
        }
        if (best == null) {
            return new Box(0, 0, imageWidth, imageHeight);
        }
        List<Region> subject = partsOf(best, w, h);
        Box cells = grownBounds(map, subject, best.level().labels(), Math.max(MIN_LOW_LEVEL, mean + LOW_LEVEL * std));
        int sides = (cells.x() == 0 ? 1 : 0) + (cells.y() == 0 ? 1 : 0) + (cells.right() >= w ? 1 : 0)
                + (cells.bottom() >= h ? 1 : 0);
        if (sides >= 3 || (double) cells.width() * cells.height() > UNSURE_AREA * w * h) {
            // What stands out fills the frame: that is a scene, not a product in it.
            return new Box(0, 0, imageWidth, imageHeight);
        }
        double size = map.cellSize();
        int x0 = (int) Math.floor(cells.x() * size);
        int y0 = (int) Math.floor(cells.y() * size);
        int x1 = Math.min(imageWidth, (int) Math.ceil(cells.right() * size));
        int y1 = Math.min(imageHeight, (int) Math.ceil(cells.bottom() * size));
        return new Box(Math.max(0, x0), Math.max(0, y0), Math.max(1, x1 - x0), Math.max(1, y1 - y0));
    }

    /**
     * How much a region looks like the product: its salient mass, discounted when it sprawls (a
     * product is compact, foliage and skies are not), when it runs into the frame on several sides
     * (that is backdrop) and, mildly, the farther it lies from the centre, where photographers
     * put products.
     */
    private static double objectness(Region r, int w, int h) {
        Box b = r.bounds();
        double fill = (double) r.cells / ((double) b.width() * b.height());
        int sides = (b.x() == 0 ? 1 : 0) + (b.y() == 0 ? 1 : 0) + (b.right() == w ? 1 : 0) + (b.bottom() == h ? 1 : 0);
        double cx = (r.sumX / r.mass + 0.5) / w - 0.5;
        double cy = (r.sumY / r.mass + 0.5) / h - 0.5;
        double centre = 1 - CENTRE_BIAS * Math.min(1, Math.hypot(cx, cy) / 0.7071);
        double frame = sides >= 2 ? 0.4 : sides == 1 ? 0.85 : 1;
        return r.mass * Math.sqrt(fill) * centre * frame;
    }

    /**
     * The region and its parts: salient regions at the same level that lie next to it, or in line
     * with it a little farther off (a light label splits a bottle into a top and a bottom).
     */
    private static List<Region> partsOf(Candidate best, int w, int h) {
        List<Region> subject = new ArrayList<>(List.of(best.region));
        int near = (int) Math.ceil(Math.max(w, h) * PART_GAP);
        int inLine = (int) Math.ceil(Math.max(w, h) * PART_GAP_IN_LINE);
        boolean grew = true;
        while (grew) {
            grew = false;
            Box bounds = bounds(subject);
            for (Region r : best.level().regions()) {
                if (subject.contains(r) || r.mass < PART_SHARE * best.region.mass) {
                    continue;
                }
                Box other = r.bounds();
                boolean adjacent = bounds.inflate(near).intersects(other);
                boolean aligned = overlap(bounds.x(), bounds.right(), other.x(), other.right()) >= 0.5 * other.width()
                        || overlap(bounds.y(), bounds.bottom(), other.y(), other.bottom()) >= 0.5 * other.height();
                if (adjacent || aligned && bounds.inflate(inLine).intersects(other)) {
                    subject.add(r);
                    grew = true;
                }
            }
        }
        return subject;
    }

    private static int overlap(int a0, int a1, int b0, int b1) {
        return Math.max(0, Math.min(a1, b1) - Math.max(a0, b0));
    }

    /** A region at one level of saliency, and how much it looks like a product. */
    private record Candidate(Region region, Level level, double score) {
    }

    /** The connected regions of cells above one threshold, and which region each cell belongs to (0: none). */
    private record Level(List<Region> regions, int[] labels) {
    }

    /** Connected (8-neighbour) regions of cells above the threshold, with their mass above it. */
    private static Level level(SaliencyMap map, double threshold) {
        int w = map.width();
        int h = map.height();
        int[] label = new int[w * h];
        List<Region> regions = new ArrayList<>();
        int[] stack = new int[w * h];
        for (int start = 0; start < w * h; start++) {
            if (label[start] != 0 || map.at(start % w, start / w) <= threshold) {
                continue;
            }
            Region region = new Region(regions.size() + 1);
            int top = 0;
            stack[top++] = start;
            label[start] = region.id;
            while (top > 0) {
                int i = stack[--top];
                int x = i % w;
                int y = i / w;
                region.add(x, y, map.at(x, y) - threshold);
                for (int dy = -1; dy <= 1; dy++) {
                    for (int dx = -1; dx <= 1; dx++) {
                        int nx = x + dx;
                        int ny = y + dy;
                        if (nx < 0 || ny < 0 || nx >= w || ny >= h) {
                            continue;
                        }
                        int j = ny * w + nx;
                        if (label[j] == 0 && map.at(nx, ny) > threshold) {
                            label[j] = region.id;
                            stack[top++] = j;
                        }
                    }
                }
            }
            regions.add(region);
        }
        return new Level(regions, label);
    }

    private static Box bounds(List<Region> regions) {
        int x0 = Integer.MAX_VALUE;
        int y0 = Integer.MAX_VALUE;
        int x1 = Integer.MIN_VALUE;
        int y1 = Integer.MIN_VALUE;
        for (Region r : regions) {
            x0 = Math.min(x0, r.minX);
            y0 = Math.min(y0, r.minY);
            x1 = Math.max(x1, r.maxX + 1);
            y1 = Math.max(y1, r.maxY + 1);
        }
        return new Box(x0, y0, x1 - x0, y1 - y0);
    }

    /**
     * The box of the product's regions grown into the fainter cells around them: parts of a product
     * that barely stand out from the backdrop (a white sole on a pale sweep, a clear cap) still
     * belong to it. Growth stays near the regions, so it cannot run off into the scenery, and the
     * faintest {@value #TRIM} of the weight on each side is left out.
     */
    private static Box grownBounds(SaliencyMap map, List<Region> regions, int[] labels, double low) {
        int w = map.width();
        int h = map.height();
        Box core = bounds(regions);
        int reachX = (int) Math.ceil(core.width() * GROWTH);
        int reachY = (int) Math.ceil(core.height() * GROWTH);
        int gx0 = Math.max(0, core.x() - reachX);
        int gy0 = Math.max(0, core.y() - reachY);
        int gx1 = Math.min(w, core.right() + reachX);
        int gy1 = Math.min(h, core.bottom() + reachY);
        boolean[] in = new boolean[w * h];
        int[] stack = new int[w * h];
        int top = 0;
        java.util.Set<Integer> ids = new java.util.HashSet<>();
        for (Region r : regions) {
            ids.add(r.id);
        }
        for (int i = 0; i < w * h; i++) {
            if (labels[i] != 0 && ids.contains(labels[i])) {
                in[i] = true;
                stack[top++] = i;
            }
        }
        while (top > 0) {
            int i = stack[--top];
            int x = i % w;
            int y = i / w;
            for (int dy = -1; dy <= 1; dy++) {
                for (int dx = -1; dx <= 1; dx++) {
                    int nx = x + dx;
                    int ny = y + dy;
                    if (nx < gx0 || ny < gy0 || nx >= gx1 || ny >= gy1) {
                        continue;
                    }
                    int j = ny * w + nx;
                    if (!in[j] && map.at(nx, ny) > low) {
                        in[j] = true;
                        stack[top++] = j;
                    }
                }
            }
        }
        double[] cols = new double[w];
        double[] rows = new double[h];
        double total = 0;
        for (int i = 0; i < w * h; i++) {
            if (in[i]) {
                double v = Math.max(0, map.at(i % w, i / w) - low) + 1e-6;
                cols[i % w] += v;
                rows[i / w] += v;
                total += v;
            }
        }
        int x0 = quantile(cols, total, TRIM);
        int x1 = quantile(cols, total, 1 - TRIM);
        int y0 = quantile(rows, total, TRIM);
        int y1 = quantile(rows, total, 1 - TRIM);
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

    /** One connected region of salient cells. */
    private static final class Region {
        final int id;
        double mass;
        double sumX;
        double sumY;
        int cells;
        int minX = Integer.MAX_VALUE;
        int minY = Integer.MAX_VALUE;
        int maxX = Integer.MIN_VALUE;
        int maxY = Integer.MIN_VALUE;

        Region(int id) {
            this.id = id;
        }

        void add(int x, int y, double weight) {
            mass += weight;
            sumX += x * weight;
            sumY += y * weight;
            cells++;
            minX = Math.min(minX, x);
            minY = Math.min(minY, y);
            maxX = Math.max(maxX, x);
            maxY = Math.max(maxY, y);
        }

        Box bounds() {
            return new Box(minX, minY, maxX - minX + 1, maxY - minY + 1);
        }
    }
}
