package org.creativeautomation.engine.comply.brand;

import org.creativeautomation.engine.compose.Box;
import org.creativeautomation.engine.compose.LogoImages;
import org.creativeautomation.engine.compose.LogoPlacement;
import org.creativeautomation.engine.comply.CreativeUnderCheck;

import java.awt.image.BufferedImage;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Finds the kit's logo in a creative's final pixels, whoever made the creative.
 *
 * <p>Both variants are matched (see {@link LogoTemplate} for the score and contrast) on a reduced
 * copy of the image. When a layout says where the logo should be, that spot is tried first at the
 * layout's size (a tenth of a millisecond when the logo is there). Otherwise, or when it is not
 * there, the four corner regions are searched at every plausible size (a sparse coarse pass, then
 * a close search around the best candidates), and last the whole image: 0.1 to 0.5 s on a
 * 1080x1920 creative, which only images made elsewhere, or with a lost logo, pay.
 *
 * <p>One finder is shared by the checks of a run: it keeps each kit's prepared templates (and its
 * blank-logo verdicts), so only the first creative of a kit pays for them, and the last wide search.
 * Thread-safe.
 */
public final class LogoFinder {
    /*
     * Calibration (LogoCalibration in the tests): both shipped kits, each on its own example photo
     * and on the other kit's, two locales each, all five ratios: 40 creatives from LayoutSolver and
     * CreativeRenderer, matched where their layout put the logo.
     *
     *                       score          contrast (median)   opacity
     *   logo as drawn       0.905 - 0.998  0.192 - 0.860       0.87 - 1.07
     *   drawn at 15%        0.486 - 0.998  0.050 - 0.129       0.12 - 0.34
     *   painted over        0.000 - 0.425  0.000 - 0.019
     *   best look-alike anywhere in the painted-over creatives: score <= 0.81 (contrast <= 0.09);
     *                       score <= 0.65 where contrast >= 0.14
     *
     * The lowest drawn logo (0.905, contrast 0.192) is the white Acme logo on a blurred sky at 16:9.
     * Two creatives are left out of the "as drawn" row and fail, rightly: the solver put Stride's
     * dark logo on its near-black scrim (16:9 and 2:1 on the trail photo), contrast 0.087 and 0.094.
     * Without the layout's hint the search finds 36 of the 38 visible logos (score 0.89 - 0.99);
     * it misses the small white Acme logo on the blurred sky at 2:1.
     */

    /** Least match score of a logo: 0.1 below the lowest drawn logo, 0.15 above look-alikes that stand out. */
    static final double MIN_SCORE = 0.80;
    /**
     * Least luma difference (0..1) between most of the logo and what is behind it: between the
     * lowest drawn logo (0.192) and a dark logo on a dark scrim (0.094) or a 15% one (0.129).
     */
    static final double MIN_CONTRAST = 0.14;
    /**
     * Least apparent opacity of a logo whose tones allow measuring it (see {@link LogoTemplate#opacity}):
     * drawn logos measure 0.87 to 1.07, logos drawn at 15% 0.12 to 0.34.
     */
    static final double MIN_OPACITY = 0.5;
    /** Template width (reduced pixels) when the layout gives the logo's size: fine enough for a sure match. */
    private static final int HINT_TEMPLATE_WIDTH = 56;
    /** Logo widths looked for without a layout, as shares of the canvas width. */
    private static final double MIN_WIDTH_SHARE = 0.10;
    private static final double MAX_WIDTH_SHARE = 0.45;
    /** Narrowest logo box worth matching, in canvas pixels. */
    private static final int MIN_TEMPLATE_WIDTH = 24;
    /** Width of the reduced image the coarse pass of a blind search runs on. */
    private static final int COARSE_WIDTH = 270;
    /** Sizes tried by the coarse pass; the close search covers the 6% either side of each. */
    private static final double SCALE_STEP = 1.12;
    private static final int COARSE_POINTS = 120;
    /** Coarse candidates searched closely; the logo, when there, is nearly always the first. */
    private static final int CANDIDATES = 6;
    private static final int KITS_KEPT = 8;
    private static final String[] VARIANTS = {"light", "dark"};

