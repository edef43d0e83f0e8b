package org.creativeautomation.engine.compose;

import org.creativeautomation.engine.brand.RgbColor;

import java.awt.AlphaComposite;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;

/**
 * Draws a solved {@link Layout} with Java2D. The same code renders previews and exports, so what a
 * designer sees is what gets written.
 */
public final class CreativeRenderer {

    /**
     * @param background the hero already cropped and scaled to the canvas (see {@link #background}),
     *                   shared by every locale of a ratio
     */
    public BufferedImage render(Layout layout, BufferedImage background, TypeFaces faces, LogoImages logos) {
        return render(layout, background, faces, logos, 1.0);
    }

    /**
     * Draws the layout at {@code scale} of its size: the preview a designer edits is the export's
     * own drawing (same layout, same text shaping, same scrim), only smaller.
     *
     * @param background the hero cropped and scaled to the scaled canvas
     */
    BufferedImage render(Layout layout, BufferedImage background, TypeFaces faces, LogoImages logos, double scale) {
        int width = (int) Math.round(layout.width() * scale);
        int height = (int) Math.round(layout.height() * scale);
        BufferedImage canvas = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = canvas.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);

            // A hero with transparency (a cut-out product PNG) shows the brand's background, not black.
            g.setColor(layout.backdrop().toAwt());
            g.fillRect(0, 0, width, height);
            g.drawImage(background, 0, 0, null);
            AffineTransform device = g.getTransform();
            g.scale(scale, scale);
            drawScrim(g, layout.scrim());
            drawText(g, layout.message(), faces);
            if (layout.cta() != null) {
                drawButton(g, layout.cta(), faces);
            }
            if (layout.disclaimer() != null) {
                drawText(g, layout.disclaimer(), faces);
            }
            g.setTransform(device);
            drawLogo(g, layout.logo(), logos, scale);
        } finally {
            g.dispose();
        }
        return canvas;
    }

    /**
     * The hero cropped to the layout's window and scaled to the canvas, with the canvas extension
     * drawn around it and the kit's grade applied when the layout has them.
     */
    public BufferedImage background(BufferedImage hero, Layout layout) {
        return CanvasBackground.paint(hero, layout);
    }

    /**
     * The scrim's solid part in one fill; its fade line by line with the alpha {@link Scrim#alphaAt}
     * gives, so the pixels are exactly those the solver measured contrast through.
     */
    private static void drawScrim(Graphics2D g, Scrim scrim) {
        if (scrim == null || scrim.opacity() <= 0) {
            return;
        }
        Box band = scrim.band();
        RgbColor c = scrim.color();
        Box solid = scrim.solidPart();
        if (solid != null) {
            g.setColor(new Color(c.red(), c.green(), c.blue(), scrim.alphaAt(solid.x(), solid.y())));
            g.fillRect(solid.x(), solid.y(), solid.width(), solid.height());
        }
        if (scrim.edge() == ScrimEdge.AROUND) {
            drawPanelFade(g, scrim, solid);
            return;
        }
        boolean rows = scrim.edge().isHorizontal();
        int from = rows ? band.y() : band.x();
        int to = rows ? band.bottom() : band.right();
        for (int along = from; along < to; along++) {
            int x = rows ? band.x() : along;
            int y = rows ? along : band.y();
            if (solid != null && (rows ? along >= solid.y() && along < solid.bottom() : along >= solid.x() && along < solid.right())) {
                continue;
            }
            int alpha = scrim.alphaAt(x, y);
            if (alpha == 0) {
                continue;
            }
            g.setColor(new Color(c.red(), c.green(), c.blue(), alpha));
            if (rows) {
                g.fillRect(band.x(), along, band.width(), 1);
            } else {
                g.fillRect(along, band.y(), 1, band.height());
            }
        }
    }

    /**
     * A panel's fade as rings around its solid part, one pixel apart, each at the alpha {@link
     * Scrim#alphaAt} gives at that distance: the rings tile the fade without overlapping.
     */
    private static void drawPanelFade(Graphics2D g, Scrim scrim, Box solid) {
        RgbColor c = scrim.color();
        int fade = scrim.solidFrom();
        for (int d = 1; d <= fade; d++) {
            int alpha = scrim.alphaAt(solid.x() - d, solid.y());
            if (alpha == 0) {
                continue;
            }
            g.setColor(new Color(c.red(), c.green(), c.blue(), alpha));
            int x0 = solid.x() - d;
            int y0 = solid.y() - d;
            int x1 = solid.right() - 1 + d;
            int y1 = solid.bottom() - 1 + d;
            g.fillRect(x0, y0, x1 - x0 + 1, 1);
            g.fillRect(x0, y1, x1 - x0 + 1, 1);
            g.fillRect(x0, y0 + 1, 1, y1 - y0 - 1);
            g.fillRect(x1, y0 + 1, 1, y1 - y0 - 1);
        }
    }

    /** Each line as the fitter set and measured it: same runs, fonts, size and direction. */
    private static void drawText(Graphics2D g, TextBlock block, TypeFaces faces) {
        g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, (float) block.opacity()));
        g.setColor(block.color().toAwt());
        for (int i = 0; i < block.lines().size(); i++) {
            if (!block.lines().get(i).isEmpty()) {
                StyledLine.of(block, i, faces).draw(g, 0, 0);
            }
        }
        g.setComposite(AlphaComposite.SrcOver);
    }

    private static void drawButton(Graphics2D g, CtaButton button, TypeFaces faces) {
        Box b = button.box();
        float radius = b.height();
        g.setColor(new Color(0, 0, 0, 40));
        g.fill(new RoundRectangle2D.Float(b.x(), b.y() + 3, b.width(), b.height(), radius, radius));
        g.setColor(button.fill().toAwt());
        g.fill(new RoundRectangle2D.Float(b.x(), b.y(), b.width(), b.height(), radius, radius));
        drawText(g, button.label(), faces);
    }

    /** The logo resampled to its box at the drawing's scale (a bitmap is never stretched by the transform). */
    private static void drawLogo(Graphics2D g, LogoPlacement placement, LogoImages logos, double scale) {
        BufferedImage logo = logos.variant(placement.variant());
        Box box = placement.box();
        int x = (int) Math.round(box.x() * scale);
        int y = (int) Math.round(box.y() * scale);
        int w = Math.max(1, (int) Math.round(box.right() * scale) - x);
        int h = Math.max(1, (int) Math.round(box.bottom() * scale) - y);
        g.drawImage(ImageScaler.scaleShared(logo, w, h, true), x, y, null);
    }
}
