package org.creativeautomation.plugins.openai;

import org.creativeautomation.engine.spi.ExpandRequest;

import java.awt.AlphaComposite;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;

/**
 * One expansion laid out on a canvas gpt-image-1 edits (1024x1024, 1536x1024 or 1024x1536, the one
 * nearest in shape): the expanded canvas scaled to fit inside it and centred, the source placed in
 * it where its margins leave it. Everything but the source is transparent, in the image and in the
 * mask, and that is what the model fills; the expanded canvas is then cut back out of its answer.
 *
 * @param width  the edit canvas's width
 * @param height the edit canvas's height
 * @param scale  edit-canvas pixels per pixel of the expanded canvas
 * @param x      where the expanded canvas starts on the edit canvas
 * @param y      see x
 */
record PaddedCanvas(int width, int height, double scale, double x, double y, ExpandRequest request) {

    static PaddedCanvas of(ExpandRequest request) {
        int ew = request.expandedWidth();
        int eh = request.expandedHeight();
        String size = OpenAiImageGenerator.sizeFor(OpenAiImageGenerator.GPT_IMAGE_1, ew, eh);
        int width = Integer.parseInt(size.substring(0, size.indexOf('x')));
        int height = Integer.parseInt(size.substring(size.indexOf('x') + 1));
        double scale = Math.min((double) width / ew, (double) height / eh);
        return new PaddedCanvas(width, height, scale, (width - ew * scale) / 2, (height - eh * scale) / 2, request);
    }

    /** The {@code size} the edit is asked for, e.g. {@code 1024x1536}. */
    String size() {
        return width + "x" + height;
    }

    /** The source drawn where it goes on the transparent edit canvas. */
    BufferedImage image(BufferedImage source) {
        BufferedImage canvas = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = canvas.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            int[] box = sourceBox();
            g.drawImage(source, box[0], box[1], box[2] - box[0], box[3] - box[1], null);
        } finally {
            g.dispose();
        }
        return canvas;
    }

    /** Opaque over the source, fully transparent (alpha 0) where the model is to draw. */
    BufferedImage mask() {
        BufferedImage mask = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = mask.createGraphics();
        try {
            g.setComposite(AlphaComposite.Src);
            g.setColor(Color.BLACK);
            int[] box = sourceBox();
            g.fillRect(box[0], box[1], box[2] - box[0], box[3] - box[1]);
        } finally {
            g.dispose();
        }
        return mask;
    }

    /** The expanded canvas cut out of the model's answer, at the expanded size asked for. */
    BufferedImage expanded(BufferedImage answer) {
        int ew = request.expandedWidth();
        int eh = request.expandedHeight();
        double sx = (double) answer.getWidth() / width;
        double sy = (double) answer.getHeight() / height;
        int x0 = (int) Math.round(x * sx);
        int y0 = (int) Math.round(y * sy);
        int x1 = (int) Math.round((x + ew * scale) * sx);
        int y1 = (int) Math.round((y + eh * scale) * sy);
        BufferedImage out = new BufferedImage(ew, eh, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.drawImage(answer, 0, 0, ew, eh, x0, y0, x1, y1, null);
        } finally {
            g.dispose();
        }
        return out;
    }

    /** The source's box on the edit canvas: {x0, y0, x1, y1}, whole pixels. */
    int[] sourceBox() {
        int x0 = (int) Math.round(x + request.left() * scale);
        int y0 = (int) Math.round(y + request.top() * scale);
        int x1 = (int) Math.round(x + (request.left() + request.width()) * scale);
        int y1 = (int) Math.round(y + (request.top() + request.height()) * scale);
        return new int[]{x0, y0, Math.max(x0 + 1, x1), Math.max(y0 + 1, y1)};
    }
}
