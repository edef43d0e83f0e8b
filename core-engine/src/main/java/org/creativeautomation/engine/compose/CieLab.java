package org.creativeautomation.engine.compose;

/** sRGB to CIELAB (D65), where distances follow how different colours look. */
final class CieLab {
    private static final float[] LINEAR = new float[256];

    static {
        for (int i = 0; i < 256; i++) {
            double c = i / 255.0;
            LINEAR[i] = (float) (c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4));
        }
    }

    private CieLab() {
    }

    /** Writes L (0-100), a and b of a packed {@code 0xRRGGBB} colour into {@code out}. */
    static void of(int rgb, float[] out) {
        float r = LINEAR[(rgb >> 16) & 0xff];
        float g = LINEAR[(rgb >> 8) & 0xff];
        float b = LINEAR[rgb & 0xff];
        double x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
        double y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
        double z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
        double fx = f(x);
        double fy = f(y);
        double fz = f(z);
        out[0] = (float) (116 * fy - 16);
        out[1] = (float) (500 * (fx - fy));
        out[2] = (float) (200 * (fy - fz));
    }

    private static double f(double t) {
        return t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16.0 / 116;
    }
}
