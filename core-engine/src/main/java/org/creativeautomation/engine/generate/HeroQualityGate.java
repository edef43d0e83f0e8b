package org.creativeautomation.engine.generate;

import org.creativeautomation.engine.asset.AssetDecoder;
import org.creativeautomation.engine.asset.AssetException;
import org.creativeautomation.engine.asset.IngestLimits;
import org.creativeautomation.engine.comply.moderation.CategoryScore;
import org.creativeautomation.engine.comply.moderation.ImageModerator;
import org.creativeautomation.engine.comply.moderation.ModerationResult;
import org.creativeautomation.engine.comply.moderation.Verdict;
import org.creativeautomation.engine.comply.quality.ToneSpread;
import org.creativeautomation.engine.spi.ExpandRequest;
import org.creativeautomation.engine.spi.ImageGenerationRequest;
import org.creativeautomation.engine.spi.ImageResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.awt.image.BufferedImage;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Turns down a generated hero before a run builds creatives on it: bytes that do not decode, an
 * image of another size than the one asked for (the crops were planned for that size), one that
 * is blank or near-uniform (a failed generation that would pass every later step and fail the
 * blank check on every creative), and, when a moderator is configured, one it flags with
 * confidence. A moderator's weak signal (review) does not reject: compliance reports it on the
 * creatives for a person to judge.
 *
 * <p>An expansion of a hero is judged on what can go wrong with it: bytes that do not decode, and
 * the moderator's verdict on the margins the model drew. Its size is not judged here (an expander
 * may answer another size of the canvas's shape, which the caller scales, and turns down another
 * shape itself), nor its tone: the caller lays the hero's own pixels back over the answer, so a
 * model that painted the source area flat does not make the creative blank.
 */
public final class HeroQualityGate implements ImageAcceptance {

    /** Further images asked of one provider after a rejected one, before failing over. */
    public static final int REGENERATIONS = 2;
    /** How far each side may be off the size asked for: some providers round to their own grid. */
    static final double SIZE_TOLERANCE = 0.02;
    /** How far the aspect may be off; a different aspect breaks the crops planned for the size. */
    static final double ASPECT_TOLERANCE = 0.01;

    private static final Logger LOG = LoggerFactory.getLogger(HeroQualityGate.class);

    private final AssetDecoder decoder = new AssetDecoder();
    private final IngestLimits limits;
    private final ImageModerator moderator;

    /** A gate without a moderator. */
    public HeroQualityGate(IngestLimits limits) {
        this(limits, null);
    }

    /** @param moderator judges each image's content; null for none */
    public HeroQualityGate(IngestLimits limits, ImageModerator moderator) {
        this.limits = Objects.requireNonNull(limits, "limits");
        this.moderator = moderator;
    }

    @Override
    public Optional<String> rejection(ImageGenerationRequest request, ImageResult result) {
        BufferedImage image;
        try {
            image = decoder.decode(result.images().get(0), "generated image", limits).image();
        } catch (AssetException e) {
            LOG.debug("Generated image rejected: {}", e.getMessage());
            return Optional.of("undecodable");
        }
        Optional<String> size = sizeProblem(request, image.getWidth(), image.getHeight());
        if (size.isPresent()) {
            return size;
        }
        ToneSpread spread = ToneSpread.of(image);
        if (spread.isNearUniform()) {
            LOG.debug("Generated image rejected as blank: {}", spread.describe());
            return Optional.of("blank");
        }
        return moderator == null ? Optional.empty() : flagged(moderator.moderate(image));
    }

    @Override
    public Optional<String> expansionRejection(ExpandRequest request, ImageGenerationRequest priced,
                                               ImageResult result) {
        BufferedImage image;
        try {
            image = decoder.decode(result.images().get(0), "expanded image", limits).image();
        } catch (AssetException e) {
            LOG.debug("Expanded image rejected: {}", e.getMessage());
            return Optional.of("undecodable");
        }
        return moderator == null ? Optional.empty() : flagged(moderator.moderate(image));
    }

    static Optional<String> sizeProblem(ImageGenerationRequest request, int width, int height) {
        String got = width + "x" + height + " (asked " + request.width() + "x" + request.height() + ")";
        double askedAspect = (double) request.width() / request.height();
        double aspect = (double) width / height;
        if (Math.abs(aspect / askedAspect - 1) > ASPECT_TOLERANCE) {
            return Optional.of("wrong aspect " + got);
        }
        if (Math.abs(width - request.width()) > request.width() * SIZE_TOLERANCE
                || Math.abs(height - request.height()) > request.height() * SIZE_TOLERANCE) {
            return Optional.of("wrong size " + got);
        }
        return Optional.empty();
    }

    private static Optional<String> flagged(ModerationResult result) {
        String categories = result.flags().stream().filter(score -> score.verdict() == Verdict.FLAGGED)
                .map(CategoryScore::category).map(category -> category.id()).distinct()
                .collect(Collectors.joining(", "));
        return categories.isEmpty() ? Optional.empty() : Optional.of("flagged " + categories);
    }
}
