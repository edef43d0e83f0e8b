package org.creativeautomation.engine.generate;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.LinearGradientPaint;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Area;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

import static org.creativeautomation.engine.generate.StudioColours.luminance;
import static org.creativeautomation.engine.generate.StudioColours.mix;
import static org.creativeautomation.engine.generate.StudioColours.withAlpha;

/**
 * A box-shaped product (cereal carton, shoe box with lid), turned about its vertical axis and seen
 * from slightly above. An orthographic view maps every face to a parallelogram, so each face's print
 * is designed flat and carried onto the face by one affine transform.
 */
final class CartonProduct implements ProductModel {

    enum Kind { BOX, SHOE_BOX }

    /** How far a shoe box lid rises above the box it covers, in units. */
    private static final double LID_RISE = 0.006;

    private final Kind kind;
    private final double width;
    private final double depth;
    private final double height;
    private final double lidHeight;
    private final double lidOverhang;
    private final double yaw;
    private final double elevation;
    private final double centreX;
    private final double baseY;
    private final double unit;

    private CartonProduct(Kind kind, double width, double depth, double height, double lidHeight, double lidOverhang,
                          double yaw, double elevation, double centreX, double baseY, double unit) {
        this.kind = kind;
        this.width = width;
        this.depth = depth;
        this.height = height;
        this.lidHeight = lidHeight;
        this.lidOverhang = lidOverhang;
        this.yaw = yaw;
        this.elevation = elevation;
        this.centreX = centreX;
        this.baseY = baseY;
        this.unit = unit;
    }

    /**
     * @param yaw radians; positive turns the front to the right and shows the left side
     */
    static CartonProduct ofKind(Kind kind, double yaw) {
        return switch (kind) {
            case BOX -> new CartonProduct(kind, 0.70, 0.26, 1.0, 0, 0, yaw, Math.toRadians(12), 0, 0, 1);
            case SHOE_BOX -> new CartonProduct(kind, 1.0, 0.62, 0.48, 0.14, 0.012, yaw, Math.toRadians(20), 0, 0, 1);
        };
    }

    @Override
    public CartonProduct placed(double centreX, double baseY, double unit) {
        return new CartonProduct(kind, width, depth, height, lidHeight, lidOverhang, yaw, elevation,
                centreX, baseY, unit);
    }

    @Override
    public Rectangle2D bounds() {
        Rectangle2D bounds = null;
        for (Cuboid cuboid : kind == Kind.SHOE_BOX ? List.of(body(), lid()) : List.of(body())) {
            for (Point2D corner : cuboid.corners()) {
                if (bounds == null) {
                    bounds = new Rectangle2D.Double(corner.getX(), corner.getY(), 0, 0);
                } else {
                    bounds.add(corner);
                }
            }
        }
        return bounds;
    }

    @Override
    public List<Point2D> footprint() {
        Cuboid body = body();
        return List.of(
                body.point(-1, 0, -1), body.point(1, 0, -1), body.point(1, 0, 1), body.point(-1, 0, 1));
    }

