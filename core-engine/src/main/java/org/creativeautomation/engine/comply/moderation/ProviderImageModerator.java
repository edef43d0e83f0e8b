package org.creativeautomation.engine.comply.moderation;

import org.creativeautomation.engine.spi.ContentModerator;
import org.creativeautomation.engine.spi.ModerationAnswer;
import org.creativeautomation.engine.spi.ModerationQuery;
import org.creativeautomation.engine.spi.ProviderException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An image moderator backed by a network {@link ContentModerator} (such as OpenAI's moderation
 * endpoint). The image is sent as a JPEG reduced to {@value #MAX_SIDE} px on its long side: enough
 * for a classifier, and a fraction of the upload. The provider's categories are folded into the
 * studio's four; a category the provider flags is {@link Verdict#FLAGGED}, a score from
 * {@value #REVIEW_SCORE} up is {@link Verdict#REVIEW}. When the provider cannot answer, every
 * category comes back not assessed, so a report says so instead of passing the image.
 */
public final class ProviderImageModerator implements ImageModerator {
    private static final Logger LOG = LoggerFactory.getLogger(ProviderImageModerator.class);
    static final int MAX_SIDE = 1024;
    static final double REVIEW_SCORE = 0.3;
    private static final float JPEG_QUALITY = 0.85f;

    private final ContentModerator moderator;

    public ProviderImageModerator(ContentModerator moderator) {
        this.moderator = moderator;
    }

    @Override
    public String name() {
        return moderator.id() + " moderation endpoint";
    }

    @Override
    public String limits() {
        return "Judged by the provider's classifier on a copy reduced to " + MAX_SIDE + " px; categories beyond "
                + "hate, sexual, violence and self-harm (harassment, illicit) are not reported.";
    }

    @Override
    public ModerationResult moderate(BufferedImage image) {
        ModerationAnswer answer;
        try {
            answer = moderator.moderate(ModerationQuery.ofImage(jpeg(reduced(image)), "image/jpeg"));
        } catch (ProviderException e) {
            LOG.warn("Image moderation by {} failed ({}): the image is reported as not assessed", moderator.id(),
                    e.getMessage());
            return new ModerationResult(name(), List.of(), EnumSet.allOf(ModerationCategory.class),
                    "the " + moderator.id() + " moderation endpoint did not answer: " + e.failure().name()
                            .toLowerCase(Locale.ROOT).replace('_', ' '));
        }
        List<CategoryScore> scores = new ArrayList<>();
        for (ModerationCategory category : ModerationCategory.values()) {
            scores.add(score(category, answer));
        }
        return new ModerationResult(name(), scores, EnumSet.noneOf(ModerationCategory.class),
                "model " + answer.metadata().getOrDefault("model", "unknown"));
    }

    /** The category's highest score among the provider's categories that belong to it. */
    private static CategoryScore score(ModerationCategory category, ModerationAnswer answer) {
        double best = 0;
        String strongest = null;
        boolean flagged = false;
        for (Map.Entry<String, Double> entry : answer.scores().entrySet()) {
            if (!belongsTo(entry.getKey(), category)) {
                continue;
            }
            if (strongest == null || entry.getValue() > best) {
                best = entry.getValue();
                strongest = entry.getKey();
            }
            flagged |= answer.flaggedCategories().contains(entry.getKey());
        }
        Verdict verdict = flagged ? Verdict.FLAGGED : best >= REVIEW_SCORE ? Verdict.REVIEW : Verdict.CLEAR;
        String evidence = strongest == null ? "" : String.format(Locale.ROOT, "%s scored %.2f%s", strongest, best,
                flagged ? ", flagged by the provider" : "");
        return new CategoryScore(category, best, verdict, evidence);
    }

    /** Provider categories are written {@code sexual/minors}, {@code self-harm/intent}, {@code hate/threatening}. */
    static boolean belongsTo(String providerCategory, ModerationCategory category) {
        String base = providerCategory.toLowerCase(Locale.ROOT);
        int slash = base.indexOf('/');
        if (slash >= 0) {
            base = base.substring(0, slash);
        }
        return base.replace('_', '-').equals(category.id());
    }

    private static BufferedImage reduced(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        double scale = Math.min(1.0, (double) MAX_SIDE / Math.max(w, h));
        int rw = Math.max(1, (int) Math.round(w * scale));
        int rh = Math.max(1, (int) Math.round(h * scale));
        BufferedImage out = new BufferedImage(rw, rh, BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D g = out.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.drawImage(image, 0, 0, rw, rh, null);
        } finally {
            g.dispose();
        }
        return out;
    }

    private static byte[] jpeg(BufferedImage image) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(JPEG_QUALITY);
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encode an image for moderation", e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }
}
