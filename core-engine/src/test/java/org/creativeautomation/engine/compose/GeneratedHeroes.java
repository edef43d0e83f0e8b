package org.creativeautomation.engine.compose;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RadialGradientPaint;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Point2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.util.Random;

/**
 * Photos drawn in code whose product box is known exactly: the cases crops and text placement get
 * wrong elsewhere (an off-centre product, a long shadow, a product too wide or too tall for the
 * ratio, a head near the top, busy, light and dark backgrounds). Every hero is drawn from a fixed
 * seed, so a failure reproduces.
 */
enum GeneratedHeroes {
    CENTRED, OFF_CENTRE, LONG_SHADOW, TALL, WIDE, HEAD_AT_TOP, BUSY, LIGHT, DARK;

    /** A hero and where its product is, in the hero's pixels. */
    record Hero(GeneratedHeroes kind, BufferedImage image, Box subject) {
        @Override
        public String toString() {
            return kind.name();
        }
    }

    Hero draw() {
        Random random = new Random(1234 + ordinal());
        Hero drawn = switch (this) {
            case CENTRED -> product(studio(2000, 2000, new Color(236, 236, 232), new Color(206, 206, 200)),
                    new Box(800, 560, 400, 900), new Color(200, 40, 40), random);
            case OFF_CENTRE -> product(outdoors(2400, 1600, random), new Box(1700, 380, 360, 860),
                    new Color(20, 110, 170), random);
            case LONG_SHADOW -> longShadow(random);
            case TALL -> product(studio(2000, 2000, new Color(225, 232, 240), new Color(180, 192, 210)),
                    new Box(760, 130, 300, 1720), new Color(30, 120, 80), random);
            case WIDE -> product(studio(2000, 2000, new Color(230, 230, 226), new Color(190, 190, 184)),
                    new Box(170, 820, 1660, 420), new Color(230, 90, 30), random);
            case HEAD_AT_TOP -> person(random);
            case BUSY -> product(busy(2000, 2000, random), new Box(780, 600, 440, 860), new Color(250, 250, 250), random);
            case LIGHT -> product(studio(2400, 1800, new Color(252, 252, 250), new Color(238, 238, 234)),
                    new Box(1000, 420, 400, 980), new Color(255, 200, 40), random);
            case DARK -> product(studio(2400, 1800, new Color(34, 36, 40), new Color(10, 10, 12)),
                    new Box(980, 380, 440, 1040), new Color(240, 240, 240), random);
        };
        return new Hero(this, drawn.image(), drawn.subject());
    }

    private static Graphics2D graphics(BufferedImage image) {
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        return g;
    }

    /** A seamless studio backdrop: a soft radial light falling off to the corners, with film grain. */
    private static BufferedImage studio(int w, int h, Color centre, Color edge) {
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = graphics(image);
        g.setPaint(new RadialGradientPaint(new Point2D.Float(w / 2f, h * 0.45f), Math.max(w, h) * 0.75f,
                new float[]{0f, 1f}, new Color[]{centre, edge}));
        g.fillRect(0, 0, w, h);
        g.dispose();
        grain(image, new Random(w * 31L + h), 6);
        return image;
    }

    /** Sky, blurred foliage blobs and a ground plane: the kind of background lifestyle photos have. */
    private static BufferedImage outdoors(int w, int h, Random random) {
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = graphics(image);
        g.setPaint(new GradientPaint(0, 0, new Color(110, 170, 225), 0, h * 0.6f, new Color(200, 225, 240)));
        g.fillRect(0, 0, w, h);
        for (int i = 0; i < 40; i++) {
            int r = 120 + random.nextInt(220);
            int x = random.nextInt(w);
            int y = (int) (h * 0.25) + random.nextInt((int) (h * 0.4));
            g.setColor(new Color(40 + random.nextInt(60), 120 + random.nextInt(80), 50 + random.nextInt(50), 150));
            g.fill(new Ellipse2D.Float(x - r, y - r, 2 * r, 2 * r));
        }
        g.setPaint(new GradientPaint(0, h * 0.72f, new Color(160, 110, 70), 0, h, new Color(110, 70, 40)));
        g.fillRect(0, (int) (h * 0.72), w, h);
        g.dispose();
        grain(image, random, 8);
        return image;
    }

