package org.creativeautomation.engine.generate;

import org.creativeautomation.engine.asset.IngestLimits;
import org.creativeautomation.engine.comply.moderation.CategoryScore;
import org.creativeautomation.engine.comply.moderation.ImageModerator;
import org.creativeautomation.engine.comply.moderation.ModerationCategory;
import org.creativeautomation.engine.comply.moderation.ModerationResult;
import org.creativeautomation.engine.comply.moderation.Verdict;
import org.creativeautomation.engine.spi.ExpandRequest;
import org.creativeautomation.engine.spi.ImageGenerationRequest;
import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.creativeautomation.engine.generate.GeneratedPngs.result;

class HeroQualityGateTest {
    private static final ImageGenerationRequest SQUARE_512 =
            new ImageGenerationRequest(null, "A can.", null, 512, 512, 7L, null);

    /** A 400x300 photo widened to a 400x600 canvas, priced as the expand model at that size. */
    private static final ExpandRequest EXPANSION = new ExpandRequest(new byte[]{1}, 400, 300, 0, 100, 0, 200,
            "Continue the sweep.", 7L);
    private static final ImageGenerationRequest EXPANSION_PRICED =
            new ImageGenerationRequest("expand-1", "Continue the sweep.", null, 400, 600, 7L, null);

    private final HeroQualityGate gate = new HeroQualityGate(IngestLimits.defaults());

    @Test
    void acceptsAProductShotOfTheSizeAskedFor() {
        assertThat(gate.rejection(SQUARE_512, result(GeneratedPngs.productShot(512, 512)))).isEmpty();
    }

    @Test
    void acceptsASizeWithinTheToleranceOfProvidersThatRoundToTheirGrid() {
        assertThat(gate.rejection(SQUARE_512, result(GeneratedPngs.productShot(508, 508)))).isEmpty();
    }

    @Test
    void rejectsBytesThatDoNotDecode() {
        assertThat(gate.rejection(SQUARE_512, result(GeneratedPngs.undecodable()))).contains("undecodable");
    }

    @Test
    void rejectsAFlatImage() {
        assertThat(gate.rejection(SQUARE_512, result(GeneratedPngs.blank(512, 512)))).contains("blank");
    }

    @Test
    void rejectsASmallerImageOfTheSameAspect() {
        assertThat(gate.rejection(SQUARE_512, result(GeneratedPngs.productShot(256, 256))))
                .contains("wrong size 256x256 (asked 512x512)");
    }

    @Test
    void rejectsAnImageOfAnotherAspect() {
        assertThat(gate.rejection(SQUARE_512, result(GeneratedPngs.productShot(512, 768))))
                .contains("wrong aspect 512x768 (asked 512x512)");
    }

    @Test
    void rejectsWhatAConfiguredModeratorFlagsWithConfidence() {
        HeroQualityGate moderated = new HeroQualityGate(IngestLimits.defaults(), moderator(Verdict.FLAGGED));

        assertThat(moderated.rejection(SQUARE_512, result(GeneratedPngs.productShot(512, 512))))
                .contains("flagged violence");
    }

    @Test
    void leavesAModeratorsWeakSignalToComplianceReview() {
        HeroQualityGate moderated = new HeroQualityGate(IngestLimits.defaults(), moderator(Verdict.REVIEW));

        assertThat(moderated.rejection(SQUARE_512, result(GeneratedPngs.productShot(512, 512)))).isEmpty();
    }

    @Test
    void acceptsAnExpansionAtAnotherSizeOfTheCanvasShapeWhichTheCallerScales() {
        assertThat(gate.expansionRejection(EXPANSION, EXPANSION_PRICED, result(GeneratedPngs.productShot(800, 1200))))
                .isEmpty();
    }

    @Test
    void acceptsAnExpansionWhoseAnswerIsFlatBecauseTheHerosOwnPixelsAreLaidBackOverIt() {
        assertThat(gate.expansionRejection(EXPANSION, EXPANSION_PRICED, result(GeneratedPngs.blank(400, 600))))
                .isEmpty();
    }

    @Test
    void rejectsAnExpansionThatDoesNotDecode() {
        assertThat(gate.expansionRejection(EXPANSION, EXPANSION_PRICED, result(GeneratedPngs.undecodable())))
                .contains("undecodable");
    }

    @Test
    void rejectsAnExpansionAConfiguredModeratorFlags() {
        HeroQualityGate moderated = new HeroQualityGate(IngestLimits.defaults(), moderator(Verdict.FLAGGED));

        assertThat(moderated.expansionRejection(EXPANSION, EXPANSION_PRICED,
                result(GeneratedPngs.productShot(400, 600)))).contains("flagged violence");
    }

    @Test
    void anAcceptanceThatKnowsNothingOfExpansionsJudgesOneAsAnImageOfTheExpandedCanvas() {
        ImageAcceptance sizeOnly = (request, result) -> request.width() == 400 && request.height() == 600
                ? java.util.Optional.empty() : java.util.Optional.of("wrong size");

        assertThat(sizeOnly.expansionRejection(EXPANSION, EXPANSION_PRICED, result(GeneratedPngs.blank(1, 1))))
                .isEmpty();
    }

    private static ImageModerator moderator(Verdict verdict) {
        return new ImageModerator() {
            @Override
            public String name() {
                return "fake";
            }

            @Override
            public ModerationResult moderate(BufferedImage image) {
                return new ModerationResult("fake", List.of(
                        CategoryScore.clear(ModerationCategory.SEXUAL),
                        new CategoryScore(ModerationCategory.VIOLENCE, 0.9, verdict, "weapon")), Set.of(), "");
            }

            @Override
            public String limits() {
                return "none";
            }
        };
    }
}
