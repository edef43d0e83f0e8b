package org.creativeautomation.engine.comply.brand;

import org.creativeautomation.engine.compose.Box;
import org.creativeautomation.engine.compose.FallbackText;
import org.creativeautomation.engine.compose.TextBlock;
import org.creativeautomation.engine.compose.TypeFaces;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;

/**
 * Where the glyphs of one line of a text block fall: the line drawn again, alone, in the face and
 * size the renderer used, over the line's box. Tells the pixels behind a line from the line's own.
 */
final class GlyphMask {
    private final byte[] coverage;
    private final Box box;

    private GlyphMask(byte[] coverage, Box box) {
        this.coverage = coverage;
        this.box = box;
    }

    /** Line {@code i} of the block drawn over {@code box} (canvas pixels). */
    static GlyphMask of(TextBlock block, int i, Box box, TypeFaces faces) {
        BufferedImage mask = new BufferedImage(box.width(), box.height(), BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = mask.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            Font font = faces.forRole(block.fontRole()).deriveFont(block.sizePx());
            g.setFont(font);
            g.setColor(Color.WHITE);
            String line = block.lines().get(i);
            float x = block.x() - box.x();
            float y = block.baselines().get(i) - box.y();
            if (FallbackText.coveredBy(font, line)) {
                g.drawString(line, x, y);
            } else {
                g.drawString(FallbackText.styled(line, font).getIterator(), x, y);
            }
        } finally {
            g.dispose();
        }
        return new GlyphMask(((DataBufferByte) mask.getRaster().getDataBuffer()).getData(), box);
    }

    /** True when a glyph covers the canvas pixel or one next to it (anti-aliased edges blend text and background). */
    boolean nearInk(int x, int y) {
        int mx = x - box.x();
        int my = y - box.y();
        for (int dy = -1; dy <= 1; dy++) {
            int row = my + dy;
            if (row < 0 || row >= box.height()) {
                continue;
            }
            for (int dx = -1; dx <= 1; dx++) {
                int col = mx + dx;
                if (col >= 0 && col < box.width() && coverage[row * box.width() + col] != 0) {
                    return true;
                }
            }
        }
        return false;
    }
}