    @Override
    public void paint(Graphics2D g, ProductLook look) {
        StudioColours c = look.colours();
        Cuboid body = body();
        Face front = body.front();
        Face side = body.side();
        Face top = body.top();
        Area silhouette = new Area(front.outline());
        silhouette.add(new Area(side.outline()));
        silhouette.add(new Area(top.outline()));
        // Filling the whole silhouette first hides hairline seams where antialiased faces meet.
        g.setColor(mix(c.primary(), Color.BLACK, 0.4));
        g.fill(silhouette);

        if (kind == Kind.BOX) {
            paintCartonFront(g, front, look);
            paintCartonSide(g, side, look);
            paintPlainTop(g, top, look, true);
            shadeFace(g, front, look, FaceRole.FRONT);
            shadeFace(g, side, look, FaceRole.SIDE);
            shadeFace(g, top, look, FaceRole.TOP);
            highlightEdges(g, front, side, look);
        } else {
            paintShoeBoxFace(g, front, look, true);
            paintShoeBoxFace(g, side, look, false);
            shadeFace(g, front, look, FaceRole.FRONT);
            shadeFace(g, side, look, FaceRole.SIDE);
            paintLidShadow(g, front);
            paintLidShadow(g, side);
            Cuboid lid = lid();
            Face lidFront = lid.front();
            Face lidSide = lid.side();
            Face lidTop = lid.top();
            Area lidSilhouette = new Area(lidFront.outline());
            lidSilhouette.add(new Area(lidSide.outline()));
            lidSilhouette.add(new Area(lidTop.outline()));
            g.setColor(mix(c.primary(), Color.BLACK, 0.4));
            g.fill(lidSilhouette);
            paintLidRim(g, lidFront, look);
            paintLidRim(g, lidSide, look);
            paintShoeBoxLidTop(g, lidTop, look);
            shadeFace(g, lidFront, look, FaceRole.FRONT);
            shadeFace(g, lidSide, look, FaceRole.SIDE);
            shadeFace(g, lidTop, look, FaceRole.TOP);
            highlightEdges(g, lidFront, lidSide, look);
            highlightVerticalEdge(g, front, look);
        }
    }

    // ---- prints -----------------------------------------------------------------------------

    private void paintCartonFront(Graphics2D g, Face face, ProductLook look) {
        StudioColours c = look.colours();
        double w = face.width();
        double h = face.height();
        boolean mirrored = look.printVariant() == 1;
        Graphics2D local = face.open(g);
        local.setColor(c.primary());
        local.fill(face.localBounds());
        local.setColor(mix(c.primary(), c.secondary(), 0.35));
        local.fill(face.inside(new Ellipse2D.Double(-0.2 * w, 0.78 * h, 1.4 * w, 0.6 * h)));
        local.setColor(c.secondary());
        if (look.printVariant() == 2) {
            Path2D.Double sash = new Path2D.Double();
            sash.moveTo(0, 0.1 * h);
            sash.lineTo(w, 0);
            sash.lineTo(w, 0.16 * h);
            sash.lineTo(0, 0.26 * h);
            sash.closePath();
            local.fill(face.inside(sash));
        } else {
            local.fill(new Rectangle2D.Double(0, 0, w, 0.2 * h));
        }
        local.setColor(c.accent());
        double burst = 0.13 * w;
        double burstX = mirrored ? 0.2 * w : 0.8 * w;
        local.fill(face.inside(new Ellipse2D.Double(burstX - burst, 0.2 * h - burst, 2 * burst, 2 * burst)));

        FittedText name = FittedText.fit(look.label(), look.font(), 0.84 * w, 0.3 * h, 3);
        local.setColor(c.textOn(c.primary()));
        name.drawCentred(local, 0.5 * w, 0.5 * h);
        double below = name.baseline(name.lines().size() - 1, 0.5 * h) + 0.05 * h;
        local.setColor(c.accent());
        local.fill(new Rectangle2D.Double(0.34 * w, below, 0.32 * w, 0.012 * h));
        local.dispose();
    }

    private void paintCartonSide(Graphics2D g, Face face, ProductLook look) {
        StudioColours c = look.colours();
        Graphics2D local = face.open(g);
        local.setColor(c.primary());
        local.fill(face.localBounds());
        if (look.printVariant() != 2) {
            local.setColor(c.secondary());
            local.fill(new Rectangle2D.Double(0, 0, face.width(), 0.2 * face.height()));
        }
        local.setColor(mix(c.primary(), c.secondary(), 0.35));
        local.fill(new Rectangle2D.Double(0, 0.88 * face.height(), face.width(), 0.12 * face.height()));
        local.dispose();
    }

