package org.creativeautomation.engine.compose;

import org.creativeautomation.engine.brand.BrandKit;
import org.creativeautomation.engine.brand.Corner;
import org.creativeautomation.engine.brand.LayoutTemplate;
import org.creativeautomation.engine.brand.RgbColor;
import org.creativeautomation.engine.brand.TextZone;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.WeakHashMap;
import java.util.stream.Collectors;

/**
 * Solves where everything goes on one creative. Pure decisions, no drawing: the hero is only
 * analysed (its saliency) and rendered small to measure what will lie behind text and logo.
 *
 * <p>The hero is framed by {@link SmartCrop}. The text stack (message, CTA button, disclaimer) is
 * then laid out in each zone the kit's template allows for the ratio (a top or bottom band, a left
 * or right column), inside the platform's safe zone, and the zone that covers the least of the
 * product and of the busy photo, needs the weakest scrim and keeps the text large wins. The scrim
 * is made only as strong as the measured contrast of its lines needs ({@link Legibility}). The logo
 * takes the first allowed corner whose clear space the text does not touch, off the product when
 * one allows it, in the variant that stands out against what is measured behind it.
 */
public final class LayoutSolver {
    private static final Logger LOG = LoggerFactory.getLogger(LayoutSolver.class);
    /** Past this enlargement a photo visibly softens; up to it, resampling hides it well. */
    private static final double MAX_UPSCALE = 1.5;
    /**
     * Contrast a logo needs against the busiest tenth of what lies behind it to stand out; below
     * it, a logo over confetti or foliage reads as part of the photo.
     */
    private static final double LOGO_VISIBLE = 1.8;
    /** A scrim is made stronger for the logo only up to here; past it the band would blot out the photo. */
    private static final double MAX_LOGO_SCRIM = 0.85;
    /** How many missing characters a glyph issue names; a whole script missing needs only a few. */
    private static final int MISSING_GLYPHS_NAMED = 5;
    /** A calm region's width and height as shares of the canvas, and the positions tried per axis. */
    private static final double[] CALM_WIDTHS = {0.3, 0.42, 0.56};
    private static final double[] CALM_HEIGHTS = {0.3, 0.42};
    private static final int CALM_STEPS = 8;
    /** How much a calm region's size counts against its saliency when choosing one. */
    private static final double CALM_ROOM_WEIGHT = 0.5;
    /** How far a panel scrim fades out past the text, as a share of the canvas's shorter side. */
    private static final double PANEL_FADE = 0.05;
    private final TextFitter headlineFitter = new TextFitter(1.12);
    private final TextFitter bodyFitter = new TextFitter(1.25);
    private final SmartCrop smartCrop = new SmartCrop();
    /** Mean luminance of each logo image seen in this run, by identity. */
    private final Map<BufferedImage, Double> logoLuminance = Collections.synchronizedMap(new WeakHashMap<>());

    public Layout solve(LayoutRequest request) {
        Ratio ratio = request.ratio();
        int w = ratio.width();
        int h = ratio.height();
        BrandKit kit = request.kit();
        LayoutTemplate template = mirroredFor(TextDirection.of(request.copy()), kit.templates().forRatio(ratio.label()));
        SafeZone safe = SafeZone.of(template.safeZone());
        ReducedHero hero = ReducedHero.of(request.hero());
        RgbColor backdrop = kit.colors().background();
        Framing framing = hero.framing(smartCrop, request.subject(), w, h, template, backdrop);
        CropWindow crop = framing.crop();
        ColourGrade grade = ColourGrade.of(kit);
        Canvas canvas = Canvas.of(ratio, template, safe, kit.textRules().minFontPx(),
                subjectOnCanvas(request.subject(), framing, hero, w, h));
        Scene scene = new Scene(request, canvas, crop, hero.saliency(),
                hero.background(framing, grade, backdrop, w, h), CtaStyle.of(kit, canvas));

        ZonePlan best = null;
        List<TextZone> zones = template.zones().isEmpty() ? List.of(TextZone.BOTTOM) : template.zones();
        for (int rank = 0; rank < zones.size(); rank++) {
            for (ZonePlan plan : plans(zones.get(rank), rank, zones.size(), scene)) {
                if (best == null || plan.score() < best.score()) {
                    best = plan;
                }
            }
        }
        if (best == null) {
            // Only a calm region was allowed and the product leaves none: the bottom band always exists.
            best = plans(TextZone.BOTTOM, 0, 1, scene).get(0);
        }

        List<LayoutIssue> issues = new ArrayList<>();
        upscaleIssue(crop, w, h).ifPresent(issues::add);
        issues.addAll(best.issues());
        Legibility legibility = best.legibility();
        TypeFaces faces = request.faces();
        TextBlock message = best.message().block(faces, legibility.text());
        TextBlock disclaimer = best.disclaimer() == null ? null : best.disclaimer().block(faces, legibility.text());
        CtaButton cta = best.cta() == null ? null : best.cta().button(faces);
        TextStyle body = faces.style("body", request.copy());
        if (disclaimer != null) {
            missingGlyphs("disclaimer", request.copy().disclaimer(), body, disclaimer.box()).ifPresent(issues::add);
        }
        if (cta != null) {
            missingGlyphs("CTA", request.copy().cta(), body, cta.box()).ifPresent(issues::add);
        }
        missingGlyphs("message", request.copy().message(), faces.style("headline", request.copy()), message.box())
                .ifPresent(issues::add);

        LogoPlacement logo = placeLogo(scene, best.scrim(), best.stack(), issues);
        return new Layout(ratio, w, h, backdrop, crop, framing.extension(), grade, best.zone(), best.scrim(), message,
                cta, disclaimer, logo, safe, legibility.contrast(), issues);
    }

