package org.creativeautomation.engine.asset;

import java.awt.AlphaComposite;
import java.awt.Graphics2D;
import java.awt.Transparency;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ColorConvertOp;
import java.awt.image.ColorModel;
import java.awt.image.ComponentColorModel;
import java.awt.image.DataBuffer;
import java.awt.image.DataBufferByte;
import java.awt.image.DataBufferInt;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings a decoded image into the engine's one pixel format: sRGB, 8 bits per channel, packed in
 * TYPE_INT_RGB, or TYPE_INT_ARGB when a PNG carries alpha.
 *
 * <p>Who honours an embedded profile differs by decoder: TwelveMonkeys' JPEG reader converts colour
 * JPEGs (RGB, CMYK) through their profile itself, while the JDK's PNG reader ignores iCCP, and neither
 * applies a profile to greyscale. So the profile is applied here exactly where the decoder did not.
 */
final class SrgbConversion {
    private static final Logger LOG = LoggerFactory.getLogger(SrgbConversion.class);
    private static final int STRIP_ROWS = 256;

    private SrgbConversion() {
    }

    static BufferedImage normalize(BufferedImage decoded, ImageFormat format, Optional<EmbeddedIccProfile> profile) {
        boolean alpha = format == ImageFormat.PNG && decoded.getColorModel().hasAlpha();
        int w = decoded.getWidth();
        int h = decoded.getHeight();
        BufferedImage out = new BufferedImage(w, h, alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        ColorSpace space = decoded.getColorModel().getColorSpace();
        boolean gray = space.getType() == ColorSpace.TYPE_GRAY;
        boolean profileApplied;
        if (gray) {
            copyGray(decoded, out);
            profileApplied = false;
        } else if (!space.isCS_sRGB()) {
            // The decoder handed us pixels in the image's own colour space (its profile, CMYK...).
            new ColorConvertOp(null).filter(decoded, out);
            profileApplied = true;
        } else {
            Graphics2D g = out.createGraphics();
            g.setComposite(AlphaComposite.Src);
            g.drawImage(decoded, 0, 0, null);
            g.dispose();
            profileApplied = format == ImageFormat.JPEG;
        }
        if (!profileApplied && profile.isPresent() && !profile.get().isSrgb()) {
            applyProfile(out, profile.get(), gray);
        }
        return out;
    }

    /**
     * Greyscale values are copied as they are (the usual reading of an untagged grey image). Java's
     * own grey colour space is linear, so letting Java2D convert would brighten every mid-tone.
     */
    private static void copyGray(BufferedImage decoded, BufferedImage out) {
        Raster raster = decoded.getRaster();
        ColorModel model = decoded.getColorModel();
        int max = (1 << model.getComponentSize(0)) - 1;
        boolean alpha = out.getType() == BufferedImage.TYPE_INT_ARGB && raster.getNumBands() > 1;
        int alphaMax = alpha ? (1 << model.getComponentSize(1)) - 1 : 1;
        int w = decoded.getWidth();
        int[] dst = pixels(out);
        int[] grey = new int[w];
        int[] alphas = new int[w];
        for (int y = 0; y < decoded.getHeight(); y++) {
            raster.getSamples(0, y, w, 1, 0, grey);
            if (alpha) {
                raster.getSamples(0, y, w, 1, 1, alphas);
            }
            for (int x = 0; x < w; x++) {
                int v = (grey[x] * 255 + max / 2) / max;
                int a = alpha ? (alphas[x] * 255 + alphaMax / 2) / alphaMax : 255;
                dst[y * w + x] = (a << 24) | (v << 16) | (v << 8) | v;
            }
        }
    }

    private static void applyProfile(BufferedImage out, EmbeddedIccProfile profile, boolean gray) {
        int type = profile.colorSpaceType();
        if (type == ColorSpace.TYPE_GRAY && gray) {
            applyGrayProfile(out, profile);
        } else if (type == ColorSpace.TYPE_RGB && !gray) {
            applyRgbProfile(out, profile);
        } else {
            LOG.warn("Ignoring embedded colour profile '{}': it does not fit the image's colours", profile.description());
        }
    }

    /** Grey profiles are one curve: a 256-entry table does the whole image. */
    private static void applyGrayProfile(BufferedImage out, EmbeddedIccProfile profile) {
        ICC_ColorSpace space = new ICC_ColorSpace(profile.profile());
        ComponentColorModel model = new ComponentColorModel(space, false, false, Transparency.OPAQUE, DataBuffer.TYPE_BYTE);
        WritableRaster ramp = model.createCompatibleWritableRaster(256, 1);
        for (int v = 0; v < 256; v++) {
            ramp.setSample(v, 0, 0, v);
        }
        BufferedImage converted = new BufferedImage(256, 1, BufferedImage.TYPE_INT_RGB);
        new ColorConvertOp(null).filter(new BufferedImage(model, ramp, false, null), converted);
        int[] table = new int[256];
        for (int v = 0; v < 256; v++) {
            table[v] = converted.getRGB(v, 0) & 0xff; // green of a grey: equal channels
        }
        int[] px = pixels(out);
        for (int i = 0; i < px.length; i++) {
            int p = px[i];
            px[i] = (p & 0xff000000) | (table[(p >>> 16) & 0xff] << 16) | (table[(p >>> 8) & 0xff] << 8) | table[p & 0xff];
        }
    }

    /** Converts the colour channels in strips, keeping memory flat for large images; alpha is kept as is. */
    private static void applyRgbProfile(BufferedImage out, EmbeddedIccProfile profile) {
        ICC_ColorSpace space = new ICC_ColorSpace(profile.profile());
        ComponentColorModel model = new ComponentColorModel(space, false, false, Transparency.OPAQUE, DataBuffer.TYPE_BYTE);
        ColorConvertOp op = new ColorConvertOp(null);
        int w = out.getWidth();
        int[] px = pixels(out);
        for (int y0 = 0; y0 < out.getHeight(); y0 += STRIP_ROWS) {
            int rows = Math.min(STRIP_ROWS, out.getHeight() - y0);
            WritableRaster strip = model.createCompatibleWritableRaster(w, rows);
            byte[] rgb = ((DataBufferByte) strip.getDataBuffer()).getData();
            int base = y0 * w;
            for (int i = 0, n = w * rows; i < n; i++) {
                int p = px[base + i];
                rgb[3 * i] = (byte) (p >>> 16);
                rgb[3 * i + 1] = (byte) (p >>> 8);
                rgb[3 * i + 2] = (byte) p;
            }
            BufferedImage converted = new BufferedImage(w, rows, BufferedImage.TYPE_INT_RGB);
            op.filter(new BufferedImage(model, strip, false, null), converted);
            int[] srgb = pixels(converted);
            for (int i = 0, n = w * rows; i < n; i++) {
                px[base + i] = (px[base + i] & 0xff000000) | (srgb[i] & 0x00ffffff);
            }
        }
    }

    private static int[] pixels(BufferedImage intImage) {
        return ((DataBufferInt) intImage.getRaster().getDataBuffer()).getData();
    }
}
