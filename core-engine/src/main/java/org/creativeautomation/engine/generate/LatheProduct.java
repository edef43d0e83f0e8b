package org.creativeautomation.engine.generate;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.LinearGradientPaint;
import java.awt.RadialGradientPaint;
import java.awt.Shape;
import java.awt.font.GlyphVector;
import java.awt.geom.AffineTransform;
import java.awt.geom.Area;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import static org.creativeautomation.engine.generate.StudioColours.mix;
import static org.creativeautomation.engine.generate.StudioColours.withAlpha;

/**
 * A round product (can, bottle, jar): a surface of revolution seen from slightly above. Its profile
 * is a list of (height, radius) knots; horizontal edges show as the front halves of ellipses and
 * print wraps around the body, which is what makes it read as a cylinder rather than a flat shape.
 */
final class LatheProduct implements ProductModel {

    enum Kind { CAN, BOTTLE, JAR }

    private static final int SIDE_STEPS = 28;
    private static final int ARC_STEPS = 48;

    private final Kind kind;
    private final double[] knotHeights;
    private final double[] knotRadii;
    private final double elevation;
    private final double centreX;
    private final double baseY;
    private final double unit;

    private LatheProduct(Kind kind, double[] knotHeights, double[] knotRadii, double elevation,
                         double centreX, double baseY, double unit) {
        this.kind = kind;
        this.knotHeights = knotHeights;
        this.knotRadii = knotRadii;
        this.elevation = elevation;
        this.centreX = centreX;
        this.baseY = baseY;
        this.unit = unit;
    }

    /** The product at unit size; proportions follow real packaging (a 330 ml can is 66 x 115 mm). */
    static LatheProduct ofKind(Kind kind) {
        return switch (kind) {
            case CAN -> new LatheProduct(kind,
                    new double[] {0, 0.03, 0.865, 0.935, 0.972, 0.985, 1.0},
                    new double[] {0.262, 0.29, 0.29, 0.248, 0.236, 0.243, 0.24},
                    Math.toRadians(11), 0, 0, 1);
            case BOTTLE -> new LatheProduct(kind,
                    new double[] {0, 0.025, 0.56, 0.74, 0.80, 0.806, 0.815, 0.82, 0.995, 1.0},
                    new double[] {0.18, 0.2, 0.2, 0.078, 0.068, 0.073, 0.073, 0.085, 0.085, 0.081},
                    Math.toRadians(9), 0, 0, 1);
            case JAR -> new LatheProduct(kind,
                    new double[] {0, 0.03, 0.64, 0.70, 0.715, 0.72, 0.985, 1.0},
                    new double[] {0.42, 0.45, 0.45, 0.43, 0.43, 0.462, 0.462, 0.445},
                    Math.toRadians(14), 0, 0, 1);
        };
    }

    @Override
    public LatheProduct placed(double centreX, double baseY, double unit) {
        return new LatheProduct(kind, knotHeights, knotRadii, elevation, centreX, baseY, unit);
    }

    @Override
    public Rectangle2D bounds() {
        double maxRadius = 0;
        double top = Double.MAX_VALUE;
        for (int i = 0; i <= 200; i++) {
            double y = top() * i / 200;
            double r = radius(y);
            maxRadius = Math.max(maxRadius, r);
            top = Math.min(top, screenY(y) - ellipseHeight(r));
        }
        double bottom = screenY(0) + ellipseHeight(radius(0));
        return new Rectangle2D.Double(centreX - unit * maxRadius, top, 2 * unit * maxRadius, bottom - top);
    }

    @Override
    public List<Point2D> footprint() {
        double r = radius(0) * unit;
        double ry = ellipseHeight(radius(0));
        List<Point2D> points = new ArrayList<>(ARC_STEPS);
        for (int i = 0; i < ARC_STEPS; i++) {
            double t = 2 * Math.PI * i / ARC_STEPS;
            points.add(new Point2D.Double(centreX + r * Math.cos(t), screenY(0) + ry * Math.sin(t)));
        }
        return points;
    }