    /** Where the product lands on the canvas; null when it is not known. */
    private static Box subjectOnCanvas(Box subject, Framing framing, ReducedHero hero, int w, int h) {
        if (subject == null || subject.width() >= 0.98 * hero.heroWidth() && subject.height() >= 0.98 * hero.heroHeight()) {
            return null;
        }
        return framing.crop().toCanvas(subject, w, h);
    }

    /**
     * The stack laid out in one zone. A column's stack is centred on its height; when that leaves
     * the logo nowhere to stand out, it is also tried at the column's foot and head, which frees the
     * column's other corner, on the scrim, for the logo.
     */
    private List<ZonePlan> plans(TextZone zone, int rank, int zones, Scene scene) {
        Box area = zone.isEdge() ? scene.canvas().zoneArea(zone) : calmArea(scene);
        if (area == null) {
            return List.of();
        }
        ZonePlan centred = plan(zone, area, rank, zones, scene, Anchor.MIDDLE);
        if (zone.isBand() || !zone.isEdge() || !centred.logoLost()) {
            return List.of(centred);
        }
        return List.of(centred, plan(zone, area, rank, zones, scene, Anchor.FOOT),
                plan(zone, area, rank, zones, scene, Anchor.HEAD));
    }

    /** Where a column's stack sits along its height. */
    private enum Anchor { HEAD, MIDDLE, FOOT }