    private void paintPlainTop(Graphics2D g, Face face, ProductLook look, boolean flapSeam) {
        Graphics2D local = face.open(g);
        local.setColor(look.colours().primary());
        local.fill(face.localBounds());
        if (flapSeam) {
            local.setColor(withAlpha(Color.BLACK, 0.3));
            local.setStroke(new BasicStroke((float) (unit * 0.004)));
            local.draw(new Line2D.Double(0, face.height() * 0.5, face.width(), face.height() * 0.5));
        }
        local.dispose();
    }

    private void paintShoeBoxFace(Graphics2D g, Face face, ProductLook look, boolean labelled) {
        StudioColours c = look.colours();
        double w = face.width();
        double h = face.height();
        Graphics2D local = face.open(g);
        local.setColor(c.primary());
        local.fill(face.localBounds());
        local.setColor(c.secondary());
        local.fill(new Rectangle2D.Double(0, 0.79 * h, w, 0.09 * h));
        local.setColor(c.accent());
        local.fill(new Rectangle2D.Double(0, 0.9 * h, w, 0.024 * h));
        if (labelled) {
            double covered = unit * lidHeight;
            double textTop = covered + 0.07 * h;
            double textBottom = 0.74 * h;
            FittedText name = FittedText.fit(look.label(), look.font(), 0.8 * w, textBottom - textTop, 2);
            local.setColor(c.textOn(c.primary()));
            name.drawCentred(local, 0.5 * w, (textTop + textBottom) / 2);
        }
        local.dispose();
    }

    /** The lid throws a narrow shadow onto the box just below its edge. */
    private void paintLidShadow(Graphics2D g, Face face) {
        double covered = unit * lidHeight;
        Graphics2D local = face.open(g);
        local.setPaint(new GradientPaint(0, (float) covered, withAlpha(Color.BLACK, 0.55),
                0, (float) (covered + 0.09 * face.height()), withAlpha(Color.BLACK, 0)));
        local.fill(new Rectangle2D.Double(0, covered, face.width(), 0.09 * face.height()));
        local.dispose();
    }

    private void paintLidRim(Graphics2D g, Face face, ProductLook look) {
        StudioColours c = look.colours();
        Graphics2D local = face.open(g);
        local.setColor(c.primary());
        local.fill(face.localBounds());
        local.setColor(c.accent());
        local.fill(new Rectangle2D.Double(0, 0.78 * face.height(), face.width(), 0.07 * face.height()));
        local.dispose();
    }

    private void paintShoeBoxLidTop(Graphics2D g, Face face, ProductLook look) {
        StudioColours c = look.colours();
        double w = face.width();
        double h = face.height();
        Graphics2D local = face.open(g);
        local.setColor(c.primary());
        local.fill(face.localBounds());
        // A sash across the lid, running along the box.
        double at = switch (look.printVariant()) {
            case 0 -> 0.3;
            case 1 -> 0.55;
            default -> 0.75;
        };
        Path2D.Double sash = new Path2D.Double();
        sash.moveTo(0, (at - 0.2) * h);
        sash.lineTo(w, (at - 0.32) * h);
        sash.lineTo(w, (at - 0.2) * h);
        sash.lineTo(0, (at - 0.08) * h);
        sash.closePath();
        local.setColor(c.secondary());
        local.fill(face.inside(sash));
        local.dispose();
    }

    // ---- light -----------------------------------------------------------------------------

    private enum FaceRole { FRONT, SIDE, TOP }

