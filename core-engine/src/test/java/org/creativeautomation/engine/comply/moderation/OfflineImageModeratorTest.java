package org.creativeautomation.engine.comply.moderation;

import org.creativeautomation.engine.comply.CheckId;
import org.creativeautomation.engine.comply.CreativeUnderCheck;
import org.creativeautomation.engine.comply.Finding;
import org.creativeautomation.engine.comply.Severity;
import org.creativeautomation.engine.comply.legal.LegalFixtures;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class OfflineImageModeratorTest {
    private final OfflineImageModerator moderator = new OfflineImageModerator();

    /** Skin tones from light to dark, shaded like a photo, with seeded noise. */
    private static BufferedImage skinFilled() {
        BufferedImage image = new BufferedImage(1080, 1920, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setPaint(new GradientPaint(0, 0, new Color(236, 188, 160), 1080, 1920, new Color(150, 95, 65)));
        g.fillRect(0, 0, 1080, 1920);
        g.setColor(new Color(30, 30, 30));
        g.fillRect(0, 0, 1080, 300);
        g.dispose();
        Random random = new Random(7);
        for (int y = 0; y < 1920; y += 3) {
            for (int x = 0; x < 1080; x += 3) {
                int rgb = image.getRGB(x, y);
                int d = random.nextInt(13) - 6;
                int r = clamp(((rgb >> 16) & 0xFF) + d);
                int gr = clamp(((rgb >> 8) & 0xFF) + d);
                int b = clamp((rgb & 0xFF) + d);
                image.setRGB(x, y, (r << 16) | (gr << 8) | b);
            }
        }
        return image;
    }

    private static int clamp(int v) {
        return Math.max(0, Math.min(255, v));
    }

    /** A teal can on a pale studio backdrop, as the offline generator draws products. */
    private static BufferedImage tealProductShot() {
        BufferedImage image = new BufferedImage(1080, 1920, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setPaint(new GradientPaint(0, 0, new Color(242, 251, 250), 0, 1920, new Color(200, 220, 222)));
        g.fillRect(0, 0, 1080, 1920);
        g.setColor(new Color(10, 126, 140));
        g.fillRoundRect(340, 500, 400, 900, 60, 60);
        g.setColor(new Color(158, 214, 43));
        g.fillRect(340, 1000, 400, 90);
        g.dispose();
        return image;
    }

    @Test
    void flagsAnImageFilledWithSkinTonesForReview() {
        ModerationResult result = moderator.moderate(skinFilled());

        assertThat(result.flags()).singleElement().satisfies(s -> {
            assertThat(s.category()).isEqualTo(ModerationCategory.SEXUAL);
            assertThat(s.verdict()).isEqualTo(Verdict.REVIEW);
            assertThat(s.score()).isCloseTo(0.84, within(0.03));
        });
    }

    @Test
    void leavesATealProductShotClear() {
        ModerationResult result = moderator.moderate(tealProductShot());

        assertThat(result.flags()).isEmpty();
        assertThat(result.scores()).singleElement().extracting(CategoryScore::score).isEqualTo(0.0);
    }

    @Test
    void leavesTheShippedExamplePhotosClear() throws IOException {
        BufferedImage can = ImageIO.read(LegalFixtures.repoRoot().resolve("examples/summer-splash/assets/sparkling-water.jpg").toFile());
        BufferedImage shoe = ImageIO.read(LegalFixtures.repoRoot().resolve("examples/trail-launch/assets/trail-runner.jpg").toFile());

        // the wooden table under the can is skin-coloured to the rule, but covers well under half
        assertThat(moderator.moderate(can).scores().get(0).score()).isBetween(0.2, 0.4);
        assertThat(moderator.moderate(can).flags()).isEmpty();
        assertThat(moderator.moderate(shoe).flags()).isEmpty();
    }

    @Test
    void countsOnlyOpaquePixels() {
        BufferedImage cutOut = new BufferedImage(400, 400, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = cutOut.createGraphics();
        g.setColor(new Color(224, 172, 140));
        g.fillRect(150, 150, 100, 100);
        g.dispose();

        assertThat(moderator.moderate(cutOut).scores().get(0).score()).isEqualTo(1.0);
    }

    @Test
    void statesWhatItCannotAssess() {
        ModerationResult result = moderator.moderate(tealProductShot());

        assertThat(result.notAssessed()).containsExactlyInAnyOrder(
                ModerationCategory.HATE, ModerationCategory.VIOLENCE, ModerationCategory.SELF_HARM);
        assertThat(moderator.limits()).contains("does not assess hate, violence or self-harm");
    }

    @Test
    void theImageCheckWarnsAboutPossibleNudityAndNothingElse() {
        ImageModerationCheck check = new ImageModerationCheck(moderator);
        CreativeUnderCheck skin = new CreativeUnderCheck(skinFilled(), null, null,
                LegalFixtures.kit(LegalFixtures.ACME), null, "US", null);
        CreativeUnderCheck teal = new CreativeUnderCheck(tealProductShot(), null, null,
                LegalFixtures.kit(LegalFixtures.ACME), null, "US", null);

        List<Finding> findings = check.check(skin);

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.check()).isEqualTo(CheckId.MODERATION_FLAGGED);
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.message()).isEqualTo("the image may contain sexual content (offline skin-tone heuristic); "
                    + "a person should review it");
            assertThat(f.measured()).startsWith("sexual: possible nudity, skin-coloured pixels cover 8");
        });
        assertThat(check.check(teal)).isEmpty();
    }
}