    /** The stack laid out in one zone, measured and scored. */
    private ZonePlan plan(TextZone zone, Box area, int rank, int zones, Scene scene, Anchor anchor) {
        Canvas c = scene.canvas();
        LayoutRequest request = scene.request();
        TypeFaces faces = request.faces();
        List<LayoutIssue> issues = new ArrayList<>();
        int column = area.width();
        // Right-to-left copy mirrors the layout: every block hangs from the zone's right edge.
        TextDirection direction = TextDirection.of(request.copy());
        TextStyle body = faces.style("body", request.copy());

        FittedText disclaimer = null;
        float disclaimerSize = 0;
        String disclaimerText = request.copy().disclaimer();
        if (disclaimerText != null && !disclaimerText.isBlank()) {
            disclaimerSize = Math.max(c.minPx(), c.shortSide() * 0.022f);
            disclaimer = bodyFitter.fit(disclaimerText, body, column,
                    (int) (c.height() * (c.wide() ? 0.2 : 0.12)), 3, disclaimerSize, disclaimerSize);
        }
        FittedText ctaText = null;
        int padX = 0;
        int padY = 0;
        String cta = request.copy().cta();
        if (cta != null && !cta.isBlank()) {
            float size = Math.max(c.minPx(), c.shortSide() * 0.034f);
            padX = Math.round(size * 0.95f);
            padY = Math.round(size * 0.5f);
            ctaText = bodyFitter.fit(cta, body, column - 2 * padX, Math.round(size * 2.6f), 2, c.minPx(), size);
        }
        int disclaimerGap = disclaimer == null ? 0 : Math.round(disclaimerSize * 0.9f);
        int ctaGap = Math.round(c.shortSide() * 0.035f);
        int buttonH = ctaText == null ? 0 : ctaText.height() + 2 * padY;
        int below = (ctaText == null ? 0 : buttonH + ctaGap) + (disclaimer == null ? 0 : disclaimer.height() + disclaimerGap);
        float maxPx = Math.max(c.minPx(), c.shortSide() * (c.wide() ? 0.095f : 0.082f));
        int budget = Math.max(area.height() - below, Math.round(c.minPx() * 1.3f));
        FittedText message = headlineFitter.fit(request.copy().message(), faces.style("headline", request.copy()), column,
                budget,
                request.kit().textRules().maxLines(), c.minPx(), maxPx);
        int stackHeight = message.height() + below;

        // The stack sits on the zone's outer edge; in a column it is centred on the column's height.
        int cursor = switch (zone) {
            case BOTTOM -> area.bottom();
            case TOP -> area.y() + stackHeight;
            case LEFT, RIGHT -> switch (anchor) {
                case HEAD -> area.y() + stackHeight;
                case MIDDLE -> area.y() + (area.height() + stackHeight) / 2;
                case FOOT -> area.bottom();
            };
            case CALM -> area.y() + (area.height() + stackHeight) / 2;
        };
        Placed disclaimerPlaced = null;
        if (disclaimer != null) {
            disclaimerPlaced = new Placed("disclaimer", "body", disclaimer, direction,
                    alignedX(area, disclaimer.width(), direction), cursor);
            if (disclaimer.overflow()) {
                issues.add(new LayoutIssue("text.overflow", "disclaimer does not fit in 3 lines at "
                        + Math.round(disclaimerSize) + " px", new Box(area.x(), cursor - disclaimer.height(), column,
                        disclaimer.height())));
            }
            cursor -= disclaimer.height() + disclaimerGap;
        }
        PlacedCta ctaPlaced = null;
        if (ctaText != null) {
            if (ctaText.overflow()) {
                issues.add(new LayoutIssue("text.overflow", "CTA does not fit the button", null));
            }
            int buttonW = ctaText.width() + 2 * padX;
            Box button = new Box(alignedX(area, buttonW, direction), cursor - buttonH, buttonW, buttonH);
            ctaPlaced = new PlacedCta(button, scene.cta(), new Placed("cta", "body", ctaText, direction,
                    button.x() + padX, button.bottom() - padY));
            cursor = button.y() - ctaGap;
        }
        Placed messagePlaced = new Placed("message", "headline", message, direction,
                alignedX(area, message.width(), direction), cursor);
        TextBlock messageBlock = messagePlaced.block(faces, null);
        if (message.overflow()) {
            issues.add(new LayoutIssue("text.overflow", "message needs " + message.lines().size() + " lines at the minimum "
                    + Math.round(c.minPx()) + " px (the kit allows " + request.kit().textRules().maxLines() + ")",
                    messageBlock.box()));
        }

        List<Box> parts = new ArrayList<>();
        parts.add(messageBlock.box());
        List<MeasuredLine> lines = new ArrayList<>(lines(messageBlock, scene));
        if (ctaPlaced != null) {
            parts.add(ctaPlaced.box());
        }
        if (disclaimerPlaced != null) {
            TextBlock block = disclaimerPlaced.block(faces, null);
            parts.add(block.box());
            lines.addAll(lines(block, scene));
        }
        Box stack = union(parts);
        Legibility legibility = Legibility.of(lines, request.kit().colors());
        Scrim scrim = scrim(zone, stack, c, legibility);
        Optional<LogoSpot> logo = logoSpot(scene, scrim, stack);
        if (logo.isPresent() && logo.get().visibility() < LOGO_VISIBLE) {
            double needed = opacityForLogo(scene, scrim, stack);
            if (needed > scrim.opacity()) {
                legibility = legibility.at(needed, lines);
                scrim = scrim(zone, stack, c, legibility);
                logo = logoSpot(scene, scrim, stack);
            }
        }
        boolean logoLost = logo.isEmpty() || logo.get().visibility() < LOGO_VISIBLE;
        double score = score(scene, stack, scrim, legibility, message, maxPx, rank, zones, !issues.isEmpty(), logo);
        return new ZonePlan(zone, stack, messagePlaced, ctaPlaced, disclaimerPlaced, legibility, scrim, issues, score,
                logoLost);
    }