    /**
     * Planar shading: the front keeps its printed colour in the middle with a gentle fall-off, the
     * side turned away from the key light goes darker, the top catches light. Dark packaging needs
     * more lift on top or the box reads as a flat silhouette.
     */
    private void shadeFace(Graphics2D g, Face face, ProductLook look, FaceRole role) {
        double darkness = 1 - luminance(look.colours().primary());
        double w = face.width();
        double h = face.height();
        Graphics2D local = face.open(g);
        boolean lightAtLocalLeft = look.lightFromLeft();
        switch (role) {
            case FRONT -> {
                float lit = lightAtLocalLeft ? 0f : (float) w;
                float far = lightAtLocalLeft ? (float) w : 0f;
                local.setPaint(new LinearGradientPaint(lit, 0, far, 0, new float[] {0f, 0.22f, 0.75f, 1f},
                        new Color[] {withAlpha(Color.WHITE, 0.08), withAlpha(Color.WHITE, 0),
                                withAlpha(Color.BLACK, 0), withAlpha(Color.BLACK, 0.16)}));
                local.fill(face.localBounds());
                local.setPaint(new GradientPaint(0, (float) (0.86 * h), withAlpha(Color.BLACK, 0),
                        0, (float) h, withAlpha(Color.BLACK, 0.22)));
                local.fill(new Rectangle2D.Double(0, 0.86 * h, w, 0.14 * h));
            }
            case SIDE -> {
                // The side's local left is next to the front when it is on the right, and vice versa.
                float near = lightAtLocalLeft ? 0f : (float) w;
                float back = lightAtLocalLeft ? (float) w : 0f;
                local.setPaint(new GradientPaint(near, 0, withAlpha(Color.BLACK, 0.34),
                        back, 0, withAlpha(Color.BLACK, 0.5)));
                local.fill(face.localBounds());
                local.setPaint(new GradientPaint(0, 0, withAlpha(Color.WHITE, 0.06 * darkness),
                        0, (float) h, withAlpha(Color.WHITE, 0)));
                local.fill(face.localBounds());
            }
            case TOP -> {
                // Only near-black packaging needs a strong lift; mid tones keep their brand colour.
                double lift = 0.06 + 0.28 * Math.max(0, darkness - 0.85) / 0.15;
                local.setPaint(new GradientPaint(0, 0, withAlpha(Color.WHITE, lift + 0.06),
                        0, (float) h, withAlpha(Color.WHITE, lift - 0.04)));
                local.fill(face.localBounds());
                float lit = lightAtLocalLeft ? 0f : (float) w;
                float far = lightAtLocalLeft ? (float) w : 0f;
                local.setPaint(new GradientPaint(lit, 0, withAlpha(Color.WHITE, 0.08), far, 0, withAlpha(Color.WHITE, 0)));
                local.fill(face.localBounds());
            }
        }
        local.dispose();
    }

