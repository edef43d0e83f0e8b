import java.awt.Color;
import java.awt.Font;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.awt.geom.AffineTransform;
import java.awt.geom.Area;
import java.awt.geom.Ellipse2D;
import java.awt.geom.GeneralPath;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;

/**
 * Draws the logos of the shipped brand kits (logo/logo-light.png and logo/logo-dark.png) from
 * vector shapes and each kit's own headline and body fonts, so the artwork can be rebuilt and
 * tweaked instead of being an opaque binary.
 *
 * <p>Run from the repository root: {@code java brand-kits/tools/LogoGenerator.java brand-kits}.
 * Not part of the engine build; the kits' content hashes change whenever the logos are redrawn.
 */
public class LogoGenerator {
    private static final int WIDTH = 800;
    private static final int PADDING = 24;
    private static final FontRenderContext FRC = new FontRenderContext(null, true, true);

    /** One filled shape of a logo, in design units. */
    record Piece(Shape shape, Paint paint) {
    }

    public static void main(String[] args) throws Exception {
        Path kits = Path.of(args.length > 0 ? args[0] : "brand-kits");
        drawAcme(kits.resolve("acme-beverages"));
        drawStride(kits.resolve("stride-athletics"));
    }

    // ---- Acme Beverages: a water drop with a lime wave, lowercase rounded wordmark ----

    private static void drawAcme(Path kit) throws Exception {
        Font headline = font(kit.resolve("fonts/Comfortaa-Bold.ttf"), 200f);
        Font body = font(kit.resolve("fonts/Quicksand-Medium.ttf"), 54f);
        write(acme(headline, body, new Color(0x5FE0D6), new Color(0x27B3BD), new Color(0xB5EB3C),
                Color.WHITE, new Color(0x9FEFE8)), kit.resolve("logo/logo-light.png"));
        write(acme(headline, body, new Color(0x18A6AE), new Color(0x0A7E8C), new Color(0x8CC63F),
                new Color(0x0B2A33), new Color(0x0A7E8C)), kit.resolve("logo/logo-dark.png"));
    }

    private static List<Piece> acme(Font headline, Font body, Color dropTop, Color dropBottom, Color wave,
                                    Color word, Color tagline) {
        List<Piece> pieces = new ArrayList<>();
        Shape acme = text("acme", headline, 0, 0, -4);
        Rectangle2D wordBox = acme.getBounds2D();
        double taglineTop = wordBox.getMaxY() + 34;
        Shape beverages = spreadTo("BEVERAGES", body, wordBox.getMinX() + 4, taglineTop, wordBox.getWidth() - 8);
        Rectangle2D textBox = wordBox.createUnion(beverages.getBounds2D());

        // The drop spans the whole text block so mark and wordmark read as one unit.
        double dropHeight = textBox.getHeight() * 1.08;
        double radius = dropHeight / 2.6;
        double cx = textBox.getMinX() - 40 - radius;
        double cy = textBox.getMaxY() + (dropHeight - textBox.getHeight()) / 2 - radius;
        Area drop = drop(cx, cy, radius, dropHeight);
        pieces.add(new Piece(drop, new GradientPaint(0, (float) (cy - 1.6 * radius), dropTop,
                0, (float) (cy + radius), dropBottom)));

        Area waveArea = new Area(waveBand(cx - radius, cy + radius * 0.12, radius * 2, radius * 0.16));
        waveArea.intersect(drop);
        pieces.add(new Piece(waveArea, wave));

        Shape shine = AffineTransform.getRotateInstance(Math.toRadians(-35), cx - radius * 0.42, cy - radius * 0.28)
                .createTransformedShape(new Ellipse2D.Double(cx - radius * 0.42 - radius * 0.13, cy - radius * 0.28 - radius * 0.3,
                        radius * 0.26, radius * 0.6));
        pieces.add(new Piece(shine, new Color(255, 255, 255, 200)));

        pieces.add(new Piece(acme, word));
        pieces.add(new Piece(beverages, tagline));
        return pieces;
    }

    /** A round drop: a circle joined to the tangents from a point above it. */
    private static Area drop(double cx, double cy, double radius, double height) {
        double tipY = cy + radius - height;
        double d = cy - tipY;
        double phi = Math.acos(radius / d);
        double tx = radius * Math.sin(phi);
        double ty = cy - radius * Math.cos(phi);
        Path2D cone = new Path2D.Double();
        cone.moveTo(cx, tipY);
        cone.quadTo(cx + tx * 0.35, ty - (ty - tipY) * 0.45, cx + tx, ty);
        cone.lineTo(cx - tx, ty);
        cone.quadTo(cx - tx * 0.35, ty - (ty - tipY) * 0.45, cx, tipY);
        cone.closePath();
        Area drop = new Area(new Ellipse2D.Double(cx - radius, cy - radius, radius * 2, radius * 2));
        drop.add(new Area(cone));
        return drop;
    }

    /** Everything below a gentle sine wave, used for the liquid inside the drop. */
    private static Shape waveBand(double x, double y, double width, double amplitude) {
        GeneralPath path = new GeneralPath();
        path.moveTo(x - 10, y);
        int steps = 60;
        for (int i = 0; i <= steps; i++) {
            double t = (double) i / steps;
            path.lineTo(x + t * width, y + amplitude * Math.sin(t * Math.PI * 2));
        }
        path.lineTo(x + width + 10, y + width * 2);
        path.lineTo(x - 10, y + width * 2);
        path.closePath();
        return path;
    }

