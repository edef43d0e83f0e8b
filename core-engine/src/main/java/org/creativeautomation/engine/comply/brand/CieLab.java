package org.creativeautomation.engine.comply.brand;

import org.creativeautomation.engine.brand.RgbColor;

/**
 * A colour in CIELAB (D65 white), where distances follow what people see, so "is this the brand's
 * teal?" can be asked with one tolerance for every hue.
 *
 * @param l lightness, 0 (black) to 100 (white)
 */
public record CieLab(double l, double a, double b) {
    private static final double XN = 0.95047;
    private static final double YN = 1.0;
    private static final double ZN = 1.08883;
    private static final double[] LINEAR = new double[256];

    static {
        for (int i = 0; i < 256; i++) {
            double c = i / 255.0;
            LINEAR[i] = c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
        }
    }

    public static CieLab of(RgbColor color) {
        return of(color.red(), color.green(), color.blue());
    }

    /** From a packed {@code 0xRRGGBB} (alpha ignored). */
    public static CieLab ofRgb(int rgb) {
        return of((rgb >> 16) & 0xff, (rgb >> 8) & 0xff, rgb & 0xff);
    }

    public static CieLab of(int red, int green, int blue) {
        double r = LINEAR[red];
        double g = LINEAR[green];
        double bl = LINEAR[blue];
        double x = 0.4124564 * r + 0.3575761 * g + 0.1804375 * bl;
        double y = 0.2126729 * r + 0.7151522 * g + 0.0721750 * bl;
        double z = 0.0193339 * r + 0.1191920 * g + 0.9503041 * bl;
        double fx = f(x / XN);
        double fy = f(y / YN);
        double fz = f(z / ZN);
        return new CieLab(116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz));
    }

    private static double f(double t) {
        return t > 216.0 / 24389.0 ? Math.cbrt(t) : (24389.0 / 27.0 * t + 16) / 116;
    }

    /**
     * CIEDE2000 colour difference (Sharma, Wu and Dalal's formulation, kL = kC = kH = 1): about 1
     * is the smallest difference people notice side by side; 10 is clearly another colour.
     */
    public double deltaE2000(CieLab other) {
        double c1 = Math.hypot(a, b);
        double c2 = Math.hypot(other.a, other.b);
        double cMean = (c1 + c2) / 2;
        double c7 = Math.pow(cMean, 7);
        double g = 0.5 * (1 - Math.sqrt(c7 / (c7 + Math.pow(25, 7))));
        double a1 = (1 + g) * a;
        double a2 = (1 + g) * other.a;
        double cp1 = Math.hypot(a1, b);
        double cp2 = Math.hypot(a2, other.b);
        double hp1 = hueDegrees(b, a1);
        double hp2 = hueDegrees(other.b, a2);

        double dL = other.l - l;
        double dC = cp2 - cp1;
        double dhp;
        if (cp1 * cp2 == 0) {
            dhp = 0;
        } else if (Math.abs(hp2 - hp1) <= 180) {
            dhp = hp2 - hp1;
        } else if (hp2 - hp1 > 180) {
            dhp = hp2 - hp1 - 360;
        } else {
            dhp = hp2 - hp1 + 360;
        }
        double dH = 2 * Math.sqrt(cp1 * cp2) * Math.sin(Math.toRadians(dhp / 2));

        double lMean = (l + other.l) / 2;
        double cpMean = (cp1 + cp2) / 2;
        double hpMean;
        if (cp1 * cp2 == 0) {
            hpMean = hp1 + hp2;
        } else if (Math.abs(hp1 - hp2) <= 180) {
            hpMean = (hp1 + hp2) / 2;
        } else if (hp1 + hp2 < 360) {
            hpMean = (hp1 + hp2 + 360) / 2;
        } else {
            hpMean = (hp1 + hp2 - 360) / 2;
        }
        double t = 1 - 0.17 * Math.cos(Math.toRadians(hpMean - 30)) + 0.24 * Math.cos(Math.toRadians(2 * hpMean))
                + 0.32 * Math.cos(Math.toRadians(3 * hpMean + 6)) - 0.20 * Math.cos(Math.toRadians(4 * hpMean - 63));
        double dTheta = 30 * Math.exp(-Math.pow((hpMean - 275) / 25, 2));
        double cp7 = Math.pow(cpMean, 7);
        double rc = 2 * Math.sqrt(cp7 / (cp7 + Math.pow(25, 7)));
        double lm50 = (lMean - 50) * (lMean - 50);
        double sl = 1 + 0.015 * lm50 / Math.sqrt(20 + lm50);
        double sc = 1 + 0.045 * cpMean;
        double sh = 1 + 0.015 * cpMean * t;
        double rt = -Math.sin(Math.toRadians(2 * dTheta)) * rc;
        double tl = dL / sl;
        double tc = dC / sc;
        double th = dH / sh;
        return Math.sqrt(tl * tl + tc * tc + th * th + rt * tc * th);
    }

    private static double hueDegrees(double y, double x) {
        if (x == 0 && y == 0) {
            return 0;
        }
        double h = Math.toDegrees(Math.atan2(y, x));
        return h < 0 ? h + 360 : h;
    }
}