    @Override
    public void paint(Graphics2D g, ProductLook look) {
        switch (kind) {
            case CAN -> paintCan(g, look);
            case BOTTLE -> paintBottle(g, look);
            case JAR -> paintJar(g, look);
        }
    }

    // ---- the three products ----------------------------------------------------------------

    private void paintCan(Graphics2D g, ProductLook look) {
        StudioColours c = look.colours();
        Color metal = mix(new Color(196, 201, 207), c.wallLow(), 0.15);
        double bodyBottom = 0.03;
        double bodyTop = 0.865;

        g.setColor(c.primary());
        g.fill(silhouette());
        paintMetalBand(g, 0, bodyBottom, metal, look.lightFromLeft());

        g.setColor(c.primary());
        g.fill(band(bodyBottom, bodyTop));
        double textCentre;
        double textHeight;
        switch (look.printVariant()) {
            case 0 -> {
                fillBand(g, 0.12, 0.27, c.secondary());
                fillBand(g, 0.285, 0.30, c.accent());
                textCentre = 0.57;
                textHeight = 0.34;
            }
            case 1 -> {
                fillBand(g, 0.70, 0.80, c.secondary());
                fillBand(g, 0.675, 0.688, c.accent());
                textCentre = 0.43;
                textHeight = 0.36;
            }
            default -> {
                fillBand(g, bodyBottom, 0.2, mix(c.primary(), c.secondary(), 0.55));
                fillBand(g, 0.22, 0.232, c.accent());
                fillBand(g, 0.76, 0.772, c.accent());
                textCentre = 0.5;
                textHeight = 0.34;
            }
        }
        paintWrappedLabel(g, look, c.textOn(c.primary()), textCentre, textHeight, 0.29 * 1.9);
        if (look.droplets()) {
            paintDroplets(g, look, bodyBottom + 0.02, bodyTop - 0.03);
        }
        shadeCylinder(g, bodyBottom, bodyTop, look.lightFromLeft(), 1.0);
        paintMetalBand(g, bodyTop, 0.972, metal, look.lightFromLeft());
        paintMetalBand(g, 0.972, 1.0, mix(metal, Color.WHITE, 0.1), look.lightFromLeft());
        paintCanLid(g, metal, look.lightFromLeft());
    }

    /** A sleeved bottle: the brand colour all over, the name on a framed panel, a knurled cap. */
    private void paintBottle(Graphics2D g, ProductLook look) {
        StudioColours c = look.colours();
        Color body = c.primary();
        Color cap = look.printVariant() == 1 ? c.secondary() : c.accent();
        Color frame = look.printVariant() == 2 ? c.accent() : c.secondary();

        g.setColor(body);
        g.fill(silhouette());
        g.fill(band(0, 0.815));
        fillBand(g, 0.11, 0.13, frame);
        fillBand(g, 0.49, 0.51, frame);
        paintWrappedLabel(g, look, c.textOn(body), 0.31, 0.28, 0.2 * 1.9);
        shadeCylinder(g, 0, 0.56, look.lightFromLeft(), 1.0);
        shadeCylinder(g, 0.56, 0.815, look.lightFromLeft(), 1.0);

        g.setColor(cap);
        g.fill(band(0.815, 1.0));
        paintRidges(g, 0.82, 0.995, 30, 0.085);
        shadeCylinder(g, 0.815, 1.0, look.lightFromLeft(), 1.1);
        paintTopDisc(g, 1.0, mix(cap, Color.WHITE, 0.12), look.lightFromLeft());
    }