    // ---- Stride Athletics: forward-leaning speed stripes, condensed italic wordmark ----

    private static void drawStride(Path kit) throws Exception {
        Font headline = font(kit.resolve("fonts/BebasNeue-Bold.otf"), 260f);
        Font body = font(kit.resolve("fonts/LeagueSpartan-Medium.otf"), 56f);
        Color redOrange = new Color(0xFF4B1F);
        write(stride(headline, body, redOrange, new Color(0xD4FF1A), Color.WHITE, new Color(0xD4FF1A)),
                kit.resolve("logo/logo-light.png"));
        write(stride(headline, body, redOrange, new Color(0x111111), new Color(0x111111), redOrange),
                kit.resolve("logo/logo-dark.png"));
    }

    private static List<Piece> stride(Font headline, Font body, Color stripe, Color middleStripe, Color word,
                                      Color tagline) {
        List<Piece> pieces = new ArrayList<>();
        // A forward lean on everything says speed; the fonts themselves are upright.
        AffineTransform lean = AffineTransform.getShearInstance(-0.2, 0);

        Shape stride = lean.createTransformedShape(text("STRIDE", headline, 0, 0, 6));
        Rectangle2D wordBox = stride.getBounds2D();
        // Spread upright, then lean: the lean widens the line by 0.2 x its height, so leave room for it.
        double taglineHeight = text("ATHLETICS", body, 0, 0, 0).getBounds2D().getHeight();
        double inset = 8;
        Shape athletics = lean.createTransformedShape(spreadTo("ATHLETICS", body, 0, 58,
                wordBox.getWidth() - 2 * inset - 0.2 * taglineHeight));
        athletics = AffineTransform.getTranslateInstance(wordBox.getMinX() + inset - athletics.getBounds2D().getMinX(), 0)
                .createTransformedShape(athletics);
        Rectangle2D block = wordBox.createUnion(athletics.getBounds2D());

        // Speed stripes behind the name: three bars of uneven length, trailing off to the left,
        // spanning the whole name block so mark and words read as one unit.
        int count = 3;
        double gap = block.getHeight() * 0.16;
        double barHeight = (block.getHeight() - (count - 1) * gap) / count;
        double right = block.getMinX() - block.getHeight() * 0.12;
        double[] lengths = {0.6, 0.9, 0.45};
        for (int i = 0; i < count; i++) {
            double y = block.getMinY() + i * (barHeight + gap);
            double length = lengths[i] * block.getHeight();
            // Undo the lean's shift at this height so the bars end one above the other, clear of the "S".
            double shift = -0.2 * (y + barHeight);
            Shape bar = lean.createTransformedShape(new Rectangle2D.Double(right - length - shift, y, length, barHeight));
            pieces.add(new Piece(bar, i == 1 ? middleStripe : stripe));
        }
        pieces.add(new Piece(stride, word));
        pieces.add(new Piece(athletics, tagline));
        return pieces;
    }

    // ---- shared drawing ----

    private static Font font(Path file, float size) throws Exception {
        return Font.createFont(Font.TRUETYPE_FONT, file.toFile()).deriveFont(size);
    }

    /** The outline of a line of text with its baseline at y, letters spaced by {@code tracking} units. */
    private static Shape text(String s, Font font, double x, double y, double tracking) {
        GlyphVector glyphs = font.createGlyphVector(FRC, s);
        for (int i = 1; i < s.length(); i++) {
            Point2D p = glyphs.getGlyphPosition(i);
            glyphs.setGlyphPosition(i, new Point2D.Double(p.getX() + tracking * i, p.getY()));
        }
        return glyphs.getOutline((float) x, (float) y);
    }

    /** Text whose top is at y, letter-spaced so its ink spans exactly {@code width}. */
    private static Shape spreadTo(String s, Font font, double x, double top, double width) {
        Rectangle2D plain = text(s, font, 0, 0, 0).getBounds2D();
        double tracking = (width - plain.getWidth()) / (s.length() - 1);
        Shape shape = text(s, font, 0, 0, tracking);
        Rectangle2D box = shape.getBounds2D();
        return AffineTransform.getTranslateInstance(x - box.getMinX(), top - box.getMinY()).createTransformedShape(shape);
    }

    /** Scales the pieces to the logo width, with transparent padding, and writes a PNG with alpha. */
    private static void write(List<Piece> pieces, Path file) throws Exception {
        Rectangle2D bounds = null;
        for (Piece p : pieces) {
            bounds = bounds == null ? p.shape().getBounds2D() : bounds.createUnion(p.shape().getBounds2D());
        }
        double scale = (WIDTH - 2.0 * PADDING) / bounds.getWidth();
        int height = (int) Math.ceil(bounds.getHeight() * scale) + 2 * PADDING;
        BufferedImage image = new BufferedImage(WIDTH, height, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.translate(PADDING, PADDING);
        g.scale(scale, scale);
        g.translate(-bounds.getMinX(), -bounds.getMinY());
        for (Piece p : pieces) {
            g.setPaint(p.paint());
            g.fill(p.shape());
        }
        g.dispose();
        File out = file.toFile();
        out.getParentFile().mkdirs();
        ImageIO.write(image, "png", out);
    }
}
