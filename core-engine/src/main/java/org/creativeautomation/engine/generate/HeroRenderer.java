package org.creativeautomation.engine.generate;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.LinearGradientPaint;
import java.awt.MultipleGradientPaint;
import java.awt.RadialGradientPaint;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

import static org.creativeautomation.engine.generate.StudioColours.mix;
import static org.creativeautomation.engine.generate.StudioColours.withAlpha;

/**
 * Paints a staged {@link HeroScene} like a studio photograph: seamless backdrop, key-light glow,
 * floor shadows, props, the product, vignette and grain. Large smooth areas are painted at half
 * size and scaled up, soft shadows at reduced size (see {@link BlurredLayer}); a 2048 px render
 * takes well under a second.
 */
final class HeroRenderer {

    private static final FilmGrain GRAIN = new FilmGrain(3);

    BufferedImage render(HeroScene scene) {
        BufferedImage image = new BufferedImage(scene.width(), scene.height(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            applyQuality(g);
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.drawImage(backdrop(scene), 0, 0, scene.width(), scene.height(), null);
            paintProductShadows(g, scene);
            for (HeroScene.FloorProp prop : scene.props()) {
                paintProp(g, scene, prop);
            }
            scene.product().paint(g, scene.look());
        } finally {
            g.dispose();
        }
        GRAIN.apply(image, scene.grainSeed());
        return image;
    }

    static void applyQuality(Graphics2D g) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.setRenderingHint(RenderingHints.KEY_COLOR_RENDERING, RenderingHints.VALUE_COLOR_RENDER_QUALITY);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setRenderingHint(RenderingHints.KEY_ALPHA_INTERPOLATION, RenderingHints.VALUE_ALPHA_INTERPOLATION_QUALITY);
    }

    // ---- backdrop ----------------------------------------------------------------------------

