package org.creativeautomation.engine.asset;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The largest image accepted. The pixel limit is checked from the header before any pixel is decoded,
 * so a small file that claims to be enormous (a decompression bomb) never allocates its raster.
 */
public record IngestLimits(long maxPixels, long maxBytes) {

    public IngestLimits {
        if (maxPixels <= 0 || maxBytes <= 0) {
            throw new IllegalArgumentException("limits are positive, not " + maxPixels + " pixels / " + maxBytes + " bytes");
        }
    }

    /** 100 megapixels, 200 MB. */
    public static IngestLimits defaults() {
        return new IngestLimits(100_000_000L, 200_000_000L);
    }

    static String megapixels(long pixels) {
        return millions(pixels) + " MP";
    }

    static String megabytes(long bytes) {
        return millions(bytes) + " MB";
    }

    /** 400, 250.3, 0.02: one decimal from a million up, three significant digits below. */
    private static String millions(long value) {
        BigDecimal millions = BigDecimal.valueOf(value).movePointLeft(6);
        BigDecimal rounded = value >= 1_000_000
                ? millions.setScale(1, RoundingMode.HALF_UP)
                : millions.round(new MathContext(3, RoundingMode.HALF_UP));
        return rounded.stripTrailingZeros().toPlainString();
    }
}