    /** Confetti of saturated shapes and strong edges everywhere: nowhere is calm. */
    private static BufferedImage busy(int w, int h, Random random) {
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = graphics(image);
        g.setColor(new Color(120, 120, 120));
        g.fillRect(0, 0, w, h);
        for (int i = 0; i < 900; i++) {
            g.setColor(Color.getHSBColor(random.nextFloat(), 0.4f + 0.6f * random.nextFloat(), 0.2f + 0.8f * random.nextFloat()));
            int s = 30 + random.nextInt(160);
            int x = random.nextInt(w);
            int y = random.nextInt(h);
            if (random.nextBoolean()) {
                g.fillRect(x, y, s, s / 2 + random.nextInt(s));
            } else {
                g.fill(new Ellipse2D.Float(x, y, s, s));
            }
        }
        g.dispose();
        return image;
    }

    /** A bottle-like product with a cap, shading, a label band and a contact shadow. */
    private static Hero product(BufferedImage image, Box box, Color colour, Random random) {
        Graphics2D g = graphics(image);
        int capH = Math.max(20, box.height() / 9);
        int neckW = box.width() * 2 / 5;
        // soft contact shadow just under the product (inside its box, as a product shot's own shadow is)
        g.setColor(new Color(0, 0, 0, 60));
        g.fill(new Ellipse2D.Float(box.x() + box.width() * 0.05f, box.bottom() - box.height() * 0.04f,
                box.width() * 0.9f, box.height() * 0.04f));
        g.setColor(colour.darker());
        g.fill(new RoundRectangle2D.Float(box.x() + (box.width() - neckW) / 2f, box.y(), neckW, capH + 10, 12, 12));
        Color light = blend(colour, Color.WHITE, 0.35);
        g.setPaint(new GradientPaint(box.x(), 0, colour.darker(), box.x() + box.width() * 0.45f, 0, light, true));
        float arc = Math.min(box.width(), box.height()) * 0.3f;
        g.fill(new RoundRectangle2D.Float(box.x(), box.y() + capH, box.width(), box.height() - capH - box.height() * 0.03f,
                arc, arc));
        g.setColor(blend(colour, Color.WHITE, 0.8));
        int labelY = box.y() + capH + (box.height() - capH) * 2 / 5;
        g.fillRect(box.x(), labelY, box.width(), Math.max(10, (box.height() - capH) / 5));
        g.setColor(colour.darker().darker());
        g.setStroke(new BasicStroke(Math.max(3, box.width() / 60f)));
        g.drawLine(box.x() + box.width() / 5, labelY + (box.height() - capH) / 10,
                box.right() - box.width() / 5, labelY + (box.height() - capH) / 10);
        g.dispose();
        grain(image, random, 3);
        return new Hero(null, image, box);
    }

    /**
     * A packshot lit from the left: the product stands left of centre and its shadow runs far to the
     * right over the white sweep. The shadow is not the product.
     */
    private static Hero longShadow(Random random) {
        BufferedImage image = studio(2400, 1600, new Color(250, 250, 248), new Color(236, 236, 232));
        Box box = new Box(620, 360, 340, 940);
        // the shadow falls from the product's foot far to the right, fading and softening with distance
        BufferedImage shadow = new BufferedImage(2400, 1600, BufferedImage.TYPE_INT_ARGB);
        Graphics2D s = graphics(shadow);
        s.setPaint(new GradientPaint(box.right(), 0, new Color(0, 0, 0, 110), 2300, 0, new Color(0, 0, 0, 0)));
        int[] xs = {box.x() + 40, box.right(), 2350, 2250};
        int[] ys = {box.bottom() - 30, box.bottom() - 10, box.bottom() - 250, box.bottom() - 330};
        s.fillPolygon(xs, ys, 4);
        s.dispose();
        Graphics2D g = graphics(image);
        g.drawImage(soften(shadow, 14), 0, 0, null);
        g.dispose();
        Hero drawn = product(image, box, new Color(150, 30, 90), random);
        return new Hero(null, drawn.image(), box);
    }