    /** The seamless sweep, decor, glow and vignette: all smooth, so painted at half size. */
    private BufferedImage backdrop(HeroScene scene) {
        int w = scene.width();
        int h = scene.height();
        int halfW = Math.max(1, (w + 1) / 2);
        int halfH = Math.max(1, (h + 1) / 2);
        BufferedImage half = new BufferedImage(halfW, halfH, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = half.createGraphics();
        try {
            applyQuality(g);
            g.scale(halfW / (double) w, halfH / (double) h);
            paintSweep(g, scene);
            paintDecor(g, scene);
            paintLight(g, scene);
            paintVignette(g, scene);
        } finally {
            g.dispose();
        }
        return half;
    }

    private void paintSweep(Graphics2D g, HeroScene scene) {
        StudioColours c = scene.colours();
        int h = scene.height();
        float horizon = (float) Math.max(0.2, Math.min(0.9, scene.horizonY() / h));
        float[] fractions = {0f, horizon - 0.07f, horizon - 0.005f, horizon + 0.05f, 1f};
        Color[] colours = {c.wallTop(), c.wallLow(), c.crease(), c.floorBack(), c.floorFront()};
        g.setPaint(new LinearGradientPaint(0, 0, 0, h, fractions, colours));
        g.fill(new Rectangle2D.Double(0, 0, scene.width(), h));
    }

    private void paintDecor(Graphics2D g, HeroScene scene) {
        int w = scene.width();
        int h = scene.height();
        double horizon = scene.horizonY();
        Rectangle2D subject = scene.product().bounds();
        Color decor = scene.colours().decor();
        double side = scene.look().lightFromLeft() ? 1 : -1;
        switch (scene.decor()) {
            case DISC -> {
                double r = Math.max(subject.getHeight() * 0.62, subject.getWidth() * 0.75);
                double cx = w / 2.0 + side * subject.getWidth() * 0.18;
                double cy = subject.getMinY() + subject.getHeight() * 0.3;
                Shape disc = new Ellipse2D.Double(cx - r, cy - r, 2 * r, 2 * r);
                g.setPaint(new LinearGradientPaint(0, (float) (cy - r), 0, (float) horizon + 0.04f * h,
                        new float[] {0f, 0.8f, 1f},
                        new Color[] {mix(decor, Color.WHITE, 0.2), decor, withAlpha(decor, 0)}));
                g.fill(disc);
            }
            case ARCH -> {
                double archWidth = Math.min(w * 0.5, subject.getWidth() * 1.9);
                double top = Math.max(h * 0.04, subject.getMinY() - subject.getHeight() * 0.18);
                double bottom = horizon + 0.03 * h;
                Shape arch = new RoundRectangle2D.Double(w / 2.0 - archWidth / 2, top, archWidth,
                        bottom - top + archWidth, archWidth, archWidth);
                g.setPaint(new LinearGradientPaint(0, (float) top, 0, (float) bottom,
                        new float[] {0f, 0.75f, 1f},
                        new Color[] {mix(decor, Color.WHITE, 0.15), decor, withAlpha(decor, 0)}));
                g.fill(arch);
            }
            case NONE -> {
                // a plain sweep
            }
        }
    }

    /** The key light: a broad glow on the wall behind the product and a pool of light on the floor. */
    private void paintLight(Graphics2D g, HeroScene scene) {
        int w = scene.width();
        int h = scene.height();
        Rectangle2D subject = scene.product().bounds();
        double side = scene.look().lightFromLeft() ? -1 : 1;
        Point2D glowCentre = new Point2D.Double(w / 2.0 + side * 0.12 * w, subject.getMinY() + 0.2 * subject.getHeight());
        g.setPaint(new RadialGradientPaint(glowCentre, (float) (0.7 * Math.max(w, h)),
                new float[] {0f, 0.35f, 1f},
                new Color[] {withAlpha(Color.WHITE, 0.5), withAlpha(Color.WHITE, 0.16), withAlpha(Color.WHITE, 0)}));
        g.fill(new Rectangle2D.Double(0, 0, w, h));

        double poolY = subject.getMaxY() - 0.02 * h;
        Point2D poolCentre = new Point2D.Double(w / 2.0 + side * 0.05 * w, poolY);
        AffineTransform squash = AffineTransform.getTranslateInstance(poolCentre.getX(), poolCentre.getY());
        squash.scale(1, 0.28);
        squash.translate(-poolCentre.getX(), -poolCentre.getY());
        g.setPaint(new RadialGradientPaint(poolCentre, (float) (0.55 * w), poolCentre,
                new float[] {0f, 1f}, new Color[] {withAlpha(Color.WHITE, 0.38), withAlpha(Color.WHITE, 0)},
                MultipleGradientPaint.CycleMethod.NO_CYCLE, MultipleGradientPaint.ColorSpaceType.SRGB, squash));
        g.fill(new Rectangle2D.Double(0, scene.horizonY() - 0.05 * h, w, h));
    }

    private void paintVignette(Graphics2D g, HeroScene scene) {
        int w = scene.width();
        int h = scene.height();
        Point2D centre = new Point2D.Double(w / 2.0, h * 0.48);
        double radius = 0.5 * Math.hypot(w, h) * 1.05;
        AffineTransform fit = AffineTransform.getTranslateInstance(centre.getX(), centre.getY());
        fit.scale(w / (double) Math.max(w, h), h / (double) Math.max(w, h));
        fit.translate(-centre.getX(), -centre.getY());
        g.setPaint(new RadialGradientPaint(centre, (float) radius, centre,
                new float[] {0f, 0.5f, 1f},
                new Color[] {withAlpha(Color.BLACK, 0), withAlpha(Color.BLACK, 0.02), withAlpha(Color.BLACK, 0.32)},
                MultipleGradientPaint.CycleMethod.NO_CYCLE, MultipleGradientPaint.ColorSpaceType.SRGB, fit));
        g.fill(new Rectangle2D.Double(0, 0, w, h));
    }

    // ---- shadows and props -------------------------------------------------------------------

    /**
     * Three layers, as a soft key light gives them: a long faint shadow thrown away from the light,
     * a broader ambient darkening around the base, and a tight dark contact line.
     */
    private void paintProductShadows(Graphics2D g, HeroScene scene) {
        Rectangle2D subject = scene.product().bounds();
        List<Point2D> footprint = scene.product().footprint();
        Point2D centre = centroid(footprint);
        double reach = subject.getHeight();
        double side = scene.look().lightFromLeft() ? 1 : -1;
        Point2D throwTo = new Point2D.Double(side * 0.75 * reach, -0.12 * reach);
        Color shadow = scene.colours().shadow();

        List<Point2D> thrown = new ArrayList<>(footprint);
        for (Point2D p : footprint) {
            thrown.add(new Point2D.Double(
                    centre.getX() + throwTo.getX() + (p.getX() - centre.getX()) * 1.35,
                    centre.getY() + throwTo.getY() + (p.getY() - centre.getY()) * 1.2));
        }
        Shape longShadow = polygon(convexHull(thrown));
        BlurredLayer soft = new BlurredLayer(longShadow.getBounds2D(), 0.035 * reach);
        Graphics2D sg = soft.graphics();
        sg.setPaint(new LinearGradientPaint(centre, new Point2D.Double(centre.getX() + throwTo.getX(),
                centre.getY() + throwTo.getY()), new float[] {0f, 0.3f, 1f},
                new Color[] {withAlpha(shadow, 0.55), withAlpha(shadow, 0.32), withAlpha(shadow, 0)}));
        sg.fill(longShadow);
        sg.dispose();
        soft.drawOnto(g);

        Shape ambient = polygon(scaled(footprint, centre, 1.12, 1.35));
        BlurredLayer ambientLayer = new BlurredLayer(ambient.getBounds2D(), 0.022 * reach);
        Graphics2D ag = ambientLayer.graphics();
        ag.setColor(withAlpha(shadow, 0.55));
        ag.fill(ambient);
        ag.dispose();
        ambientLayer.drawOnto(g);

        Shape contact = polygon(scaled(footprint, centre, 1.01, 1.05));
        BlurredLayer contactLayer = new BlurredLayer(contact.getBounds2D(), 0.005 * reach);
        Graphics2D cg = contactLayer.graphics();
        cg.setColor(withAlpha(shadow, 0.75));
        cg.fill(contact);
        cg.dispose();
        contactLayer.drawOnto(g);
    }

    private void paintProp(Graphics2D g, HeroScene scene, HeroScene.FloorProp prop) {
        double r = prop.radius();
        double side = scene.look().lightFromLeft() ? 1 : -1;
        Color shadow = scene.colours().shadow();
        Shape thrown = new Ellipse2D.Double(prop.x() - r + side * r * 0.9, prop.floorY() - r * 0.35, 2.2 * r, 0.45 * r);
        BlurredLayer soft = new BlurredLayer(thrown.getBounds2D(), 0.25 * r);
        Graphics2D sg = soft.graphics();
        sg.setColor(withAlpha(shadow, 0.22));
        sg.fill(thrown);
        Shape contact = new Ellipse2D.Double(prop.x() - 0.7 * r, prop.floorY() - 0.12 * r, 1.4 * r, 0.24 * r);
        sg.setColor(withAlpha(shadow, 0.5));
        sg.fill(contact);
        sg.dispose();
        soft.drawOnto(g);

        Point2D centre = new Point2D.Double(prop.x(), prop.floorY() - r);
        Point2D highlight = new Point2D.Double(prop.x() - side * 0.35 * r, prop.floorY() - r - 0.42 * r);
        Color colour = prop.colour();
        g.setPaint(new RadialGradientPaint(centre, (float) (1.15 * r), highlight,
                new float[] {0f, 0.5f, 0.85f, 1f},
                new Color[] {mix(colour, Color.WHITE, 0.5), colour, mix(colour, Color.BLACK, 0.3),
                        mix(colour, Color.BLACK, 0.2)},
                MultipleGradientPaint.CycleMethod.NO_CYCLE));
        g.fill(new Ellipse2D.Double(prop.x() - r, prop.floorY() - 2 * r, 2 * r, 2 * r));
    }

    // ---- geometry ----------------------------------------------------------------------------

    private static Point2D centroid(List<Point2D> points) {
        double x = 0;
        double y = 0;
        for (Point2D p : points) {
            x += p.getX();
            y += p.getY();
        }
        return new Point2D.Double(x / points.size(), y / points.size());
    }

    private static List<Point2D> scaled(List<Point2D> points, Point2D centre, double sx, double sy) {
        List<Point2D> result = new ArrayList<>(points.size());
        for (Point2D p : points) {
            result.add(new Point2D.Double(centre.getX() + (p.getX() - centre.getX()) * sx,
                    centre.getY() + (p.getY() - centre.getY()) * sy));
        }
        return result;
    }

    private static Shape polygon(List<Point2D> points) {
        Path2D.Double path = new Path2D.Double();
        for (int i = 0; i < points.size(); i++) {
            if (i == 0) {
                path.moveTo(points.get(i).getX(), points.get(i).getY());
            } else {
                path.lineTo(points.get(i).getX(), points.get(i).getY());
            }
        }
        path.closePath();
        return path;
    }

    /** Andrew's monotone chain; the shadow of a convex product swept along the floor is convex. */
    private static List<Point2D> convexHull(List<Point2D> points) {
        List<Point2D> sorted = new ArrayList<>(points);
        sorted.sort(Comparator.comparingDouble(Point2D::getX).thenComparingDouble(Point2D::getY));
        List<Point2D> hull = new ArrayList<>();
        for (int pass = 0; pass < 2; pass++) {
            int start = hull.size();
            for (Point2D p : sorted) {
                while (hull.size() >= start + 2 && cross(hull.get(hull.size() - 2), hull.get(hull.size() - 1), p) <= 0) {
                    hull.remove(hull.size() - 1);
                }
                hull.add(p);
            }
            hull.remove(hull.size() - 1);
            Collections.reverse(sorted);
        }
        return hull;
    }

    private static double cross(Point2D o, Point2D a, Point2D b) {
        return (a.getX() - o.getX()) * (b.getY() - o.getY()) - (a.getY() - o.getY()) * (b.getX() - o.getX());
    }
}
