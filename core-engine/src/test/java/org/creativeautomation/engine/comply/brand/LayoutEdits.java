package org.creativeautomation.engine.comply.brand;

import org.creativeautomation.engine.brand.Corner;
import org.creativeautomation.engine.brand.RgbColor;
import org.creativeautomation.engine.compose.Box;
import org.creativeautomation.engine.compose.CtaButton;
import org.creativeautomation.engine.compose.Layout;
import org.creativeautomation.engine.compose.LayoutIssue;
import org.creativeautomation.engine.compose.LogoPlacement;
import org.creativeautomation.engine.compose.Scrim;
import org.creativeautomation.engine.compose.TextBlock;
import org.creativeautomation.engine.compose.TextDirection;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

/** Ways to break a solved layout (and its pixels) the way a careless edit would. */
final class LayoutEdits {
    private LayoutEdits() {
    }

    static Layout withLogo(Layout l, LogoPlacement logo) {
        return changed(l, l.scrim(), l.message(), l.cta(), l.disclaimer(), logo, l.issues());
    }

    static Layout withScrim(Layout l, Scrim scrim) {
        return changed(l, scrim, l.message(), l.cta(), l.disclaimer(), l.logo(), l.issues());
    }

    static Layout withMessage(Layout l, TextBlock message) {
        return changed(l, l.scrim(), message, l.cta(), l.disclaimer(), l.logo(), l.issues());
    }

    static Layout withCta(Layout l, CtaButton cta) {
        return changed(l, l.scrim(), l.message(), cta, l.disclaimer(), l.logo(), l.issues());
    }

    static Layout withDisclaimer(Layout l, TextBlock disclaimer) {
        return changed(l, l.scrim(), l.message(), l.cta(), disclaimer, l.logo(), l.issues());
    }

    static Layout withIssue(Layout l, LayoutIssue issue) {
        List<LayoutIssue> issues = new ArrayList<>(l.issues());
        issues.add(issue);
        return changed(l, l.scrim(), l.message(), l.cta(), l.disclaimer(), l.logo(), issues);
    }

    /** Message and disclaimer set in {@code colour}, as an edit that ignores the photo would set them. */
    static Layout withTextColour(Layout l, RgbColor colour) {
        TextBlock disclaimer = l.disclaimer() == null ? null : recoloured(l.disclaimer(), colour);
        return changed(l, l.scrim(), recoloured(l.message(), colour), l.cta(), disclaimer, l.logo(), l.issues());
    }

    static TextBlock recoloured(TextBlock b, RgbColor colour) {
        return new TextBlock(b.role(), b.lines(), b.fontRole(), b.fontFamily(), b.sizePx(), colour, b.opacity(), b.x(),
                b.baselines(), b.box());
    }

    /** The layout with some parts replaced; its framing, zone and measurements kept. */
    private static Layout changed(Layout l, Scrim scrim, TextBlock message, CtaButton cta, TextBlock disclaimer,
                                  LogoPlacement logo, List<LayoutIssue> issues) {
        return new Layout(l.ratio(), l.width(), l.height(), l.backdrop(), l.crop(), l.extension(), l.grade(), l.zone(),
                scrim, message, cta, disclaimer, logo, l.safeZone(), l.legibility(), issues);
    }

    /** The logo moved to {@code box} in {@code corner}, its clear space moved along. */
    static LogoPlacement logoAt(LogoPlacement logo, Corner corner, Box box) {
        int clear = logo.box().x() - logo.clearSpace().x();
        return new LogoPlacement(corner, logo.variant(), box, box.inflate(clear));
    }

    static LogoPlacement withVariant(LogoPlacement logo, String variant) {
        return new LogoPlacement(logo.corner(), variant, logo.box(), logo.clearSpace());
    }

    static Scrim withColour(Scrim s, RgbColor colour, double opacity) {
        return new Scrim(s.band(), s.edge(), s.solidFrom(), colour, opacity);
    }