    /**
     * Where a block starts in its zone: at the zone's left edge, or for right-to-left copy flush
     * with its right edge. Every block goes through here, so a mirrored layout stays consistent.
     */
    private static int alignedX(Box zone, int blockWidth, TextDirection direction) {
        return direction.isRightToLeft() ? zone.right() - blockWidth : zone.x();
    }

    /** Each line of a block with what the measured background holds under it. */
    private static List<MeasuredLine> lines(TextBlock block, Scene scene) {
        List<MeasuredLine> lines = new ArrayList<>(block.lines().size());
        double required = ContrastRule.required(block.sizePx(), block.fontFamily(), scene.canvas().width());
        int first = block.baselines().get(0);
        int last = block.baselines().get(block.baselines().size() - 1);
        int ascent = Math.max(1, first - block.box().y());
        int descent = Math.max(0, block.box().bottom() - last);
        for (int i = 0; i < block.lines().size(); i++) {
            if (block.lines().get(i).isBlank()) {
                continue;
            }
            int baseline = block.baselines().get(i);
            Box line = new Box(block.box().x(), baseline - ascent, block.box().width(), ascent + descent);
            lines.add(new MeasuredLine(block.role(), i, line, required, ContrastMeter.under(scene.behind(), line)));
        }
        return lines;
    }

    /**
     * The scrim behind a stack: solid from the canvas edge of the zone to a little past the text,
     * then fading toward the photo over about a fifth of the canvas.
     */
    private static Scrim scrim(TextZone zone, Box stack, Canvas c, Legibility legibility) {
        int w = c.width();
        int h = c.height();
        int pad = Math.round(c.margin() * 0.5f);
        // A scrim the photo does not need draws nothing; without a fade its band claims only the text's side.
        double fadeShare = legibility.opacity() <= 0 ? 0 : c.wide() ? 0.3 : 0.2;
        return switch (zone) {
            case BOTTOM -> {
                int solidFrom = Math.max(0, stack.y() - pad);
                int fade = (int) Math.min(h * fadeShare, (h - solidFrom) * 0.6);
                int top = Math.max(0, solidFrom - fade);
                yield new Scrim(new Box(0, top, w, h - top), ScrimEdge.BOTTOM, solidFrom, legibility.scrim(),
                        legibility.opacity());
            }
            case TOP -> {
                int solidTo = Math.min(h, stack.bottom() + pad);
                int fade = (int) Math.min(h * fadeShare, solidTo * 0.6);
                yield new Scrim(new Box(0, 0, w, Math.min(h, solidTo + fade)), ScrimEdge.TOP, solidTo,
                        legibility.scrim(), legibility.opacity());
            }
            case LEFT -> {
                int solidTo = Math.min(w, stack.right() + pad);
                int fade = (int) Math.min(w * fadeShare * 2 / 3, solidTo * 0.6);
                yield new Scrim(new Box(0, 0, Math.min(w, solidTo + fade), h), ScrimEdge.LEFT, solidTo,
                        legibility.scrim(), legibility.opacity());
            }
            case CALM -> {
                int fade = legibility.opacity() <= 0 ? 0 : (int) Math.round(c.shortSide() * PANEL_FADE);
                Box solid = stack.inflate(pad);
                yield new Scrim(solid.inflate(fade), ScrimEdge.AROUND, fade, legibility.scrim(), legibility.opacity());
            }
            case RIGHT -> {
                int solidFrom = Math.max(0, stack.x() - pad);
                int fade = (int) Math.min(w * fadeShare * 2 / 3, (w - solidFrom) * 0.6);
                int left = Math.max(0, solidFrom - fade);
                yield new Scrim(new Box(left, 0, w - left, h), ScrimEdge.RIGHT, solidFrom, legibility.scrim(),
                        legibility.opacity());
            }
        };
    }

