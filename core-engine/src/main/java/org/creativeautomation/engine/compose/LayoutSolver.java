package org.creativeautomation.engine.compose;

import org.creativeautomation.engine.brand.BrandKit;
import org.creativeautomation.engine.brand.Corner;
import org.creativeautomation.engine.brand.RgbColor;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Solves where everything goes on one creative. Pure decisions, no drawing: the hero is only
 * sampled to pick the logo variant that stands out against what lies behind it.
 *
 * <p>The text stack (message, CTA button, disclaimer) sits on a brand-coloured band at the bottom,
 * inside the ratio's safe zone; the logo takes the first allowed corner whose clear space the text
 * does not touch.
 */
public final class LayoutSolver {
    private static final double MIN_SCRIM_OPACITY = 0.6;
    /** WCAG 2.x AA for normal text, with a margin for anti-aliasing and JPEG ringing. */
    private static final double TEXT_CONTRAST_TARGET = 4.5 * 1.1;
    /** Past this enlargement a photo visibly softens; up to it, resampling hides it well. */
    private static final double MAX_UPSCALE = 1.5;
    /** How many missing characters a glyph issue names; a whole script missing needs only a few. */
    private static final int MISSING_GLYPHS_NAMED = 5;
    private final TextFitter headlineFitter = new TextFitter(1.12);
    private final TextFitter bodyFitter = new TextFitter(1.25);

    public Layout solve(LayoutRequest request) {
        Ratio ratio = request.ratio();
        int w = ratio.width();
        int h = ratio.height();
        BrandKit kit = request.kit();
        List<LayoutIssue> issues = new ArrayList<>();
        SafeZone safe = SafeZone.defaultFor(ratio);
        boolean wide = (double) w / h >= 1.7;

        int shortSide = Math.min(w, h);
        int margin = Math.max(24, (int) Math.round(shortSide * 0.06));
        int safeTop = (int) Math.round(h * safe.top());
        int safeBottom = (int) Math.round(h * safe.bottom());
        float minPx = (float) (kit.textRules().minFontPx() * w / 1080.0);
        int column = wide ? (int) Math.round(w * 0.58) - margin : w - 2 * margin;
        // Right-to-left copy mirrors the layout: the text column hangs from the right margin.
        TextDirection direction = TextDirection.of(request.copy());
        int columnX = direction.isRightToLeft() ? w - margin - column : margin;

        CropWindow crop = coverCrop(request.hero().getWidth(), request.hero().getHeight(), w, h, request.subject());
        upscaleIssue(crop, w, h).ifPresent(issues::add);
        RgbColor backdrop = kit.colors().background();

        RgbColor scrimColor = kit.colors().primary();
        RgbColor textColor = bestContrast(scrimColor, kit.colors().textOnDark(), kit.colors().textOnLight());

        // Build the stack bottom-up: disclaimer, CTA, message.
        int bottom = h - Math.max(margin, safeBottom + margin / 2);
        int cursor = bottom;
        TextBlock disclaimer = null;
        String disclaimerText = request.copy().disclaimer();
        if (disclaimerText != null && !disclaimerText.isBlank()) {
            float size = Math.max(minPx, shortSide * 0.022f);
            FittedText fitted = bodyFitter.fit(disclaimerText, request.faces().style("body", request.copy()), column,
                    (int) (h * (wide ? 0.2 : 0.12)), 3, size, size);
            if (fitted.overflow()) {
                issues.add(new LayoutIssue("text.overflow", "disclaimer does not fit in 3 lines at "
                        + Math.round(size) + " px", new Box(columnX, cursor - fitted.height(), column, fitted.height())));
            }
            disclaimer = place("disclaimer", "body", request.faces(), fitted, textColor, 1.0, direction, columnX,
                    columnX + column, cursor);
            missingGlyphs("disclaimer", disclaimerText, request.faces().style("body", request.copy()), disclaimer.box())
                    .ifPresent(issues::add);
            cursor = disclaimer.box().y() - Math.round(size * 0.9f);
        }

        CtaButton cta = null;
        String ctaText = request.copy().cta();
        if (ctaText != null && !ctaText.isBlank()) {
            float size = Math.max(minPx, shortSide * 0.034f);
            int padX = Math.round(size * 0.95f);
            int padY = Math.round(size * 0.5f);
            FittedText fitted = bodyFitter.fit(ctaText, request.faces().style("body", request.copy()), column - 2 * padX,
                    Math.round(size * 2.6f), 2, minPx, size);
            if (fitted.overflow()) {
                issues.add(new LayoutIssue("text.overflow", "CTA does not fit the button", null));
            }
            RgbColor fill = kit.colors().accent();
            RgbColor label = bestContrast(fill, kit.colors().textOnDark(), kit.colors().textOnLight());
            int buttonH = fitted.height() + 2 * padY;
            int buttonW = fitted.width() + 2 * padX;
            int buttonX = direction.isRightToLeft() ? columnX + column - buttonW : columnX;
            Box button = new Box(buttonX, cursor - buttonH, buttonW, buttonH);
            TextBlock labelBlock = place("cta", "body", request.faces(), fitted, label, 1.0, direction,
                    button.x() + padX, button.right() - padX, button.bottom() - padY);
            cta = new CtaButton(button, fill, labelBlock);
            missingGlyphs("CTA", ctaText, request.faces().style("body", request.copy()), button).ifPresent(issues::add);
            cursor = button.y() - Math.round(shortSide * 0.035f);
        }

        double budgetShare = wide ? 0.34 : ratio == Ratio.STORY ? 0.2 : 0.26;
        int messageBudget = (int) Math.round(h * budgetShare);
        float maxPx = Math.max(minPx, shortSide * (wide ? 0.095f : 0.082f));
        TextStyle messageStyle = request.faces().style("headline", request.copy());
        FittedText message = headlineFitter.fit(request.copy().message(), messageStyle, column,
                messageBudget, kit.textRules().maxLines(), minPx, maxPx);
        TextBlock messageBlock = place("message", "headline", request.faces(), message, textColor, 1.0, direction,
                columnX, columnX + column, cursor);
        if (message.overflow()) {
            issues.add(new LayoutIssue("text.overflow", "message needs " + message.lines().size() + " lines at the minimum "
                    + Math.round(minPx) + " px (the kit allows " + kit.textRules().maxLines() + ")", messageBlock.box()));
        }
        missingGlyphs("message", request.copy().message(), messageStyle, messageBlock.box())
                .ifPresent(issues::add);

        int stackTop = messageBlock.box().y();
        // Solid just behind the text, fading out above it: readable copy, as much photo as possible.
        int solidFrom = Math.max(0, stackTop - Math.round(margin * 0.5f));
        int fade = (int) Math.min(h * (wide ? 0.3 : 0.2), (h - solidFrom) * 0.6);
        int bandTop = Math.max(0, solidFrom - fade);
        Box band = new Box(0, bandTop, w, h - bandTop);
        Box textArea = new Box(columnX, stackTop, column, bottom - stackTop);
        List<RgbColor> behindText = samples(request.hero(), crop, backdrop, w, h, textArea);
        RgbColor legibleScrim = scrimColourFor(scrimColor, textColor, behindText);
        Scrim scrim = new Scrim(band, ScrimEdge.BOTTOM, solidFrom, legibleScrim,
                opacityFor(legibleScrim, textColor, behindText));

        LogoPlacement logo = placeLogo(request, crop, backdrop, scrim, w, h, margin, safeTop, safeBottom, textArea,
                issues);

        return new Layout(ratio, w, h, backdrop, crop, scrim, messageBlock, cta, disclaimer, logo, issues);
    }