    private void paintJar(Graphics2D g, ProductLook look) {
        StudioColours c = look.colours();
        Color glaze = mix(c.wallTop(), Color.WHITE, 0.75);
        Color lid = switch (look.printVariant()) {
            case 0 -> c.primary();
            case 1 -> c.accent();
            default -> c.secondary();
        };
        g.setColor(glaze);
        g.fill(silhouette());
        g.fill(band(0, 0.72));
        fillBand(g, 0.08, 0.62, c.primary());
        fillBand(g, 0.58, 0.595, c.accent());
        paintWrappedLabel(g, look, c.textOn(c.primary()), 0.35, 0.3, 0.45 * 1.9);
        shadeCylinder(g, 0, 0.715, look.lightFromLeft(), 0.9);

        g.setColor(lid);
        g.fill(band(0.715, 1.0));
        paintRidges(g, 0.73, 0.985, 64, 0.462);
        shadeCylinder(g, 0.715, 1.0, look.lightFromLeft(), 1.0);
        paintTopDisc(g, 1.0, mix(lid, Color.WHITE, 0.1), look.lightFromLeft());
    }

    // ---- surfaces ----------------------------------------------------------------------------

    private void fillBand(Graphics2D g, double from, double to, Color colour) {
        g.setColor(colour);
        g.fill(band(from, to));
    }

    /**
     * Light and shade across a round body: dark edges turning away from the light, a soft fill, a
     * narrow specular stripe on the lit side and a faint rim of bounce light on the far edge. The
     * middle stays untouched so printed colours stay true.
     */
    private void shadeCylinder(Graphics2D g, double from, double to, boolean lightFromLeft, double strength) {
        Shape shape = band(from, to);
        double r = unit * maxRadius(from, to);
        float[] fractions = {0f, 0.06f, 0.14f, 0.22f, 0.26f, 0.30f, 0.37f, 0.68f, 0.84f, 0.93f, 0.967f, 1f};
        double[][] stops = {
                {0, 0.55}, {0, 0.25}, {1, 0}, {1, 0.2}, {1, 0.5}, {1, 0.16}, {1, 0},
                {0, 0}, {0, 0.2}, {0, 0.42}, {1, 0.08}, {0, 0.6}};
        Color[] colours = new Color[stops.length];
        for (int i = 0; i < stops.length; i++) {
            Color base = stops[i][0] == 1 ? Color.WHITE : Color.BLACK;
            colours[i] = withAlpha(base, stops[i][1] * strength);
        }
        g.setPaint(horizontalGradient(r, fractions, colours, lightFromLeft));
        g.fill(shape);
        // Where the body meets the floor it sits in its own shadow.
        double floorEdge = screenY(from) + ellipseHeight(radius(from));
        if (from == 0) {
            g.setPaint(new GradientPaint(0, (float) (floorEdge - unit * 0.05), withAlpha(Color.BLACK, 0),
                    0, (float) floorEdge, withAlpha(Color.BLACK, 0.3)));
            g.fill(shape);
        }
    }

    private void paintMetalBand(Graphics2D g, double from, double to, Color metal, boolean lightFromLeft) {
        double r = unit * maxRadius(from, to);
        float[] fractions = {0f, 0.1f, 0.22f, 0.29f, 0.36f, 0.5f, 0.66f, 0.8f, 0.93f, 1f};
        double[] tones = {-0.55, -0.2, 0.1, 0.85, -0.05, -0.3, 0.05, -0.4, -0.1, -0.6};
        Color[] colours = new Color[tones.length];
        for (int i = 0; i < tones.length; i++) {
            colours[i] = tones[i] >= 0 ? mix(metal, Color.WHITE, tones[i]) : mix(metal, Color.BLACK, -tones[i]);
        }
        g.setPaint(horizontalGradient(r, fractions, colours, lightFromLeft));
        g.fill(band(from, to));
    }