    /** A penumbra: the layer blurred by a box of {@code radius}, twice. */
    private static BufferedImage soften(BufferedImage layer, int radius) {
        int w = layer.getWidth();
        int h = layer.getHeight();
        int[] a = layer.getRGB(0, 0, w, h, null, 0, w);
        int[] b = new int[a.length];
        for (int pass = 0; pass < 2; pass++) {
            blurAlpha(a, b, w, h, radius, true);
            blurAlpha(b, a, w, h, radius, false);
        }
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        out.setRGB(0, 0, w, h, a, 0, w);
        return out;
    }

    private static void blurAlpha(int[] src, int[] dst, int w, int h, int r, boolean horizontal) {
        int lines = horizontal ? h : w;
        int len = horizontal ? w : h;
        for (int line = 0; line < lines; line++) {
            int acc = 0;
            for (int k = -r; k <= r; k++) {
                acc += src[at(line, Math.max(0, Math.min(len - 1, k)), horizontal, w)] >>> 24;
            }
            for (int k = 0; k < len; k++) {
                dst[at(line, k, horizontal, w)] = (acc / (2 * r + 1)) << 24;
                acc += (src[at(line, Math.min(len - 1, k + r + 1), horizontal, w)] >>> 24)
                        - (src[at(line, Math.max(0, k - r), horizontal, w)] >>> 24);
            }
        }
    }

    private static int at(int line, int k, boolean horizontal, int w) {
        return horizontal ? line * w + k : k * w + line;
    }

    /** A person: skin-toned head near the top of the frame above a shirt; the subject is the whole figure. */
    private static Hero person(Random random) {
        BufferedImage image = outdoors(2000, 2000, random);
        Graphics2D g = graphics(image);
        Box box = new Box(700, 90, 600, 1910);
        g.setColor(new Color(40, 80, 160));
        g.fill(new RoundRectangle2D.Float(box.x(), 560, box.width(), box.bottom() - 560 + 40, 220, 220));
        g.setColor(new Color(224, 172, 140));
        g.fill(new Ellipse2D.Float(box.x() + 150, box.y(), 300, 380));
        g.fillRect(box.x() + 250, 440, 100, 140);
        g.setColor(new Color(70, 45, 30));
        g.fill(new Ellipse2D.Float(box.x() + 150, box.y(), 300, 150));
        g.setColor(new Color(40, 30, 30));
        g.fillOval(box.x() + 230, box.y() + 190, 24, 24);
        g.fillOval(box.x() + 346, box.y() + 190, 24, 24);
        g.dispose();
        grain(image, random, 3);
        return new Hero(null, image, box);
    }

    private static Color blend(Color a, Color b, double t) {
        return new Color((int) Math.round(a.getRed() + (b.getRed() - a.getRed()) * t),
                (int) Math.round(a.getGreen() + (b.getGreen() - a.getGreen()) * t),
                (int) Math.round(a.getBlue() + (b.getBlue() - a.getBlue()) * t));
    }

    /** Adds luminance noise of up to {@code amount} levels, as a camera sensor does. */
    private static void grain(BufferedImage image, Random random, int amount) {
        int w = image.getWidth();
        int h = image.getHeight();
        int[] row = new int[w];
        for (int y = 0; y < h; y++) {
            image.getRGB(0, y, w, 1, row, 0, w);
            for (int x = 0; x < w; x++) {
                int n = random.nextInt(2 * amount + 1) - amount;
                int c = row[x];
                row[x] = (clamp(((c >> 16) & 255) + n) << 16) | (clamp(((c >> 8) & 255) + n) << 8) | clamp((c & 255) + n);
            }
            image.setRGB(0, y, w, 1, row, 0, w);
        }
    }

    private static int clamp(int v) {
        return Math.max(0, Math.min(255, v));
    }
}
