package org.creativeautomation.engine.comply.brand;

import org.creativeautomation.engine.compose.Box;
import org.creativeautomation.engine.compose.StyledLine;
import org.creativeautomation.engine.compose.TextBlock;
import org.creativeautomation.engine.compose.TypeFaces;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;

/**
 * Where the glyphs of one line of a text block fall: the line drawn again, alone, exactly as the
 * renderer draws it (same fonts per run, size and direction), over the line's box. Tells the
 * pixels behind a line from the line's own.
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
            g.setColor(Color.WHITE);
            if (!block.lines().get(i).isEmpty()) {
                StyledLine.of(block, i, faces).draw(g, -box.x(), -box.y());
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
