package org.creativeautomation.plugins.stablediffusion;

/**
 * The size asked of a Stable Diffusion server. Latents are an eighth of the image on each side,
 * so both sides must be multiples of 8; and a model drifts into repeated subjects well beyond the
 * size it was trained at, so the longer side is capped and the shape kept.
 */
public record FittedSize(int width, int height) {
    /** Below this the models produce noise; A1111 itself refuses smaller sizes. */
    public static final int MIN_SIDE = 64;

    public FittedSize {
        if (width % 8 != 0 || height % 8 != 0 || width < MIN_SIDE || height < MIN_SIDE) {
            throw new IllegalArgumentException("a fitted size needs sides that are multiples of 8 and at least "
                    + MIN_SIDE + ", was " + width + "x" + height);
        }
    }

    /**
     * The nearest size of the same shape whose sides are multiples of 8 and whose longer side is at
     * most {@code maxSide} (itself a multiple of 8).
     */
    public static FittedSize of(int width, int height, int maxSide) {
        if (maxSide % 8 != 0 || maxSide < MIN_SIDE) {
            throw new IllegalArgumentException("maxSide must be a multiple of 8 and at least " + MIN_SIDE
                    + ", was " + maxSide);
        }
        double scale = Math.min(1.0, (double) maxSide / Math.max(width, height));
        return new FittedSize(side(width * scale, maxSide), side(height * scale, maxSide));
    }

    private static int side(double pixels, int maxSide) {
        int rounded = (int) Math.round(pixels / 8) * 8;
        return Math.max(MIN_SIDE, Math.min(maxSide, rounded));
    }

    @Override
    public String toString() {
        return width + "x" + height;
    }
}
