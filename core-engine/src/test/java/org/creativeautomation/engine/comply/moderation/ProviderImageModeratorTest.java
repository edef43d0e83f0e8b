package org.creativeautomation.engine.comply.moderation;

import org.creativeautomation.engine.spi.ContentModerator;
import org.creativeautomation.engine.spi.Failure;
import org.creativeautomation.engine.spi.ModerationAnswer;
import org.creativeautomation.engine.spi.ModerationQuery;
import org.creativeautomation.engine.spi.ProviderException;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

class ProviderImageModeratorTest {

    /** Answers with a scripted judgement and keeps every query it was sent. */
    private static final class ScriptedModerator implements ContentModerator {
        final List<ModerationQuery> queries = new ArrayList<>();
        private final Function<ModerationQuery, ModerationAnswer> answer;

        ScriptedModerator(Function<ModerationQuery, ModerationAnswer> answer) {
            this.answer = answer;
        }

        @Override
        public String id() {
            return "openai";
        }

        @Override
        public ModerationAnswer moderate(ModerationQuery query) {
            queries.add(query);
            return answer.apply(query);
        }
    }

    private static Map<String, Double> scores(Object... pairs) {
        Map<String, Double> scores = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            scores.put((String) pairs[i], (Double) pairs[i + 1]);
        }
        return scores;
    }

    @Test
    void foldsTheProvidersCategoriesIntoTheStudiosFour() {
        ScriptedModerator provider = new ScriptedModerator(q -> new ModerationAnswer(true,
                scores("sexual", 0.12, "sexual/minors", 0.01, "violence", 0.05, "violence/graphic", 0.41,
                        "self-harm/intent", 0.92, "hate", 0.001, "harassment", 0.7),
                Set.of("self-harm/intent"), Map.of("model", "omni-moderation-latest")));

        ModerationResult result = new ProviderImageModerator(provider).moderate(new BufferedImage(400, 300,
                BufferedImage.TYPE_INT_RGB));

        Map<ModerationCategory, CategoryScore> byCategory = new LinkedHashMap<>();
        result.scores().forEach(s -> byCategory.put(s.category(), s));
        assertThat(byCategory.get(ModerationCategory.SELF_HARM).verdict()).isEqualTo(Verdict.FLAGGED);
        assertThat(byCategory.get(ModerationCategory.SELF_HARM).evidence())
                .isEqualTo("self-harm/intent scored 0.92, flagged by the provider");
        assertThat(byCategory.get(ModerationCategory.VIOLENCE).verdict()).isEqualTo(Verdict.REVIEW);
        assertThat(byCategory.get(ModerationCategory.VIOLENCE).score()).isEqualTo(0.41);
        assertThat(byCategory.get(ModerationCategory.SEXUAL).verdict()).isEqualTo(Verdict.CLEAR);
        assertThat(byCategory.get(ModerationCategory.HATE).verdict()).as("harassment is not hate").isEqualTo(Verdict.CLEAR);
        assertThat(result.notAssessed()).isEmpty();
        assertThat(result.moderator()).isEqualTo("openai moderation endpoint");
        assertThat(result.note()).isEqualTo("model omni-moderation-latest");
    }

    @Test
    void sendsAReducedJpegOfTheImage() throws IOException {
        ScriptedModerator provider = new ScriptedModerator(q -> new ModerationAnswer(false, Map.of(), Set.of(),
                Map.of()));

        new ProviderImageModerator(provider).moderate(new BufferedImage(3000, 1500, BufferedImage.TYPE_INT_RGB));

        ModerationQuery query = provider.queries.get(0);
        assertThat(query.mediaType()).isEqualTo("image/jpeg");
        assertThat(query.text()).isNull();
        BufferedImage sent = ImageIO.read(new ByteArrayInputStream(query.image()));
        assertThat(sent.getWidth()).isEqualTo(1024);
        assertThat(sent.getHeight()).isEqualTo(512);
    }

    @Test
    void aProviderThatCannotAnswerLeavesEveryCategoryNotAssessed() {
        ScriptedModerator provider = new ScriptedModerator(q -> {
            throw new ProviderException(Failure.RATE_LIMITED, "429 from the moderation endpoint");
        });

        ModerationResult result = new ProviderImageModerator(provider).moderate(new BufferedImage(10, 10,
                BufferedImage.TYPE_INT_RGB));

        assertThat(result.scores()).isEmpty();
        assertThat(result.flags()).isEmpty();
        assertThat(result.notAssessed()).isEqualTo(EnumSet.allOf(ModerationCategory.class));
        assertThat(result.note()).contains("did not answer").contains("rate limited");
    }

    @Test
    void scoresOutsideZeroToOneAreRefused() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new ModerationAnswer(false, Map.of("sexual", 1.5),
                Set.of(), Map.of())).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("sexual");
    }
}