    private void paintCanLid(Graphics2D g, Color metal, boolean lightFromLeft) {
        double top = top();
        double r = radius(top);
        double cy = screenY(top);
        Ellipse2D rim = ellipse(cy, r);
        g.setPaint(horizontalGradient(unit * r, new float[] {0f, 0.3f, 0.7f, 1f},
                new Color[] {mix(metal, Color.BLACK, 0.2), mix(metal, Color.WHITE, 0.5),
                        mix(metal, Color.WHITE, 0.1), mix(metal, Color.BLACK, 0.3)}, lightFromLeft));
        g.fill(rim);
        // The lid sits a little below the rim, so its back edge is in the rim's shade.
        double inner = r * 0.86;
        Ellipse2D well = ellipse(cy + unit * 0.012, inner);
        g.setPaint(new GradientPaint(0, (float) (well.getMinY()), mix(metal, Color.BLACK, 0.35),
                0, (float) well.getMaxY(), mix(metal, Color.WHITE, 0.25)));
        g.fill(well);
        // Tab and rivet.
        double tabY = cy + unit * 0.012;
        double tabW = unit * inner * 0.55;
        double tabH = ellipseHeight(inner) * 0.42;
        Shape tab = new RoundRectangle2D.Double(centreX - tabW / 2, tabY - tabH * 0.95, tabW, tabH,
                tabH * 0.9, tabH * 0.9);
        g.setColor(mix(metal, Color.WHITE, 0.35));
        g.fill(tab);
        g.setColor(withAlpha(Color.BLACK, 0.25));
        g.setStroke(new BasicStroke((float) (unit * 0.0035)));
        g.draw(tab);
        double hole = tabH * 0.38;
        g.setColor(mix(metal, Color.BLACK, 0.45));
        g.fill(new Ellipse2D.Double(centreX - tabW * 0.18, tabY - tabH * 0.75, tabW * 0.36, hole));
        double rivet = unit * 0.02;
        g.setColor(mix(metal, Color.BLACK, 0.2));
        g.fill(new Ellipse2D.Double(centreX - rivet, tabY - rivet * 0.4, 2 * rivet, rivet * 0.8));
        g.setColor(withAlpha(Color.WHITE, 0.6));
        g.setStroke(new BasicStroke((float) (unit * 0.004)));
        g.draw(new Ellipse2D.Double(centreX - unit * r * 0.995, cy - ellipseHeight(r * 0.995),
                2 * unit * r * 0.995, 2 * ellipseHeight(r * 0.995)));
    }

    private void paintTopDisc(Graphics2D g, double height, Color colour, boolean lightFromLeft) {
        double r = radius(height);
        Ellipse2D top = ellipse(screenY(height), r);
        g.setColor(colour);
        g.fill(top);
        double side = lightFromLeft ? -0.35 : 0.35;
        g.setPaint(new RadialGradientPaint(
                new Point2D.Double(centreX + side * unit * r, screenY(height) - ellipseHeight(r) * 0.3),
                (float) (unit * r * 1.2), new float[] {0f, 1f},
                new Color[] {withAlpha(Color.WHITE, 0.35), withAlpha(Color.WHITE, 0)}));
        g.fill(top);
        g.setColor(withAlpha(Color.BLACK, 0.18));
        g.setStroke(new BasicStroke((float) Math.max(1, unit * 0.003)));
        g.draw(top);
    }

    /** Knurled caps: fine vertical grooves that follow the curve. */
    private void paintRidges(Graphics2D g, double from, double to, int count, double r) {
        double px = unit * r;
        g.setStroke(new BasicStroke((float) Math.max(1, unit * 0.004), BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER));
        for (int i = 0; i < count; i++) {
            double angle = -Math.PI / 2 + Math.PI * (i + 0.5) / count;
            double facing = Math.cos(angle);
            if (facing < 0.2) {
                continue;
            }
            double x = centreX + px * Math.sin(angle);
            double drop = ellipseHeight(r) * facing;
            g.setColor(withAlpha(Color.BLACK, 0.16 * facing));
            g.draw(new Line2D.Double(x, screenY(to) + drop, x, screenY(from) + drop));
            g.setColor(withAlpha(Color.WHITE, 0.1 * facing));
            double x2 = x + unit * 0.006 * facing;
            g.draw(new Line2D.Double(x2, screenY(to) + drop, x2, screenY(from) + drop));
        }
    }

