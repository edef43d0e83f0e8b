package org.creativeautomation.engine.comply.moderation;

import java.awt.image.BufferedImage;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

/**
 * The image moderator that works without a network: it flags an image dominated by skin-coloured
 * pixels as possible nudity, for a person to review ({@link Verdict#REVIEW}, a warning).
 *
 * <p>A pixel is skin-coloured by the chrominance rule of Chai and Ngan ("Face segmentation using
 * skin-color map in videophone applications", IEEE Trans. CSVT 9(4), 1999): in ITU-R BT.601 YCbCr,
 * 77 ≤ Cb ≤ 127 and 133 ≤ Cr ≤ 173; near-black pixels (Y &lt; 40), whose chroma is noise, and
 * transparent ones are not counted. The image is sampled on a grid of about 160 points along its
 * longer side, so a 1080×1920 creative costs well under a millisecond.
 *
 * <p>Its limits, stated in {@link #limits()}: it cannot judge hate, violence or self-harm at all
 * (those categories come back not assessed); it cannot tell bare skin from faces, hands, sand,
 * wood, bread or beige products, so a close-up portrait or a wooden table may be flagged; and it
 * misses nudity that fills less than half the frame or is lit in unusual colours. A network
 * moderator should replace it wherever one is available.
 */
public final class OfflineImageModerator implements ImageModerator {
    /** The share of skin-coloured pixels from which an image is flagged for review. */
    public static final double REVIEW_SHARE = 0.5;

    private static final String NAME = "offline skin-tone heuristic";
    private static final int SAMPLES_ALONG_LONG_SIDE = 160;
    private static final int MIN_LUMA = 40;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String limits() {
        return "Flags only images mostly covered by skin-coloured pixels, as possible nudity to review. "
                + "It does not assess hate, violence or self-harm, cannot tell skin from faces, sand, wood or beige "
                + "products, and misses nudity that covers less than half of the image.";
    }

    @Override
    public ModerationResult moderate(BufferedImage image) {
        double share = skinShare(image);
        Verdict verdict = share >= REVIEW_SHARE ? Verdict.REVIEW : Verdict.CLEAR;
        String evidence = String.format(Locale.ROOT, "possible nudity, skin-coloured pixels cover %.0f%% of the image", share * 100);
        return new ModerationResult(NAME,
                List.of(new CategoryScore(ModerationCategory.SEXUAL, share, verdict, evidence)),
                EnumSet.of(ModerationCategory.HATE, ModerationCategory.VIOLENCE, ModerationCategory.SELF_HARM),
                "the offline image moderator sees only skin tones");
    }

    /** The share of sampled, opaque pixels that are skin-coloured (0 for a fully transparent image). */
    static double skinShare(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        int step = Math.max(1, Math.max(w, h) / SAMPLES_ALONG_LONG_SIDE);
        boolean alpha = image.getColorModel().hasAlpha();
        int counted = 0;
        int skin = 0;
        for (int y = step / 2; y < h; y += step) {
            for (int x = step / 2; x < w; x += step) {
                int argb = image.getRGB(x, y);
                if (alpha && (argb >>> 24) < 128) {
                    continue;
                }
                counted++;
                if (isSkin((argb >> 16) & 0xFF, (argb >> 8) & 0xFF, argb & 0xFF)) {
                    skin++;
                }
            }
        }
        return counted == 0 ? 0 : skin / (double) counted;
    }

    /** Chai and Ngan's skin-colour rule in BT.601 YCbCr, ignoring near-black pixels. */
    static boolean isSkin(int r, int g, int b) {
        double y = 0.299 * r + 0.587 * g + 0.114 * b;
        if (y < MIN_LUMA) {
            return false;
        }
        double cb = 128 - 0.168736 * r - 0.331264 * g + 0.5 * b;
        double cr = 128 + 0.5 * r - 0.418688 * g - 0.081312 * b;
        return cb >= 77 && cb <= 127 && cr >= 133 && cr <= 173;
    }
}
