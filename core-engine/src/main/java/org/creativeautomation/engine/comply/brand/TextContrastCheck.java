package org.creativeautomation.engine.comply.brand;

import org.creativeautomation.engine.brand.RgbColor;
import org.creativeautomation.engine.compose.Box;
import org.creativeautomation.engine.compose.ContrastRule;
import org.creativeautomation.engine.compose.Layout;
import org.creativeautomation.engine.compose.TextBlock;
import org.creativeautomation.engine.compose.TypeFaces;
import org.creativeautomation.engine.comply.Check;
import org.creativeautomation.engine.comply.CheckId;
import org.creativeautomation.engine.comply.CreativeUnderCheck;
import org.creativeautomation.engine.comply.Finding;
import org.creativeautomation.engine.comply.Severity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Every line of text is readable against what is actually behind it: WCAG 2 contrast of the text
 * colour against the rendered pixels of the line's box, at least 4.5:1, or 3:1 for large text.
 *
 * <p>What counts as behind the text: the pixels of the line box that no glyph touches. The line is
 * drawn again, alone, in the kit's face at the layout's size to know where its glyphs fall, and
 * the pixels next to them are left out too, since anti-aliased edges blend text and background.
 * (When the kit's fonts cannot be read, the pixels clearly unlike the text colour stand in: those at
 * least 3/4 as far from it as the far pixels of the box.) The line's contrast is the 10th
 * percentile of those pixels' contrasts with the text: the worst tenth of the background decides,
 * so a bright patch of photo behind part of a line fails it, while a few noisy pixels do not.
 * Translucent text is taken as mixed with each pixel behind it.
 *
 * <p>WCAG's large text is 18 pt (24 CSS px), or 14 pt (18.7 CSS px) bold. Creatives are seen
 * fitted to a phone screen about 360 CSS px wide, so on a canvas those sizes scale by
 * width / 360 (72 px and 56 px on a 1080 px wide canvas). Bold means a face named Bold, Black or Heavy.
 */
public final class TextContrastCheck implements Check {
    static final double NORMAL_MINIMUM = ContrastRule.NORMAL;
    static final double LARGE_MINIMUM = ContrastRule.LARGE;
    /** Text pixels nearer the text colour than this (0..255 per channel) leave no background to measure. */
    private static final int INVISIBLE = 16;
    private static final double BACKGROUND_SHARE_OF_FAR = 0.75;
    private static final double PERCENTILE = 0.10;
    private static final int STEP = 2;
    private static final int BINS = 2001;

    private final KitFaces kitFaces = new KitFaces();

    @Override
    public String name() {
        return "text contrast";
    }

    @Override
    public boolean appliesTo(CreativeUnderCheck creative) {
        return creative.layout() != null && creative.pixels() != null;
    }

    @Override
    public List<Finding> check(CreativeUnderCheck creative) {
        Layout layout = creative.layout();
        CanvasPixels pixels = CanvasPixels.of(creative.pixels());
        Optional<TypeFaces> faces = creative.kit() == null ? Optional.empty() : kitFaces.of(creative.kit()).faces();
        List<Finding> findings = new ArrayList<>();
        int[] distances = new int[256];
        int[] contrasts = new int[BINS];
        for (TextBlock block : LayoutText.blocks(layout)) {
            double required = isLarge(block, layout.width()) ? LARGE_MINIMUM : NORMAL_MINIMUM;
            for (int i = 0; i < block.lines().size(); i++) {
                if (block.lines().get(i).isBlank()) {
                    continue;
                }
                Box line = pixels.clip(LayoutText.lineBox(block, i));
                if (line == null) {
                    continue;
                }
                int index = i;
                GlyphMask glyphs = faces.map(f -> GlyphMask.of(block, index, line, f)).orElse(null);
                double contrast = lineContrast(pixels, line, block.color(), block.opacity(), glyphs, distances, contrasts);
                if (contrast < required) {
                    findings.add(Finding.of(CheckId.TEXT_CONTRAST, Severity.ERROR,
                            "line " + (i + 1) + " of the " + LayoutText.name(block) + " is hard to read against what is behind it",
                            line, String.format(Locale.ROOT, "contrast %.2f:1", contrast),
                            String.format(Locale.ROOT, ">= %.1f:1", required)));
                }
            }
        }
        return findings;
    }