    /**
     * Lower is better. Text over the product costs most, then a scrim dimming the product, small
     * text, a strong scrim, and text over busy parts of the photo; the kit's order of preference
     * breaks near-ties.
     */
    private double score(Scene scene, Box stack, Scrim scrim, Legibility legibility, FittedText message, float maxPx,
                         int rank, int zones, boolean overflow, Optional<LogoSpot> logo) {
        Canvas c = scene.canvas();
        Box subject = c.subject();
        double covered = 0;
        double dimmed = 0;
        if (subject != null && subject.width() > 0 && subject.height() > 0) {
            double subjectArea = (double) subject.width() * subject.height();
            covered = overlap(stack.inflate(c.margin() / 2), subject) / subjectArea;
            Box solid = scrim.solidPart();
            double underSolid = solid == null ? 0 : overlap(solid, subject);
            double underBand = overlap(scrim.band(), subject);
            dimmed = legibility.opacity() * (underSolid + 0.4 * (underBand - underSolid)) / subjectArea;
        }
        double busy = Math.min(3, density(scene, stack) / Math.max(1e-6, density(scene, c.canvasBox()))) / 3;
        double small = 1 - message.sizePx() / maxPx;
        double preference = zones <= 1 ? 0 : (double) rank / (zones - 1);
        boolean logoBlocked = logo.isEmpty();
        boolean logoLost = logo.isPresent() && logo.get().visibility() < LOGO_VISIBLE;
        if (LOG.isDebugEnabled()) {
            LOG.debug(String.format(Locale.ROOT, "%s %s: covers %.2f of the product, dims %.2f, text %.0f/%.0f px, "
                            + "scrim %.2f, busy %.2f, rank %d%s%s%s", scene.request().ratio().label(), scrim.edge(), covered,
                    dimmed, message.sizePx(), maxPx, legibility.opacity(), busy, rank,
                    logoBlocked ? ", logo blocked" : "", logoLost ? ", logo lost" : "", overflow ? ", overflows" : ""));
        }
        return 4.0 * covered + 1.5 * dimmed + 1.2 * small + 0.8 * legibility.opacity() + 0.5 * busy
                + 0.25 * preference + (logoBlocked ? 1.0 : 0) + (logoLost ? 0.5 : 0) + (overflow ? 3.0 : 0);
    }

    /**
     * The calmest free box for a text stack away from the product: boxes of a few sizes slid over
     * the content box, scored by the saliency under them (larger boxes win near-ties, since type
     * can then be larger). Null when every box would touch the product.
     */
    private static Box calmArea(Scene scene) {
        Canvas c = scene.canvas();
        Box content = c.content();
        Box avoid = c.subject() == null ? null : c.subject().inflate(c.margin() / 2);
        double canvasDensity = Math.max(1e-6, density(scene, c.canvasBox()));
        Box best = null;
        double bestScore = Double.MAX_VALUE;
        for (double widthShare : CALM_WIDTHS) {
            int bw = Math.min(content.width(), (int) Math.round(c.width() * widthShare));
            for (double heightShare : CALM_HEIGHTS) {
                int bh = Math.min(content.height(), (int) Math.round(c.height() * heightShare));
                for (int i = 0; i <= CALM_STEPS; i++) {
                    int x = content.x() + (content.width() - bw) * i / CALM_STEPS;
                    for (int j = 0; j <= CALM_STEPS; j++) {
                        int y = content.y() + (content.height() - bh) * j / CALM_STEPS;
                        Box box = new Box(x, y, bw, bh);
                        if (avoid != null && box.intersects(avoid)) {
                            continue;
                        }
                        double area = (double) bw * bh / ((double) c.width() * c.height());
                        double score = density(scene, box) / canvasDensity - CALM_ROOM_WEIGHT * area;
                        if (score < bestScore) {
                            bestScore = score;
                            best = box;
                        }
                    }
                }
            }
        }
        return best;
    }

    /** Mean saliency under a canvas box; the canvas extension holds none. */
    private static double density(Scene scene, Box box) {
        CropWindow crop = scene.crop();
        double sx = crop.width() / scene.canvas().width();
        double sy = crop.height() / scene.canvas().height();
        double x0 = crop.x() + box.x() * sx;
        double y0 = crop.y() + box.y() * sy;
        double x1 = crop.x() + box.right() * sx;
        double y1 = crop.y() + box.bottom() * sy;
        double cells = (x1 - x0) * (y1 - y0) / (scene.saliency().cellSize() * scene.saliency().cellSize());
        return cells <= 0 ? 0 : scene.saliency().sum(x0, y0, x1, y1) / cells;
    }

