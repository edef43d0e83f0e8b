package org.creativeautomation.engine.compose;

import org.creativeautomation.engine.brand.BrandKit;
import org.creativeautomation.engine.brand.LayoutTemplate;
import org.creativeautomation.engine.brand.TextZone;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * How many characters of each text a kit's text zones hold at the kit's smallest type, over a
 * campaign's ratios: the length budget a translation has to keep, since the composer shrinks text
 * down to that size and no further. Measured, for each ratio, on the zone the kit prefers, laid out
 * as before a product is placed, with the line counts and sizes the layout solver uses (the
 * message in the kit's line limit, the CTA in two lines on its button, the disclaimer in three
 * lines), and on the kit's faces: the average advance of an ordinary sentence, or a full em for
 * scripts of wide characters (Han, kana, Hangul).
 */
public final class CopyCapacity {
    /** An ordinary sentence, for the average width of a character in a face. */
    private static final String SAMPLE = "Stay fresh all summer with crisp sparkling water and bright citrus";
    private static final Set<String> WIDE_SCRIPT_LANGUAGES = Set.of("ja", "zh", "ko");
    /** A calm region is a box the solver finds on the photo; this is the middle of the widths it tries. */
    private static final double CALM_WIDTH = 0.42;
    private static final FontRenderContext MEASURE = new FontRenderContext(null, true, true);

    /** The most characters each text may have; a text too long for its zone is set too small or flagged. */
    public record Budget(int message, int cta, int disclaimer) {
    }

    /** The budget that fits every ratio of {@code ratios} for copy in {@code localeTag}. */
    public Budget of(BrandKit kit, TypeFaces faces, List<Ratio> ratios, String localeTag) {
        boolean wide = WIDE_SCRIPT_LANGUAGES.contains(Locale.forLanguageTag(localeTag).getLanguage());
        double headlineEm = wide ? 1.0 : averageAdvance(faces.headline());
        double bodyEm = wide ? 1.0 : averageAdvance(faces.body());
        int message = Integer.MAX_VALUE;
        int cta = Integer.MAX_VALUE;
        int disclaimer = Integer.MAX_VALUE;
        for (Ratio ratio : ratios) {
            LayoutTemplate template = kit.templates().forRatio(ratio.label());
            Canvas canvas = Canvas.of(ratio, template, SafeZone.of(template.safeZone()), kit.textRules().minFontPx(),
                    null);
            int width = zoneWidth(canvas, template);
            float min = canvas.minPx();
            message = Math.min(message, perLine(width, headlineEm, min) * kit.textRules().maxLines());
            // The CTA button's padding follows the CTA's full size even when its text shrinks.
            int padding = Math.round(Math.max(min, canvas.shortSide() * 0.034f) * 0.95f);
            cta = Math.min(cta, perLine(width - 2 * padding, bodyEm, min) * 2);
            float disclaimerSize = Math.max(min, canvas.shortSide() * 0.022f);
            disclaimer = Math.min(disclaimer, perLine(width, bodyEm, disclaimerSize) * 3);
        }
        return new Budget(message, cta, disclaimer);
    }

    private static int zoneWidth(Canvas canvas, LayoutTemplate template) {
        TextZone zone = template.zones().stream().filter(TextZone::isEdge).findFirst().orElse(null);
        if (zone == null) {
            return template.zones().isEmpty() ? canvas.zoneArea(TextZone.BOTTOM).width()
                    : (int) Math.round(canvas.width() * CALM_WIDTH);
        }
        return canvas.zoneArea(zone).width();
    }

    private static int perLine(int width, double em, float size) {
        return Math.max(1, (int) Math.floor(width / (em * size)));
    }

    /** The face's average character advance, in ems. */
    private static double averageAdvance(Font face) {
        Font measured = face.deriveFont(100f);
        return measured.getStringBounds(SAMPLE, MEASURE).getWidth() / SAMPLE.length() / 100.0;
    }
}
