package org.creativeautomation.engine.compose;

import org.creativeautomation.engine.brand.Corner;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class LayoutSolverTest {
    private final LayoutSolver solver = new LayoutSolver();
    private static final CreativeCopy COPY = new CreativeCopy("en-US", "Stay fresh all summer with crisp lime sparkle",
            "Shop now", "Please recycle. Contains no added sugar.");

    private Layout solve(Ratio ratio, CreativeCopy copy) {
        Box product = new Box(800, 700, 400, 600);
        return solver.solve(new LayoutRequest(ratio, copy, TestKits.hero(2000, 2000, product), product,
                TestKits.kit(), TestKits.faces(), TestKits.logos()));
    }

    @ParameterizedTest
    @EnumSource(Ratio.class)
    void keepsEveryTextBlockAndTheLogoInsideTheCanvas(Ratio ratio) {
        Layout layout = solve(ratio, COPY);

        assertThat(layout.width()).isEqualTo(ratio.width());
        assertThat(layout.height()).isEqualTo(ratio.height());
        assertThat(layout.canvas().contains(layout.message().box())).isTrue();
        assertThat(layout.canvas().contains(layout.cta().box())).isTrue();
        assertThat(layout.canvas().contains(layout.disclaimer().box())).isTrue();
        assertThat(layout.canvas().contains(layout.logo().box())).isTrue();
        assertThat(layout.issues()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Ratio.class)
    void respectsTheLogosClearSpace(Ratio ratio) {
        Layout layout = solve(ratio, COPY);
        Box clear = layout.logo().clearSpace();
        int expected = (int) Math.round(layout.logo().box().width() * 0.25);

        assertThat(clear).isEqualTo(layout.logo().box().inflate(expected));
        assertThat(layout.canvas().contains(clear)).as("clear space inside canvas").isTrue();
        assertThat(clear.intersects(layout.message().box())).isFalse();
        assertThat(clear.intersects(layout.cta().box())).isFalse();
        assertThat(clear.intersects(layout.disclaimer().box())).isFalse();
        assertThat(layout.logo().box().width()).isGreaterThanOrEqualTo((int) (ratio.width() * 0.12));
    }

    @Test
    void stackedTextNeverOverlaps() {
        Layout layout = solve(Ratio.SQUARE, COPY);

        assertThat(layout.message().box().bottom()).isLessThanOrEqualTo(layout.cta().box().y());
        assertThat(layout.cta().box().bottom()).isLessThanOrEqualTo(layout.disclaimer().box().y());
    }

    @Test
    void storyKeepsTextAndLogoOutOfThePlatformUi() {
        Layout layout = solve(Ratio.STORY, COPY);

        assertThat(layout.disclaimer().box().bottom()).isLessThanOrEqualTo((int) (1920 * 0.80));
        assertThat(layout.logo().box().y()).isGreaterThanOrEqualTo((int) (1920 * 0.14));
    }

    @Test
    void storyKeepsABottomCornerLogoAboveTheReplyBox() {
        Box product = new Box(800, 700, 400, 600);
        Layout layout = solver.solve(new LayoutRequest(Ratio.STORY, new CreativeCopy("en-US", "Hi", null, null),
                TestKits.hero(2000, 2000, product), product,
                TestKits.kit(List.of(Corner.BOTTOM_RIGHT), 28, 3), TestKits.faces(), TestKits.logos()));

        assertThat(layout.logo().box().bottom()).isLessThanOrEqualTo((int) (1920 * 0.80));
    }

    @Test
    void fontSizeNeverGoesBelowTheKitMinimumScaledToTheCanvas() {
        Layout layout = solve(Ratio.LANDSCAPE, COPY);
        float min = 28f * 1920 / 1080;

        assertThat(layout.message().sizePx()).isGreaterThanOrEqualTo(min);
        assertThat(layout.disclaimer().sizePx()).isGreaterThanOrEqualTo(min);
    }

    @Test
    void recordsOverflowWhenTheMessageCannotFit() {
        String essay = "This is a very long message that keeps going and going well past anything a headline should "
                + "ever say on a social ad because nobody reads this much text while scrolling past a creative";
        Layout layout = solve(Ratio.BANNER, new CreativeCopy("en-US", essay, null, null));

        assertThat(layout.issues()).extracting(LayoutIssue::code).contains("text.overflow");
    }

    @Test
    void cropIsCentredOnTheSubjectAndKeepsIt() {
        Box product = new Box(1200, 200, 300, 500);
        Layout layout = solver.solve(new LayoutRequest(Ratio.STORY, COPY, TestKits.hero(2000, 2000, product), product,
                TestKits.kit(), TestKits.faces(), TestKits.logos()));
        CropWindow crop = layout.crop();

        assertThat(crop.width() / crop.height()).isCloseTo(1080.0 / 1920, org.assertj.core.data.Offset.offset(0.001));
        assertThat(crop.x()).isLessThanOrEqualTo(1200);
        assertThat(crop.x() + crop.width()).isGreaterThanOrEqualTo(1500);
        assertThat(crop.x() + crop.width() / 2).isCloseTo(1350, org.assertj.core.data.Offset.offset(1.0));
    }

    @Test
    void usesTheFirstAllowedCornerAndTheLightLogoOnDarkPhotos() {
        Layout layout = solve(Ratio.SQUARE, COPY);

        assertThat(layout.logo().corner()).isEqualTo(Corner.TOP_RIGHT);
        assertThat(layout.logo().variant()).isEqualTo("light");
    }

    @Test
    void avoidsACornerWhoseClearSpaceTheTextWouldTouch() {
        Box product = new Box(800, 700, 400, 600);
        Layout layout = solver.solve(new LayoutRequest(Ratio.SQUARE, COPY, TestKits.hero(2000, 2000, product), product,
                TestKits.kit(List.of(Corner.BOTTOM_LEFT, Corner.TOP_LEFT), 28, 3), TestKits.faces(), TestKits.logos()));

        assertThat(layout.logo().corner()).isEqualTo(Corner.TOP_LEFT);
    }
}