    /**
     * Draws the label text wrapped around the body: each glyph is placed at its angle around the
     * axis, narrowed by the cosine of that angle and dropped onto the curve of the front.
     */
    private void paintWrappedLabel(Graphics2D g, ProductLook look, Color colour,
                                   double centreHeight, double heightUnits, double arcUnits) {
        double r = unit * radius(centreHeight);
        // Glyphs further round than about 55 degrees squeeze into illegibility; a turned label has less room.
        double arc = Math.min(unit * arcUnits, 2 * r * (Math.toRadians(55) - Math.abs(look.labelTurn())));
        FittedText text = FittedText.fit(look.label(), look.font(), arc, unit * heightUnits
                * Math.cos(elevation), 4);
        double centreY = screenY(centreHeight);
        double drop = ellipseHeight(radius(centreHeight));
        g.setColor(colour);
        for (int line = 0; line < text.lines().size(); line++) {
            String words = text.lines().get(line);
            GlyphVector glyphs = text.font().createGlyphVector(FittedText.RENDER_CONTEXT, words);
            double lineWidth = text.width(words);
            double baseline = text.baseline(line, centreY);
            for (int i = 0; i < glyphs.getNumGlyphs(); i++) {
                double advance = glyphs.getGlyphMetrics(i).getAdvance();
                double glyphCentre = glyphs.getGlyphPosition(i).getX() + advance / 2;
                double angle = (glyphCentre - lineWidth / 2) / r + look.labelTurn();
                if (Math.abs(angle) > Math.toRadians(80)) {
                    continue;
                }
                AffineTransform wrap = AffineTransform.getTranslateInstance(
                        centreX + r * Math.sin(angle), baseline + drop * Math.cos(angle));
                wrap.scale(Math.cos(angle), 1);
                wrap.translate(-glyphCentre, 0);
                g.fill(wrap.createTransformedShape(glyphs.getGlyphOutline(i)));
            }
        }
    }

    /** Condensation: beads of water with a dark refracting edge and a bright highlight. */
    private void paintDroplets(Graphics2D g, ProductLook look, double from, double to) {
        SplittableRandom random = new SplittableRandom(look.detailSeed());
        Shape body = band(from, to);
        Shape oldClip = g.getClip();
        g.clip(body);
        int count = 70 + random.nextInt(70);
        double side = look.lightFromLeft() ? -1 : 1;
        for (int i = 0; i < count; i++) {
            double across = random.nextDouble(-0.94, 0.94);
            double height = random.nextDouble(from, to);
            double r = radius(height);
            double size = unit * (0.0035 + 0.011 * Math.pow(random.nextDouble(), 3));
            double squeeze = Math.sqrt(1 - across * across);
            double x = centreX + unit * r * across;
            double y = screenY(height) + ellipseHeight(r) * squeeze;
            double w = size * 2 * squeeze;
            double h = size * 2.3;
            g.setColor(withAlpha(Color.BLACK, 0.22));
            g.fill(new Ellipse2D.Double(x - w / 2 + size * 0.12, y - h / 2 + size * 0.18, w, h));
            g.setColor(withAlpha(Color.WHITE, 0.16));
            g.fill(new Ellipse2D.Double(x - w / 2, y - h / 2, w, h));
            Area crescent = new Area(new Ellipse2D.Double(x - w / 2, y - h / 2, w, h));
            crescent.subtract(new Area(new Ellipse2D.Double(x - w / 2, y - h / 2 - h * 0.22, w, h)));
            g.setColor(withAlpha(Color.WHITE, 0.3));
            g.fill(crescent);
            double spot = size * 0.55;
            g.setColor(withAlpha(Color.WHITE, 0.85));
            g.fill(new Ellipse2D.Double(x + side * w * 0.18 - spot * squeeze / 2, y - h * 0.3 - spot / 2,
                    spot * squeeze, spot));
        }
        g.setClip(oldClip);
    }