    private static double overlap(Box a, Box b) {
        int x0 = Math.max(a.x(), b.x());
        int y0 = Math.max(a.y(), b.y());
        int x1 = Math.min(a.right(), b.right());
        int y1 = Math.min(a.bottom(), b.bottom());
        return x1 > x0 && y1 > y0 ? (double) (x1 - x0) * (y1 - y0) : 0;
    }

    private static Box union(List<Box> boxes) {
        int x0 = Integer.MAX_VALUE;
        int y0 = Integer.MAX_VALUE;
        int x1 = Integer.MIN_VALUE;
        int y1 = Integer.MIN_VALUE;
        for (Box b : boxes) {
            x0 = Math.min(x0, b.x());
            y0 = Math.min(y0, b.y());
            x1 = Math.max(x1, b.right());
            y1 = Math.max(y1, b.bottom());
        }
        return new Box(x0, y0, x1 - x0, y1 - y0);
    }

    /** Lays fitted lines out with the last line's descent ending at {@code bottomY}. */
    private static TextBlock place(String role, String fontRole, TypeFaces faces, FittedText fitted, RgbColor color,
                                   double opacity, TextDirection direction, int x, int bottomY) {
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

    /**
     * The ratio's template with its column preferences swapped for right-to-left copy: where the
     * kit prefers text on the left, Arabic and Hebrew readers expect it on the right. The crop
     * makes room on the side the text goes, so both read the mirrored order.
     */
    private static LayoutTemplate mirroredFor(TextDirection direction, LayoutTemplate template) {
        if (!direction.isRightToLeft()) {
            return template;
        }
        List<TextZone> zones = template.zones().stream()
                .map(z -> z == TextZone.LEFT ? TextZone.RIGHT : z == TextZone.RIGHT ? TextZone.LEFT : z)
                .toList();
        return new LayoutTemplate(template.safeZone(), zones, template.marginPercent(), template.extension());
    }

    /** The kit's logo corners in order, mirrored for right-to-left copy (top-right becomes top-left). */
    private static List<Corner> corners(Scene scene) {
        return TextDirection.of(scene.request().copy()).corners(scene.request().kit().logoRules().corners());
    }

    private LogoPlacement placeLogo(Scene scene, Scrim scrim, Box stack, List<LayoutIssue> issues) {
        LogoSize size = LogoSize.of(scene);
        Optional<LogoSpot> spot = logoSpot(scene, scrim, stack);
        if (spot.isPresent()) {
            Box box = logoBox(spot.get().corner(), scene.canvas(), size);
            return new LogoPlacement(spot.get().corner(), spot.get().variant(), box, box.inflate(size.clear()));
        }
        Corner first = corners(scene).get(0);
        Box box = logoBox(first, scene.canvas(), size);
        issues.add(new LayoutIssue("logo.clear-space", "no allowed corner keeps the logo's clear space free of text",
                box.inflate(size.clear())));
        return new LogoPlacement(first, variantFor(scene, scrim, box).variant(), box, box.inflate(size.clear()));
    }

    /**
     * Where the logo goes: of the kit's corners whose clear space the text leaves free, the first
     * (in the kit's order) where the logo stands out and does not cover the product; failing
     * that, the first where it stands out, then the one where it stands out most. Empty when the
     * text touches every corner's clear space.
     */
    private Optional<LogoSpot> logoSpot(Scene scene, Scrim scrim, Box stack) {
        LogoSize size = LogoSize.of(scene);
        Box subject = scene.canvas().subject();
        List<LogoSpot> clear = new ArrayList<>();
        for (Corner corner : corners(scene)) {
            Box box = logoBox(corner, scene.canvas(), size);
            if (!box.inflate(size.clear()).intersects(stack)) {
                clear.add(variantFor(scene, scrim, box).at(corner, subject != null && box.intersects(subject)));
            }
        }
        return clear.stream().filter(s -> s.visibility() >= LOGO_VISIBLE && !s.onProduct()).findFirst()
                .or(() -> clear.stream().filter(s -> s.visibility() >= LOGO_VISIBLE).findFirst())
                .or(() -> clear.stream().reduce((a, b) -> b.visibility() > a.visibility() ? b : a));
    }

    /**
     * The scrim opacity at which a logo on the scrim's solid part stands out, for the first of the
     * kit's corners clear of the text that lies there; the scrim's own opacity when none does or
     * when it would take a nearly solid band (the photo is not blotted out for a logo).
     */
    private double opacityForLogo(Scene scene, Scrim scrim, Box stack) {
        Box solid = scrim.solidPart();
        if (solid == null) {
            return scrim.opacity();
        }
        LogoSize size = LogoSize.of(scene);
        LogoImages logos = scene.request().logos();
        for (Corner corner : corners(scene)) {
            Box box = logoBox(corner, scene.canvas(), size);
            if (box.inflate(size.clear()).intersects(stack) || !solid.contains(box)) {
                continue;
            }
            // Over a strong scrim the variant that contrasts with the scrim's colour is the one seen.
            double scrimLuminance = scrim.color().luminance();
            double light = logoLuminance(logos.light());
            double dark = logoLuminance(logos.dark());
            double logo = ContrastRule.ratioOfLuminances(scrimLuminance, light)
                    >= ContrastRule.ratioOfLuminances(scrimLuminance, dark) ? light : dark;
            int grey = greyOf(logo);
            double needed = ContrastMeter.opacityFor(ContrastMeter.under(scene.behind(), box),
                    new RgbColor(grey, grey, grey), scrim.color(), LOGO_VISIBLE);
            return needed <= MAX_LOGO_SCRIM ? Math.max(needed, scrim.opacity()) : scrim.opacity();
        }
        return scrim.opacity();
    }

    /** The sRGB grey of a relative luminance. */
    private static int greyOf(double luminance) {
        double c = luminance <= 0.0031308 ? luminance * 12.92 : 1.055 * Math.pow(luminance, 1 / 2.4) - 0.055;
        return (int) Math.round(Math.max(0, Math.min(1, c)) * 255);
    }

    /**
     * The variant that stands out more against the mean of what lies behind the box, and how well
     * it stands out against the busy part: its contrast with the pixel a tenth of the way up from
     * the least contrasting, since a logo over confetti is lost even where the average is fine.
     */
    private LogoSpot variantFor(Scene scene, Scrim scrim, Box box) {
        double[] behind = luminancesBehind(scene.behind(), scrim, box);
        double mean = 0;
        for (double l : behind) {
            mean += l;
        }
        mean = behind.length == 0 ? 0.5 : mean / behind.length;
        LogoImages logos = scene.request().logos();
        double lightLuminance = logoLuminance(logos.light());
        double darkLuminance = logoLuminance(logos.dark());
        boolean light = ContrastRule.ratioOfLuminances(mean, lightLuminance)
                >= ContrastRule.ratioOfLuminances(mean, darkLuminance);
        double logo = light ? lightLuminance : darkLuminance;
        double[] contrast = new double[behind.length];
        for (int i = 0; i < behind.length; i++) {
            contrast[i] = ContrastRule.ratioOfLuminances(logo, behind[i]);
        }
        java.util.Arrays.sort(contrast);
        double visibility = contrast.length == 0 ? 1 : contrast[contrast.length / 10];
        return new LogoSpot(null, light ? "light" : "dark", visibility, false);
    }

    /** A corner for the logo with the variant it takes there and how well it stands out. */
    private record LogoSpot(Corner corner, String variant, double visibility, boolean onProduct) {
        LogoSpot at(Corner where, boolean overProduct) {
            return new LogoSpot(where, variant, visibility, overProduct);
        }
    }

    private static Box logoBox(Corner corner, Canvas c, LogoSize size) {
        int inset = Math.max(c.margin(), size.clear());
        int x = corner.isLeft() ? Math.max(inset, c.safeLeft() + inset / 2)
                : c.width() - Math.max(inset, c.safeRight() + inset / 2) - size.width();
        int y = corner.isTop() ? Math.max(inset, c.safeTop() + inset / 2)
                : c.height() - Math.max(inset, c.safeBottom() + inset / 2) - size.height();
        return new Box(x, y, size.width(), size.height());
    }

    /**
     * The mean WCAG luminance of a logo's visible pixels (weighted by their opacity): what the eye
     * sees of it, to pick the variant that stands out against what lies behind it.
     */
    private double logoLuminance(BufferedImage logo) {
        Double known = logoLuminance.get(logo);
        if (known != null) {
            return known;
        }
        int step = Math.max(1, (int) Math.sqrt((double) logo.getWidth() * logo.getHeight() / 20_000));
        double sum = 0;
        double weight = 0;
        for (int y = 0; y < logo.getHeight(); y += step) {
            for (int x = 0; x < logo.getWidth(); x += step) {
                int argb = logo.getRGB(x, y);
                double alpha = (argb >>> 24) / 255.0;
                sum += alpha * ContrastRule.luminance(argb & 0xffffff);
                weight += alpha;
            }
        }
        double luminance = weight == 0 ? 0.5 : sum / weight;
        logoLuminance.put(logo, luminance);
        return luminance;
    }

    /** How large the logo is drawn: the kit's minimum width or more, and its clear space. */
    private record LogoSize(int width, int height, int clear) {
        static LogoSize of(Scene scene) {
            BrandKit kit = scene.request().kit();
            int w = scene.canvas().width();
            int h = scene.canvas().height();
            BufferedImage sample = scene.request().logos().light();
            double aspect = (double) sample.getHeight() / sample.getWidth();
            double minWidth = w * kit.logoRules().minWidthPercent() / 100.0;
            double preferred = w * (w > h ? 0.13 : 0.2);
            int logoW = (int) Math.round(Math.max(minWidth, Math.min(preferred, h * 0.12 / aspect)));
            int logoH = (int) Math.round(logoW * aspect);
            int clear = (int) Math.round(logoW * kit.logoRules().clearSpacePercent() / 100.0);
            return new LogoSize(logoW, logoH, clear);
        }
    }

    /**
     * WCAG luminances of what will lie under a canvas box: the measured background (the hero over
     * the backdrop where it is transparent, as the renderer draws it) under the scrim.
     */
    static double[] luminancesBehind(MeasuredCanvas behind, Scrim scrim, Box box) {
        int step = Math.max(1, (int) Math.round(1 / behind.scale()));
        int sr = scrim.color().red();
        int sg = scrim.color().green();
        int sb = scrim.color().blue();
        int columns = Math.max(0, (box.right() - Math.max(0, box.x()) + step - 1) / step);
        int rows = Math.max(0, (box.bottom() - Math.max(0, box.y()) + step - 1) / step);
        double[] out = new double[columns * rows];
        int n = 0;
        for (int y = Math.max(0, box.y()); y < box.bottom(); y += step) {
            for (int x = Math.max(0, box.x()); x < box.right(); x += step) {
                int p = behind.at(x, y);
                int a = scrim.alphaAt(x, y);
                int r = ContrastMeter.blend(sr, (p >> 16) & 0xff, a);
                int g = ContrastMeter.blend(sg, (p >> 8) & 0xff, a);
                int b = ContrastMeter.blend(sb, p & 0xff, a);
                out[n++] = ContrastRule.luminance((r << 16) | (g << 8) | b);
            }
        }
        return n == out.length ? out : java.util.Arrays.copyOf(out, n);
    }

    /** {@code a} blended towards {@code b} by {@code t} in sRGB, as Java2D composites. */
    static RgbColor mix(RgbColor a, RgbColor b, double t) {
        return new RgbColor((int) Math.round(a.red() + (b.red() - a.red()) * t),
                (int) Math.round(a.green() + (b.green() - a.green()) * t),
                (int) Math.round(a.blue() + (b.blue() - a.blue()) * t));
    }

    public static double contrast(RgbColor x, RgbColor y) {
        return ContrastRule.ratio(x, y);
    }

    /** What every zone's plan shares: the request, the canvas geometry, the framing and the measurements. */
    private record Scene(LayoutRequest request, Canvas canvas, CropWindow crop, SaliencyMap saliency,
                         MeasuredCanvas behind, CtaStyle cta) {
    }

    /** A fitted block placed with its last line's descent at {@code bottomY}, coloured when it is built. */
    private record Placed(String role, String fontRole, FittedText fitted, TextDirection direction, int x, int bottomY) {
        TextBlock block(TypeFaces faces, RgbColor colour) {
            return place(role, fontRole, faces, fitted, colour, 1.0, direction, x, bottomY);
        }
    }

    /** The CTA button placed, with its label. */
    private record PlacedCta(Box box, CtaStyle style, Placed label) {
        CtaButton button(TypeFaces faces) {
            return new CtaButton(box, style.fill(), label.block(faces, style.label()), style.contrast());
        }
    }

    /** One zone's solution and how good it is. */
    private record ZonePlan(TextZone zone, Box stack, Placed message, PlacedCta cta, Placed disclaimer,
                            Legibility legibility, Scrim scrim, List<LayoutIssue> issues, double score,
                            boolean logoLost) {
    }
}