    /** The block moved by (dx, dy): its lines, baselines and box. */
    static TextBlock moved(TextBlock b, int dx, int dy) {
        List<Integer> baselines = b.baselines().stream().map(y -> y + dy).toList();
        Box box = new Box(b.box().x() + dx, b.box().y() + dy, b.box().width(), b.box().height());
        return new TextBlock(b.role(), b.lines(), b.fontRole(), b.fontFamily(), b.sizePx(), b.color(), b.opacity(),
                b.x() + dx, baselines, box, b.direction(), b.runs());
    }

    static TextBlock withFamily(TextBlock b, String family) {
        return new TextBlock(b.role(), b.lines(), b.fontRole(), family, b.sizePx(), b.color(), b.opacity(), b.x(),
                b.baselines(), b.box(), b.direction(), b.runs());
    }

    static TextBlock withDirection(TextBlock b, TextDirection direction) {
        return new TextBlock(b.role(), b.lines(), b.fontRole(), b.fontFamily(), b.sizePx(), b.color(), b.opacity(), b.x(),
                b.baselines(), b.box(), direction, b.runs());
    }

    static TextBlock withSize(TextBlock b, float sizePx) {
        return new TextBlock(b.role(), b.lines(), b.fontRole(), b.fontFamily(), sizePx, b.color(), b.opacity(), b.x(),
                b.baselines(), b.box(), b.direction(), b.runs());
    }

    static TextBlock withColour(TextBlock b, RgbColor colour, double opacity) {
        return new TextBlock(b.role(), b.lines(), b.fontRole(), b.fontFamily(), b.sizePx(), colour, opacity, b.x(),
                b.baselines(), b.box(), b.direction(), b.runs());
    }

    /** The lines given, each a line height below the last, from the block's first baseline. */
    static TextBlock withLines(TextBlock b, List<String> lines) {
        int lineHeight = b.baselines().size() > 1 ? b.baselines().get(1) - b.baselines().get(0) : Math.round(b.sizePx() * 1.12f);
        int ascent = b.baselines().get(0) - b.box().y();
        int descent = b.box().bottom() - b.baselines().get(b.baselines().size() - 1);
        List<Integer> baselines = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            baselines.add(b.baselines().get(0) + i * lineHeight);
        }
        int height = ascent + descent + (lines.size() - 1) * lineHeight;
        return new TextBlock(b.role(), lines, b.fontRole(), b.fontFamily(), b.sizePx(), b.color(), b.opacity(), b.x(),
                baselines, new Box(b.box().x(), b.box().y(), b.box().width(), height), b.direction(), List.of());
    }

    /** A copy of the image with {@code box} filled with the mean colour of the pixels around it. */
    static BufferedImage paintedOver(BufferedImage image, Box box) {
        BufferedImage copy = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = copy.createGraphics();
        try {
            g.drawImage(image, 0, 0, null);
            Box ring = box.inflate(6);
            long r = 0;
            long gr = 0;
            long b = 0;
            long n = 0;
            for (int x = Math.max(0, ring.x()); x < Math.min(image.getWidth(), ring.right()); x++) {
                for (int y : new int[] {Math.max(0, ring.y()), Math.min(image.getHeight() - 1, ring.bottom())}) {
                    int p = image.getRGB(x, y);
                    r += (p >> 16) & 255;
                    gr += (p >> 8) & 255;
                    b += p & 255;
                    n++;
                }
            }
            g.setColor(new Color((int) (r / n), (int) (gr / n), (int) (b / n)));
            g.fillRect(ring.x(), ring.y(), ring.width(), ring.height());
        } finally {
            g.dispose();
        }
        return copy;
    }

    /** The logo image with its alpha scaled by {@code opacity}: drawn, it shows that faint. */
    static BufferedImage faded(BufferedImage logo, double opacity) {
        BufferedImage out = new BufferedImage(logo.getWidth(), logo.getHeight(), BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < logo.getHeight(); y++) {
            for (int x = 0; x < logo.getWidth(); x++) {
                int p = logo.getRGB(x, y);
                int a = (int) Math.round((p >>> 24) * opacity);
                out.setRGB(x, y, (a << 24) | (p & 0xffffff));
            }
        }
        return out;
    }
}