    // ---- geometry ----------------------------------------------------------------------------

    private LinearGradientPaint horizontalGradient(double r, float[] fractions, Color[] colours, boolean lightFromLeft) {
        Color[] ordered = colours;
        float[] positions = fractions;
        if (!lightFromLeft) {
            ordered = new Color[colours.length];
            positions = new float[fractions.length];
            for (int i = 0; i < colours.length; i++) {
                ordered[i] = colours[colours.length - 1 - i];
                positions[i] = 1f - fractions[fractions.length - 1 - i];
            }
        }
        return new LinearGradientPaint(new Point2D.Double(centreX - r, 0), new Point2D.Double(centreX + r, 0),
                positions, ordered);
    }

    /** The visible body between two heights: the side edges and the front halves of the two rims. */
    private Shape band(double from, double to) {
        Path2D.Double path = new Path2D.Double();
        for (int i = 0; i <= SIDE_STEPS; i++) {
            double y = to - (to - from) * i / SIDE_STEPS;
            double x = centreX + unit * radius(y);
            if (i == 0) {
                path.moveTo(x, screenY(y));
            } else {
                path.lineTo(x, screenY(y));
            }
        }
        frontArc(path, from, true);
        for (int i = 0; i <= SIDE_STEPS; i++) {
            double y = from + (to - from) * i / SIDE_STEPS;
            path.lineTo(centreX - unit * radius(y), screenY(y));
        }
        frontArc(path, to, false);
        path.closePath();
        return path;
    }

    private Shape silhouette() {
        Area area = new Area(band(0, top()));
        area.add(new Area(ellipse(screenY(top()), radius(top()))));
        return area;
    }

    private void frontArc(Path2D.Double path, double height, boolean rightToLeft) {
        double r = radius(height);
        double cy = screenY(height);
        for (int i = 0; i <= ARC_STEPS; i++) {
            double t = Math.PI * i / ARC_STEPS;
            double angle = rightToLeft ? t : Math.PI - t;
            path.lineTo(centreX + unit * r * Math.cos(angle), cy + ellipseHeight(r) * Math.sin(angle));
        }
    }

    private Ellipse2D ellipse(double cy, double r) {
        double ry = ellipseHeight(r);
        return new Ellipse2D.Double(centreX - unit * r, cy - ry, 2 * unit * r, 2 * ry);
    }

    private double top() {
        return knotHeights[knotHeights.length - 1];
    }

    private double screenY(double height) {
        return baseY - unit * height * Math.cos(elevation);
    }

    /** Half the height of the rim ellipse at a radius: how much of a circle shows from above. */
    private double ellipseHeight(double radius) {
        return unit * radius * Math.sin(elevation);
    }

    private double maxRadius(double from, double to) {
        double max = 0;
        for (int i = 0; i <= 40; i++) {
            max = Math.max(max, radius(from + (to - from) * i / 40));
        }
        return max;
    }

    /** The profile radius at a height; knots are joined with eased curves so shoulders look turned. */
    private double radius(double height) {
        if (height <= knotHeights[0]) {
            return knotRadii[0];
        }
        for (int i = 1; i < knotHeights.length; i++) {
            if (height <= knotHeights[i]) {
                double t = (height - knotHeights[i - 1]) / (knotHeights[i] - knotHeights[i - 1]);
                double eased = (1 - Math.cos(Math.PI * t)) / 2;
                return knotRadii[i - 1] + (knotRadii[i] - knotRadii[i - 1]) * eased;
            }
        }
        return knotRadii[knotRadii.length - 1];
    }
}