    /** Large text in the WCAG sense, by the same rule the composer makes its scrims to. */
    static boolean isLarge(TextBlock block, int canvasWidth) {
        return ContrastRule.required(block.sizePx(), block.fontFamily(), canvasWidth) == ContrastRule.LARGE;
    }

    /**
     * The 10th-percentile WCAG contrast of the text over the background pixels of the line box.
     *
     * @param glyphs where the line's glyphs fall; null to tell background from text by colour
     */
    static double lineContrast(CanvasPixels pixels, Box line, RgbColor color, double opacity, GlyphMask glyphs,
                               int[] distances, int[] contrasts) {
        int cutoff = glyphs == null ? colourCutoff(pixels, line, color, distances) : 0;
        double contrast = backgroundContrast(pixels, line, color, opacity, glyphs, cutoff, contrasts);
        if (Double.isNaN(contrast)) {
            // Glyphs cover the whole box: judge by colour after all.
            contrast = backgroundContrast(pixels, line, color, opacity, null,
                    colourCutoff(pixels, line, color, distances), contrasts);
        }
        return contrast;
    }

    /** How far from the text colour a pixel must be to count as background, when glyph positions are unknown. */
    private static int colourCutoff(CanvasPixels pixels, Box line, RgbColor color, int[] distances) {
        Arrays.fill(distances, 0);
        int samples = 0;
        for (int y = line.y(); y < line.bottom(); y += STEP) {
            for (int x = line.x(); x < line.right(); x += STEP) {
                distances[distance(pixels.rgb(x, y), color.red(), color.green(), color.blue())]++;
                samples++;
            }
        }
        int far = percentile(distances, samples, 0.90);
        return far < INVISIBLE ? 0 : (int) Math.ceil(far * BACKGROUND_SHARE_OF_FAR);
    }

    /** The 10th-percentile contrast over the background pixels; NaN when there are none. */
    private static double backgroundContrast(CanvasPixels pixels, Box line, RgbColor color, double opacity,
                                             GlyphMask glyphs, int cutoff, int[] contrasts) {
        int tr = color.red();
        int tg = color.green();
        int tb = color.blue();
        Arrays.fill(contrasts, 0);
        int background = 0;
        double a = Math.max(0, Math.min(1, opacity));
        for (int y = line.y(); y < line.bottom(); y += STEP) {
            for (int x = line.x(); x < line.right(); x += STEP) {
                int p = pixels.rgb(x, y);
                if (glyphs != null ? glyphs.nearInk(x, y) : distance(p, tr, tg, tb) < cutoff) {
                    continue;
                }
                int pr = (p >> 16) & 0xff;
                int pg = (p >> 8) & 0xff;
                int pb = p & 0xff;
                // Translucent text shows some of what is behind it.
                int text = (blend(tr, pr, a) << 16) | (blend(tg, pg, a) << 8) | blend(tb, pb, a);
                double c = WcagContrast.ratio(WcagContrast.luminance(text), WcagContrast.luminance(p));
                contrasts[Math.min(BINS - 1, (int) Math.round((c - 1) * 100))]++;
                background++;
            }
        }
        return background == 0 ? Double.NaN : 1 + percentile(contrasts, background, PERCENTILE) / 100.0;
    }

    private static int blend(int text, int behind, double opacity) {
        return (int) Math.round(text * opacity + behind * (1 - opacity));
    }

    private static int distance(int p, int r, int g, int b) {
        return Math.max(Math.abs(((p >> 16) & 0xff) - r), Math.max(Math.abs(((p >> 8) & 0xff) - g), Math.abs((p & 0xff) - b)));
    }

    /** The bin at which the cumulative count first reaches {@code share} of {@code total}. */
    private static int percentile(int[] histogram, int total, double share) {
        long target = Math.max(1, (long) Math.ceil(total * share));
        long cumulative = 0;
        for (int i = 0; i < histogram.length; i++) {
            cumulative += histogram[i];
            if (cumulative >= target) {
                return i;
            }
        }
        return histogram.length - 1;
    }
}