    /**
     * Lays fitted lines out with the last line's descent ending at {@code bottomY}, against
     * {@code left} for left-to-right text and against {@code right} for right-to-left text.
     */
    private static TextBlock place(String role, String fontRole, TypeFaces faces, FittedText fitted, RgbColor color,
                                   double opacity, TextDirection direction, int left, int right, int bottomY) {
        int x = direction.isRightToLeft() ? right - fitted.width() : left;
        int n = fitted.lines().size();
        int lastBaseline = bottomY - fitted.descent();
        List<Integer> baselines = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            baselines.add(lastBaseline - (n - 1 - i) * fitted.lineHeight());
        }
        int top = baselines.get(0) - fitted.ascent();
        Box box = new Box(x, top, fitted.width(), bottomY - top);
        return new TextBlock(role, fitted.lines(), fontRole, faces.familyOf(fontRole), fitted.sizePx(), color, opacity,
                x, baselines, box, direction, fitted.runs());
    }

    /** A hero enlarged well past its own resolution comes out soft or blocky; say so rather than ship it silently. */
    static Optional<LayoutIssue> upscaleIssue(CropWindow crop, int w, int h) {
        double factor = Math.max(w / crop.width(), h / crop.height());
        if (factor <= MAX_UPSCALE) {
            return Optional.empty();
        }
        return Optional.of(new LayoutIssue("quality.low-resolution", String.format(Locale.ROOT,
                "hero is upscaled %.1fx (crop %dx%d for a %dx%d canvas)", factor,
                Math.round(crop.width()), Math.round(crop.height()), w, h), null));
    }

    /** Characters neither the kit font nor any font of the fallback chain can draw would show as empty boxes. */
    static Optional<LayoutIssue> missingGlyphs(String role, String text, TextStyle style, Box region) {
        List<Integer> missing = style.fallback().undrawable(style.face(), text, style.locale());
        if (missing.isEmpty()) {
            return Optional.empty();
        }
        String named = missing.stream().limit(MISSING_GLYPHS_NAMED)
                .map(cp -> String.format(Locale.ROOT, "U+%04X", cp))
                .collect(Collectors.joining(", "));
        String more = missing.size() > MISSING_GLYPHS_NAMED
                ? " and " + (missing.size() - MISSING_GLYPHS_NAMED) + " more" : "";
        return Optional.of(new LayoutIssue("text.missing-glyphs",
                role + " has characters no installed font can draw: " + named + more, region));
    }

    /** The largest window of the canvas's ratio that fits the hero, centred on the subject. */
    static CropWindow coverCrop(int heroW, int heroH, int canvasW, int canvasH, Box subject) {
        double scale = Math.max((double) canvasW / heroW, (double) canvasH / heroH);
        double cw = canvasW / scale;
        double ch = canvasH / scale;
        Box s = subject == null ? new Box(0, 0, heroW, heroH) : subject;
        double cx = s.x() + s.width() / 2.0;
        double cy = s.y() + s.height() / 2.0;
        double x = clamp(cx - cw / 2, 0, heroW - cw);
        double y = clamp(cy - ch / 2, 0, heroH - ch);
        return new CropWindow(x, y, cw, ch, s);
    }

    private LogoPlacement placeLogo(LayoutRequest request, CropWindow crop, RgbColor backdrop, Scrim scrim, int w, int h,
                                    int margin, int safeTop, int safeBottom, Box textArea, List<LayoutIssue> issues) {
        BrandKit kit = request.kit();
        BufferedImage sample = request.logos().light();
        double aspect = (double) sample.getHeight() / sample.getWidth();
        double minWidth = w * kit.logoRules().minWidthPercent() / 100.0;
        double preferred = w * (w > h ? 0.13 : 0.2);
        int logoW = (int) Math.round(Math.max(minWidth, Math.min(preferred, h * 0.12 / aspect)));
        int logoH = (int) Math.round(logoW * aspect);
        int clear = (int) Math.round(logoW * kit.logoRules().clearSpacePercent() / 100.0);
        int inset = Math.max(margin, clear);

        List<Corner> corners = TextDirection.of(request.copy()).corners(kit.logoRules().corners());
        Corner chosen = null;
        Box box = null;
        for (Corner corner : corners) {
            Box candidate = logoBox(corner, w, h, logoW, logoH, inset, safeTop, safeBottom);
            if (!candidate.inflate(clear).intersects(textArea)) {
                chosen = corner;
                box = candidate;
                break;
            }
        }
        if (chosen == null) {
            chosen = corners.get(0);
            box = logoBox(chosen, w, h, logoW, logoH, inset, safeTop, safeBottom);
            issues.add(new LayoutIssue("logo.clear-space", "no allowed corner keeps the logo's clear space free of text",
                    box.inflate(clear)));
        }
        double behind = meanLuminance(request.hero(), crop, backdrop, w, h, box);
        if (box.y() + box.height() / 2 >= scrim.solidFrom()) {
            // A logo in the band is seen through the scrim, not against the photo.
            behind = scrim.opacity() * scrim.color().luminance() + (1 - scrim.opacity()) * behind;
        }
        String variant = behind < 0.45 ? "light" : "dark";
        return new LogoPlacement(chosen, variant, box, box.inflate(clear));
    }

    private static Box logoBox(Corner corner, int w, int h, int logoW, int logoH, int inset, int safeTop,
                               int safeBottom) {
        int x = corner.isLeft() ? inset : w - inset - logoW;
        int y = corner.isTop() ? Math.max(inset, safeTop + inset / 2) : h - Math.max(inset, safeBottom + inset / 2) - logoH;
        return new Box(x, y, logoW, logoH);
    }

    /**
     * Mean WCAG luminance of what ends up under a canvas box: the hero's pixels, seen over the
     * backdrop where they are transparent (as the renderer draws them).
     */
    static double meanLuminance(BufferedImage hero, CropWindow crop, RgbColor backdrop, int w, int h, Box box) {
        double sx = crop.width() / w;
        double sy = crop.height() / h;
        double sum = 0;
        int n = 0;
        for (int j = 0; j < 8; j++) {
            for (int i = 0; i < 8; i++) {
                int cx = (int) (crop.x() + (box.x() + (i + 0.5) * box.width() / 8.0) * sx);
                int cy = (int) (crop.y() + (box.y() + (j + 0.5) * box.height() / 8.0) * sy);
                cx = Math.min(hero.getWidth() - 1, Math.max(0, cx));
                cy = Math.min(hero.getHeight() - 1, Math.max(0, cy));
                int argb = hero.getRGB(cx, cy);
                double alpha = (argb >>> 24) / 255.0;
                sum += new RgbColor(over((argb >> 16) & 0xff, backdrop.red(), alpha),
                        over((argb >> 8) & 0xff, backdrop.green(), alpha),
                        over(argb & 0xff, backdrop.blue(), alpha)).luminance();
                n++;
            }
        }
        return sum / n;
    }

    /** Colours of the photo under a canvas box, on a grid, as they will be seen (over the backdrop). */
    static List<RgbColor> samples(BufferedImage hero, CropWindow crop, RgbColor backdrop, int w, int h, Box box) {
        double sx = crop.width() / w;
        double sy = crop.height() / h;
        List<RgbColor> colours = new ArrayList<>(24 * 12);
        for (int j = 0; j < 12; j++) {
            for (int i = 0; i < 24; i++) {
                int cx = (int) (crop.x() + (box.x() + (i + 0.5) * box.width() / 24.0) * sx);
                int cy = (int) (crop.y() + (box.y() + (j + 0.5) * box.height() / 12.0) * sy);
                cx = Math.min(hero.getWidth() - 1, Math.max(0, cx));
                cy = Math.min(hero.getHeight() - 1, Math.max(0, cy));
                int argb = hero.getRGB(cx, cy);
                double alpha = (argb >>> 24) / 255.0;
                colours.add(new RgbColor(over((argb >> 16) & 0xff, backdrop.red(), alpha),
                        over((argb >> 8) & 0xff, backdrop.green(), alpha), over(argb & 0xff, backdrop.blue(), alpha)));
            }
        }
        return colours;
    }

    /**
     * The kit colour for the band, deepened (towards black under light text, towards white under dark
     * text) only when even a solid band of it would not give the text enough contrast.
     */
    static RgbColor scrimColourFor(RgbColor kitColour, RgbColor text, List<RgbColor> photo) {
        RgbColor colour = kitColour;
        RgbColor towards = text.luminance() > 0.5 ? new RgbColor(0, 0, 0) : new RgbColor(255, 255, 255);
        for (int step = 1; contrast(text, colour) < TEXT_CONTRAST_TARGET && step <= 10; step++) {
            colour = mix(kitColour, towards, step * 0.06);
        }
        return colour;
    }

    /** The weakest scrim under which every sampled photo colour leaves the text at the contrast target. */
    static double opacityFor(RgbColor scrim, RgbColor text, List<RgbColor> photo) {
        double lo = MIN_SCRIM_OPACITY;
        double hi = 1.0;
        if (legibleAt(lo, scrim, text, photo)) {
            return lo;
        }
        for (int i = 0; i < 12; i++) {
            double mid = (lo + hi) / 2;
            if (legibleAt(mid, scrim, text, photo)) {
                hi = mid;
            } else {
                lo = mid;
            }
        }
        return Math.round(hi * 1000) / 1000.0;
    }

    private static boolean legibleAt(double opacity, RgbColor scrim, RgbColor text, List<RgbColor> photo) {
        for (RgbColor p : photo) {
            if (contrast(text, mix(p, scrim, opacity)) < TEXT_CONTRAST_TARGET) {
                return false;
            }
        }
        return true;
    }

    /** {@code a} blended towards {@code b} by {@code t} in sRGB, as Java2D composites. */
    static RgbColor mix(RgbColor a, RgbColor b, double t) {
        return new RgbColor((int) Math.round(a.red() + (b.red() - a.red()) * t),
                (int) Math.round(a.green() + (b.green() - a.green()) * t),
                (int) Math.round(a.blue() + (b.blue() - a.blue()) * t));
    }

    private static int over(int channel, int below, double alpha) {
        return (int) Math.round(channel * alpha + below * (1 - alpha));
    }

    /** Of two text colours, the one with the higher WCAG contrast against {@code background}. */
    static RgbColor bestContrast(RgbColor background, RgbColor a, RgbColor b) {
        return contrast(background, a) >= contrast(background, b) ? a : b;
    }

    public static double contrast(RgbColor x, RgbColor y) {
        double l1 = Math.max(x.luminance(), y.luminance());
        double l2 = Math.min(x.luminance(), y.luminance());
        return (l1 + 0.05) / (l2 + 0.05);
    }

    private static double clamp(double v, double lo, double hi) {
        return Math.max(lo, Math.min(hi, v));
    }
}
