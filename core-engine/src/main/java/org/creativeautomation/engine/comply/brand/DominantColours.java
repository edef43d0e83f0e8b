package org.creativeautomation.engine.comply.brand;

import org.creativeautomation.engine.brand.RgbColor;
import org.creativeautomation.engine.compose.Box;

import java.util.ArrayList;
import java.util.List;

/**
 * The main colours of an area: pixels are counted in 16-level RGB cells; the cell whose
 * neighbourhood (itself and the 26 around it) holds the most pixels gives a colour (the mean of
 * those pixels), those pixels are set aside, and so on while a colour still covers enough of the area.
 * A neighbourhood rather than a cell keeps one flat colour with a little noise from splitting in two.
 */
final class DominantColours {
    private static final int LEVELS = 16;

    private DominantColours() {
    }

    static List<RgbColor> of(CanvasPixels pixels, Box area, List<Box> excluded, int step, double minShare, int max) {
        int cells = LEVELS * LEVELS * LEVELS;
        int[] count = new int[cells];
        long[] sumR = new long[cells];
        long[] sumG = new long[cells];
        long[] sumB = new long[cells];
        int total = 0;
        for (int y = area.y(); y < area.bottom(); y += step) {
            for (int x = area.x(); x < area.right(); x += step) {
                if (inAny(excluded, x, y)) {
                    continue;
                }
                int p = pixels.rgb(x, y);
                int r = (p >> 16) & 0xff;
                int g = (p >> 8) & 0xff;
                int b = p & 0xff;
                int cell = ((r >> 4) * LEVELS + (g >> 4)) * LEVELS + (b >> 4);
                count[cell]++;
                sumR[cell] += r;
                sumG[cell] += g;
                sumB[cell] += b;
                total++;
            }
        }
        List<RgbColor> colours = new ArrayList<>();
        if (total == 0) {
            return colours;
        }
        boolean[] used = new boolean[cells];
        while (colours.size() < max) {
            int bestCell = -1;
            int bestMass = 0;
            for (int c = 0; c < cells; c++) {
                if (count[c] == 0 || used[c]) {
                    continue;
                }
                int mass = neighbourhood(count, used, c, null);
                if (mass > bestMass) {
                    bestMass = mass;
                    bestCell = c;
                }
            }
            if (bestCell < 0 || bestMass < minShare * total) {
                break;
            }
            List<Integer> members = new ArrayList<>();
            neighbourhood(count, used, bestCell, members);
            long r = 0;
            long g = 0;
            long b = 0;
            long n = 0;
            for (int c : members) {
                r += sumR[c];
                g += sumG[c];
                b += sumB[c];
                n += count[c];
                used[c] = true;
            }
            colours.add(new RgbColor((int) (r / n), (int) (g / n), (int) (b / n)));
        }
        return colours;
    }

    /** Pixels in the cell and its unused neighbours; their cells go to {@code members} when given. */
    private static int neighbourhood(int[] count, boolean[] used, int cell, List<Integer> members) {
        int r = cell / (LEVELS * LEVELS);
        int g = (cell / LEVELS) % LEVELS;
        int b = cell % LEVELS;
        int mass = 0;
        for (int dr = -1; dr <= 1; dr++) {
            for (int dg = -1; dg <= 1; dg++) {
                for (int db = -1; db <= 1; db++) {
                    int nr = r + dr;
                    int ng = g + dg;
                    int nb = b + db;
                    if (nr < 0 || ng < 0 || nb < 0 || nr >= LEVELS || ng >= LEVELS || nb >= LEVELS) {
                        continue;
                    }
                    int c = (nr * LEVELS + ng) * LEVELS + nb;
                    if (count[c] > 0 && !used[c]) {
                        mass += count[c];
                        if (members != null) {
                            members.add(c);
                        }
                    }
                }
            }
        }
        return mass;
    }

    private static boolean inAny(List<Box> boxes, int x, int y) {
        for (Box b : boxes) {
            if (x >= b.x() && x < b.right() && y >= b.y() && y < b.bottom()) {
                return true;
            }
        }
        return false;
    }
}