    private final Map<LogoImages, KitLogos> kits = Collections.synchronizedMap(
            new LinkedHashMap<>(16, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<LogoImages, KitLogos> eldest) {
                    return size() > KITS_KEPT;
                }
            });

    /**
     * The last search that had to look beyond the layout's box, so the presence and the rules
     * checks of one creative pay for it once. Searches settled at the layout's box are cheaper
     * than this lookup's bookkeeping and are never kept.
     */
    private final AtomicReference<WideSearch> lastWide = new AtomicReference<>();

    private record WideSearch(WeakReference<BufferedImage> pixels, LogoImages logos, LogoPlacement hint,
                              LogoSearch result) {
        boolean isFor(BufferedImage image, LogoImages kit, LogoPlacement where) {
            return pixels.get() == image && logos == kit && Objects.equals(hint, where);
        }
    }

    /** Searches the creative's pixels, starting where its layout (if any) put the logo. */
    public LogoSearch find(CreativeUnderCheck creative) {
        LogoPlacement hint = creative.layout() == null ? null : creative.layout().logo();
        return find(creative.pixels(), creative.logos(), hint);
    }

    /**
     * @param hint where the logo should be, or null to search without a clue
     */
    public LogoSearch find(BufferedImage pixels, LogoImages logos, LogoPlacement hint) {
        WideSearch last = lastWide.get();
        if (last != null && last.isFor(pixels, logos, hint)) {
            return last.result;
        }
        return search(pixels, logos, kit(logos), hint);
    }

    /**
     * What makes a logo variant unusable: fully transparent, or one flat colour without a shape
     * (flattened on black and on white it shows nothing). Worked out once per kit.
     */
    public Optional<String> blankProblem(LogoImages logos, String variant) {
        return kit(logos).blank.get(variant);
    }

    private KitLogos kit(LogoImages logos) {
        return kits.computeIfAbsent(logos, KitLogos::new);
    }

    private LogoSearch search(BufferedImage pixels, LogoImages logos, KitLogos kit, LogoPlacement hint) {
        List<String> variants = kit.usableVariants(hint == null ? null : hint.variant());
        if (variants.isEmpty()) {
            return new LogoSearch(null, false);
        }
        Candidate best = null;
        if (hint != null && hint.box().width() >= MIN_TEMPLATE_WIDTH) {
            for (String variant : variants) {
                Candidate c = searchNear(pixels, kit, variant, hint.box(), false);
                if (c != null && c.accepted()) {
                    return c.toSearch(true);
                }
                if (c != null && c.score() >= MIN_SCORE && variant.equals(hint.variant())) {
                    // The logo's shape is where the layout drew it, only faint there: the verdict
                    // cannot change by looking elsewhere, and the whole-image search costs 0.5 s.
                    LogoSearch faint = c.toSearch(false);
                    lastWide.set(new WideSearch(new WeakReference<>(pixels), logos, hint, faint));
                    return faint;
                }
                best = likelier(best, c);
            }
        }
        int w = pixels.getWidth();
        int factor = Math.max(1, (int) Math.round((double) w / COARSE_WIDTH));
        LumaImage luma = LumaImage.of(pixels, new Box(0, 0, w, pixels.getHeight()), factor);
        int cw = (int) Math.ceil(luma.width * 0.5);
        int ch = (int) Math.ceil(luma.height * 0.35);
        List<Region> corners = List.of(
                new Region(0, 0, cw, ch),
                new Region(luma.width - cw, 0, cw, ch),
                new Region(0, luma.height - ch, cw, ch),
                new Region(luma.width - cw, luma.height - ch, cw, ch));
        LogoSearch result = searchWide(pixels, luma, kit, variants, corners, best);
        lastWide.set(new WideSearch(new WeakReference<>(pixels), logos, hint, result));
        return result;
    }

    /** The corners, then the whole image. */
    private LogoSearch searchWide(BufferedImage pixels, LumaImage luma, KitLogos kit, List<String> variants,
                                  List<Region> corners, Candidate atHint) {
        Candidate inCorners = searchBlind(pixels, luma, kit, variants, corners);
        if (inCorners != null && inCorners.accepted()) {
            return inCorners.toSearch(true);
        }
        Candidate best = likelier(atHint, inCorners);
        Candidate anywhere = searchBlind(pixels, luma, kit, variants,
                List.of(new Region(0, 0, luma.width, luma.height)));
        if (anywhere != null && anywhere.accepted()) {
            return anywhere.toSearch(true);
        }
        best = likelier(best, anywhere);
        return best == null ? new LogoSearch(null, false) : best.toSearch(false);
    }

    /**
     * The logo at about the size of {@code box}, anywhere near it, on a reduction fine enough for a
     * sure score. A layout's box lies on the reduction's grid; a box from a coarse search does not,
     * so then the grid is also tried half a reduced pixel off in each direction.
     */
    private Candidate searchNear(BufferedImage pixels, KitLogos kit, String variant, Box box, boolean offGrid) {
        int factor = Math.max(1, box.width() / HINT_TEMPLATE_WIDTH);
        int pad = factor * Math.max(2, (int) Math.ceil(box.width() * 0.1 / factor));
        int tw = Math.max(8, Math.round((float) box.width() / factor));
        int[] phases = offGrid && factor > 1 ? new int[] {0, factor / 2} : new int[] {0};
        Candidate best = null;
        LogoTemplate exact = kit.template(variant, tw, 0);
        for (int phase : phases) {
            // Whole reduced pixels of margin, fewer where the canvas ends, so the box stays on the grid.
            int left = Math.min(pad / factor, Math.max(0, box.x() + phase) / factor) * factor;
            int up = Math.min(pad / factor, Math.max(0, box.y() + phase) / factor) * factor;
            Box region = new Box(box.x() + phase - left, box.y() + phase - up, box.width() + left + pad,
                    box.height() + up + pad);
            LumaImage luma = LumaImage.of(pixels, region, factor);
            if (!offGrid) {
                // The logo is nearly always exactly where the layout put it: one evaluation settles it.
                Candidate there = scanAll(luma, exact, new Region(left / factor, up / factor, exact.width, exact.height),
                        1, 0);
                if (there != null && (there.accepted() || there.score() >= MIN_SCORE)) {
                    // Found as drawn; when it is faint there, moving or resizing the template cannot make it stand out.
                    return there;
                }
            }
            Candidate here = scanAll(luma, exact, new Region(0, 0, luma.width, luma.height), 1, 0);
            if (here == null) {
                continue;
            }
            for (double scale : new double[] {0.94, 0.97, 1.03, 1.06}) {
                LogoTemplate t = kit.template(variant, (int) Math.round(tw * scale), 0);
                Region near = new Region(here.x - 2, here.y - 2, t.width + 4, t.height + 4);
                here = better(here, scanAll(luma, t, near, 1, 0));
            }
            best = better(best, here);
            if (best.accepted()) {
                break;
            }
        }
        return best;
    }

    /** Coarse pass over the regions at every plausible size, then the best candidates searched closely. */
    private Candidate searchBlind(BufferedImage pixels, LumaImage luma, KitLogos kit, List<String> variants,
                                  List<Region> regions) {
        List<Candidate> coarse = new ArrayList<>();
        int minTw = (int) Math.round(luma.width * MIN_WIDTH_SHARE);
        int maxTw = (int) Math.round(luma.width * MAX_WIDTH_SHARE);
        for (String variant : variants) {
            for (double tw = minTw; tw <= maxTw; tw *= SCALE_STEP) {
                LogoTemplate sparse = kit.template(variant, (int) Math.round(tw), COARSE_POINTS);
                int step = Math.max(1, Math.round(sparse.width / 24f));
                for (Region region : regions) {
                    // Smooth photo detail can take a logo's shape but not its contrast: such spots are no candidates.
                    Candidate c = scanAll(luma, sparse, region, step, MIN_CONTRAST / 2);
                    if (c != null) {
                        coarse.add(c);
                    }
                }
            }
        }
        coarse.sort((a, b) -> Double.compare(b.rank(), a.rank()));
        Candidate best = null;
        List<Box> tried = new ArrayList<>();
        for (Candidate c : coarse) {
            if (tried.size() == CANDIDATES) {
                break;
            }
            Box box = c.canvasBox();
            // Neighbouring sizes of one spot are one candidate: the close search covers them.
            if (tried.stream().anyMatch(t -> t.intersects(box) && Math.abs(t.width() - box.width()) < box.width() / 5)) {
                continue;
            }
            tried.add(box);
            Candidate refined = searchNear(pixels, kit, c.template.variant, box, true);
            if (refined == null) {
                continue;
            }
            if (refined.accepted()) {
                return refined;
            }
            best = likelier(best, refined);
        }
        return best;
    }

    /**
     * The best-scoring position of a template whose top-left lies in {@code region} (clamped to the
     * image), among those standing out from their background by at least {@code minContrast}.
     */
    private static Candidate scanAll(LumaImage luma, LogoTemplate template, Region region, int step,
                                     double minContrast) {
        int x0 = Math.max(0, region.x);
        int y0 = Math.max(0, region.y);
        int x1 = Math.min(luma.width - template.width, region.x + region.w - template.width);
        int y1 = Math.min(luma.height - template.height, region.y + region.h - template.height);
        if (x1 < x0 || y1 < y0) {
            return null;
        }
        int[] offsets = template.offsets(luma.width);
        double[] fit = new double[3];
        double bestScore = -1;
        double bestContrast = 0;
        double bestB1 = 0;
        double bestB2 = 0;
        int bx = x0;
        int by = y0;
        for (int y = y0; y <= y1; y += step) {
            int row = y * luma.width;
            for (int x = x0; x <= x1; x += step) {
                double s = template.score(luma.luma, row + x, offsets, fit);
                if (s > bestScore && fit[0] >= minContrast) {
                    bestScore = s;
                    bestContrast = fit[0];
                    bestB1 = fit[1];
                    bestB2 = fit[2];
                    bx = x;
                    by = y;
                }
            }
        }
        return bestScore < 0 ? null : new Candidate(luma, template, bx, by, bestScore, bestContrast,
                template.medianContrast(bestB1, bestB2), template.opacity(bestB2));
    }

    /** The layout's logo variant matched where the layout put it: what calibration reads. */
    LogoMatch measureAt(BufferedImage pixels, LogoImages logos, LogoPlacement placement) {
        Candidate c = searchNear(pixels, kit(logos), placement.variant(), placement.box(), false);
        return c == null ? null : c.toSearch(c.accepted()).best();
    }

    /**
     * Of two candidates, the one to report: one with the logo's shape (a faint or hidden logo is
     * still the logo), else the higher score once faint ones are held down.
     */
    private static Candidate likelier(Candidate a, Candidate b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        boolean shapeA = a.score >= MIN_SCORE;
        boolean shapeB = b.score >= MIN_SCORE;
        if (shapeA != shapeB) {
            return shapeB ? b : a;
        }
        return b.rank() > a.rank() ? b : a;
    }

    private static Candidate better(Candidate a, Candidate b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        return b.score > a.score ? b : a;
    }

    private record Region(int x, int y, int w, int h) {
    }

    /**
     * @param contrast RMS luma difference of the logo from its background, for ranking
     * @param visible  median luma difference, which decides whether the logo is visible
     */
    private record Candidate(LumaImage luma, LogoTemplate template, int x, int y, double score, double contrast,
                             double visible, double opacity) {
        /**
         * Order of coarse candidates: the score, held down for faint ones. Photo texture (bokeh,
         * foliage) takes a logo-like shape far more often than it stands out like a logo.
         */
        double rank() {
            return score * Math.min(1, contrast / (2 * MIN_CONTRAST));
        }

        boolean accepted() {
            return score >= MIN_SCORE && visible >= MIN_CONTRAST && !(opacity < MIN_OPACITY);
        }

        Box canvasBox() {
            return luma.toCanvas(x, y, template.width, template.height);
        }

        LogoSearch toSearch(boolean found) {
            return new LogoSearch(new LogoMatch(template.variant, canvasBox(), score, visible, opacity), found);
        }
    }

    /** A kit's logo variants with their blank-logo verdicts and prepared templates. */
    private static final class KitLogos {
        private final LogoImages logos;
        private final Map<String, Optional<String>> blank = new LinkedHashMap<>();
        private final Map<TemplateKey, LogoTemplate> templates = new ConcurrentHashMap<>();

        KitLogos(LogoImages logos) {
            this.logos = logos;
            for (String variant : VARIANTS) {
                blank.put(variant, LogoBlankness.problemWith(logos.variant(variant)));
            }
        }

        /** The variants worth searching, the layout's first. */
        List<String> usableVariants(String first) {
            List<String> order = new ArrayList<>();
            if (first != null && blank.containsKey(first)) {
                order.add(first);
            }
            for (String v : VARIANTS) {
                if (!order.contains(v)) {
                    order.add(v);
                }
            }
            order.removeIf(v -> blank.get(v).isPresent());
            return order;
        }

        LogoTemplate template(String variant, int width, int maxPoints) {
            BufferedImage logo = logos.variant(variant);
            int w = Math.max(8, width);
            int h = Math.max(4, (int) Math.round((double) w * logo.getHeight() / logo.getWidth()));
            return templates.computeIfAbsent(new TemplateKey(variant, w, h, maxPoints),
                    k -> LogoTemplate.of(variant, logo, k.width, k.height, k.maxPoints));
        }
    }

    private record TemplateKey(String variant, int width, int height, int maxPoints) {
    }
}