    /** Card edges catch a thin line of light; without it dark boxes lose their shape. */
    private void highlightEdges(Graphics2D g, Face front, Face side, ProductLook look) {
        double darkness = 1 - luminance(look.colours().primary());
        g.setStroke(new BasicStroke((float) Math.max(1, unit * 0.0035), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.setColor(withAlpha(Color.WHITE, 0.3 + 0.25 * darkness));
        g.draw(new Line2D.Double(front.topLeft(), front.topRight()));
        g.setColor(withAlpha(Color.WHITE, 0.18 + 0.2 * darkness));
        g.draw(new Line2D.Double(side.topLeft(), side.topRight()));
        highlightVerticalEdge(g, front, look);
    }

    private void highlightVerticalEdge(Graphics2D g, Face front, ProductLook look) {
        double darkness = 1 - luminance(look.colours().primary());
        g.setStroke(new BasicStroke((float) Math.max(1, unit * 0.003), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.setColor(withAlpha(Color.WHITE, 0.16 + 0.2 * darkness));
        Point2D topCorner = look.lightFromLeft() ? front.topRight() : front.topLeft();
        Point2D bottomCorner = look.lightFromLeft() ? front.bottomRight() : front.bottomLeft();
        g.draw(new Line2D.Double(topCorner, bottomCorner));
    }

    // ---- geometry ----------------------------------------------------------------------------

    private Cuboid body() {
        return new Cuboid(width / 2, depth / 2, 0, height);
    }

    private Cuboid lid() {
        return new Cuboid(width / 2 + lidOverhang, depth / 2 + lidOverhang, height - lidHeight, height + LID_RISE);
    }

    private Point2D project(double x, double y, double z) {
        double cos = Math.cos(yaw);
        double sin = Math.sin(yaw);
        double turnedX = x * cos + z * sin;
        double turnedZ = -x * sin + z * cos;
        return new Point2D.Double(
                centreX + unit * turnedX,
                baseY - unit * (y * Math.cos(elevation) - turnedZ * Math.sin(elevation)));
    }

    /** An axis-aligned block in model units, before the turn. */
    private final class Cuboid {
        private final double halfWidth;
        private final double halfDepth;
        private final double bottom;
        private final double top;

        Cuboid(double halfWidth, double halfDepth, double bottom, double top) {
            this.halfWidth = halfWidth;
            this.halfDepth = halfDepth;
            this.bottom = bottom;
            this.top = top;
        }

        /** A corner: sx and sz are -1 or 1, y is a height in units. */
        Point2D point(int sx, double y, int sz) {
            return project(sx * halfWidth, y, sz * halfDepth);
        }

        List<Point2D> corners() {
            List<Point2D> corners = new ArrayList<>(8);
            for (int sx : new int[] {-1, 1}) {
                for (int sz : new int[] {-1, 1}) {
                    corners.add(point(sx, bottom, sz));
                    corners.add(point(sx, top, sz));
                }
            }
            return corners;
        }

        Face front() {
            return new Face(point(-1, top, 1), point(1, top, 1), point(-1, bottom, 1),
                    unit * 2 * halfWidth, unit * (top - bottom));
        }

        /** The end that faces the camera: the left one when the front turns right. */
        Face side() {
            double faceWidth = unit * 2 * halfDepth;
            double faceHeight = unit * (top - bottom);
            return yaw > 0
                    ? new Face(point(-1, top, -1), point(-1, top, 1), point(-1, bottom, -1), faceWidth, faceHeight)
                    : new Face(point(1, top, 1), point(1, top, -1), point(1, bottom, 1), faceWidth, faceHeight);
        }

        /** Local x runs along the width, local y from the back edge to the front. */
        Face top() {
            return new Face(point(-1, top, -1), point(1, top, -1), point(-1, top, 1),
                    unit * 2 * halfWidth, unit * 2 * halfDepth);
        }
    }

    /**
     * A face as seen: a parallelogram given by three corners, and the face's own flat size in pixels
     * in which its print is designed.
     */
    private record Face(Point2D topLeft, Point2D topRight, Point2D bottomLeft, double width, double height) {

        Point2D bottomRight() {
            return new Point2D.Double(topRight.getX() + bottomLeft.getX() - topLeft.getX(),
                    topRight.getY() + bottomLeft.getY() - topLeft.getY());
        }

        Shape outline() {
            Path2D.Double path = new Path2D.Double();
            path.moveTo(topLeft.getX(), topLeft.getY());
            path.lineTo(topRight.getX(), topRight.getY());
            Point2D br = bottomRight();
            path.lineTo(br.getX(), br.getY());
            path.lineTo(bottomLeft.getX(), bottomLeft.getY());
            path.closePath();
            return path;
        }

        /** Graphics in the face's flat coordinates; dispose after use. */
        Graphics2D open(Graphics2D g) {
            Graphics2D local = (Graphics2D) g.create();
            local.transform(new AffineTransform(
                    (topRight.getX() - topLeft.getX()) / width, (topRight.getY() - topLeft.getY()) / width,
                    (bottomLeft.getX() - topLeft.getX()) / height, (bottomLeft.getY() - topLeft.getY()) / height,
                    topLeft.getX(), topLeft.getY()));
            return local;
        }

        Rectangle2D localBounds() {
            return new Rectangle2D.Double(0, 0, width, height);
        }

        /** The part of a shape on the face. Antialiased, unlike a clip. */
        Shape inside(Shape shape) {
            Area area = new Area(shape);
            area.intersect(new Area(localBounds()));
            return area;
        }
    }
}
