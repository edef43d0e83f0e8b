package org.creativeautomation.engine.generate;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.awt.image.ConvolveOp;
import java.awt.image.Kernel;

/**
 * A soft layer (shadows, glows): drawn in image coordinates but rasterised at reduced size, blurred
 * there and scaled back up. A Gaussian blur at full size would cost seconds on a 2048 px image; at
 * reduced size it costs milliseconds and looks the same, since a blurred image has no fine detail.
 */
final class BlurredLayer {
    /** The blur radius (sigma) in reduced pixels; smaller shows steps when scaled up. */
    private static final double REDUCED_SIGMA = 3.5;

    private final BufferedImage reduced;
    private final double originX;
    private final double originY;
    private final double scale;
    private final double reducedSigma;

    /**
     * @param area  the part of the image the layer's shapes lie in
     * @param sigma the blur radius in image pixels
     */
    BlurredLayer(Rectangle2D area, double sigma) {
        double safeSigma = Math.max(0.5, sigma);
        this.scale = Math.min(1.0, REDUCED_SIGMA / safeSigma);
        this.reducedSigma = safeSigma * scale;
        double pad = 4 * safeSigma;
        this.originX = Math.floor(area.getMinX() - pad);
        this.originY = Math.floor(area.getMinY() - pad);
        int width = (int) Math.ceil((area.getWidth() + 2 * pad) * scale) + 2;
        int height = (int) Math.ceil((area.getHeight() + 2 * pad) * scale) + 2;
        this.reduced = new BufferedImage(Math.max(1, width), Math.max(1, height), BufferedImage.TYPE_INT_ARGB_PRE);
    }

    /** Graphics in image coordinates; the caller disposes it before {@link #drawOnto}. */
    Graphics2D graphics() {
        Graphics2D g = reduced.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.scale(scale, scale);
        g.translate(-originX, -originY);
        return g;
    }

    void drawOnto(Graphics2D target) {
        BufferedImage blurred = blur(blur(reduced, true), false);
        Object interpolation = target.getRenderingHint(RenderingHints.KEY_INTERPOLATION);
        target.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        AffineTransform place = AffineTransform.getTranslateInstance(originX, originY);
        place.scale(1 / scale, 1 / scale);
        target.drawImage(blurred, place, null);
        if (interpolation != null) {
            target.setRenderingHint(RenderingHints.KEY_INTERPOLATION, interpolation);
        }
    }

    private BufferedImage blur(BufferedImage source, boolean horizontal) {
        int radius = (int) Math.ceil(3 * reducedSigma);
        float[] weights = new float[2 * radius + 1];
        float sum = 0;
        for (int i = -radius; i <= radius; i++) {
            float w = (float) Math.exp(-(i * i) / (2 * reducedSigma * reducedSigma));
            weights[i + radius] = w;
            sum += w;
        }
        for (int i = 0; i < weights.length; i++) {
            weights[i] /= sum;
        }
        Kernel kernel = horizontal ? new Kernel(weights.length, 1, weights) : new Kernel(1, weights.length, weights);
        BufferedImage target = new BufferedImage(source.getWidth(), source.getHeight(), BufferedImage.TYPE_INT_ARGB_PRE);
        return new ConvolveOp(kernel, ConvolveOp.EDGE_ZERO_FILL, null).filter(source, target);
    }
}
