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

    private Layout solveWithHero(Ratio ratio, int heroW, int heroH) {
        Box whole = new Box(0, 0, heroW, heroH);
        return solver.solve(new LayoutRequest(ratio, COPY, TestKits.hero(heroW, heroH, whole), whole,
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
    void hangsTheScrimFromTheBottomEdge() {
        Layout layout = solve(Ratio.SQUARE, COPY);

        assertThat(layout.scrim().edge()).isEqualTo(ScrimEdge.BOTTOM);
        assertThat(layout.scrim().band().bottom()).isEqualTo(layout.height());
    }

    @Test
    void takesTheBackdropFromTheKitsBackgroundColour() {
        assertThat(solve(Ratio.SQUARE, COPY).backdrop()).isEqualTo(TestKits.BACKGROUND);
    }

    @Test
    void picksTheLogoVariantAgainstTheBackdropWhereTheHeroIsTransparent() {
        Box product = new Box(800, 700, 400, 600);
        Layout layout = solver.solve(new LayoutRequest(Ratio.SQUARE, COPY, TestKits.transparentHero(2000, 2000, product),
                product, TestKits.kit(), TestKits.faces(), TestKits.logos()));

        // the backdrop is a pale mint, so the dark logo stands out; transparent pixels read as black would pick light
        assertThat(layout.logo().variant()).isEqualTo("dark");
    }

    @Test
    void reportsAHeroUpscaledMoreThanOneAndAHalfTimes() {
        Layout layout = solveWithHero(Ratio.SQUARE, 1, 1);

        assertThat(layout.issues()).containsExactly(new LayoutIssue("quality.low-resolution",
                "hero is upscaled 1080.0x (crop 1x1 for a 1080x1080 canvas)", null));
    }

    @Test
    void reportsTheUpscaleOfTheLimitingSideOfAWideCanvas() {
        Layout layout = solveWithHero(Ratio.LANDSCAPE, 1000, 1000);

        assertThat(layout.issues()).extracting(LayoutIssue::message)
                .containsExactly("hero is upscaled 1.9x (crop 1000x563 for a 1920x1080 canvas)");
    }

    @Test
    void acceptsAHeroUpscaledExactlyOneAndAHalfTimes() {
        assertThat(solveWithHero(Ratio.SQUARE, 720, 720).issues()).isEmpty();
    }

    @Test
    void reportsMessageCharactersNoFontCanDraw() {
        Layout layout = solve(Ratio.SQUARE, new CreativeCopy("en-US", "Fresh \uE000 summer", "Shop now", null));

        assertThat(layout.issues()).containsExactly(new LayoutIssue("text.missing-glyphs",
                "message has characters no installed font can draw: U+E000", layout.message().box()));
    }

    @Test
    void namesAtMostFiveMissingCharactersOfTheCta() {
        String privateUse = "\uE001\uE002\uE003\uE001 \uE004\uE005\uE006\uE007";
        Layout layout = solve(Ratio.SQUARE, new CreativeCopy("en-US", "Fresh", "Shop " + privateUse, null));

        assertThat(layout.issues()).containsExactly(new LayoutIssue("text.missing-glyphs",
                "CTA has characters no installed font can draw: U+E001, U+E002, U+E003, U+E004, U+E005 and 2 more",
                layout.cta().box()));
    }

    @Test
    void reportsDisclaimerCharactersOutsideTheBasicPlaneNoFontCanDraw() {
        Layout layout = solve(Ratio.SQUARE, new CreativeCopy("en-US", "Fresh", null, "Terms \uDBFF\uDFFD apply"));

        assertThat(layout.issues()).containsExactly(new LayoutIssue("text.missing-glyphs",
                "disclaimer has characters no installed font can draw: U+10FFFD", layout.disclaimer().box()));
    }

    @Test
    void acceptsCharactersAnInstalledFontCanDraw() {
        Layout layout = solve(Ratio.SQUARE, new CreativeCopy("en-US", "Fresh \u2713", "Shop now", null));

        assertThat(layout.issues()).isEmpty();
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

    private static final CreativeCopy ARABIC = new CreativeCopy("ar-SA", "انتعش طوال الصيف مع مشروب الليمون",
            "تسوّق الآن", "يرجى إعادة التدوير.");

    @Test
    void mirrorsTheLayoutForRightToLeftCopy() {
        Layout layout = solve(Ratio.SQUARE, ARABIC);
        int rightMargin = 1080 - 65;

        assertThat(layout.direction()).isEqualTo(TextDirection.RIGHT_TO_LEFT);
        assertThat(layout.message().direction()).isEqualTo(TextDirection.RIGHT_TO_LEFT);
        assertThat(layout.message().box().right()).isEqualTo(rightMargin);
        assertThat(layout.cta().box().right()).as("CTA button on the right").isEqualTo(rightMargin);
        assertThat(layout.disclaimer().box().right()).isEqualTo(rightMargin);
        assertThat(layout.cta().label().box().right()).isLessThan(rightMargin);
        assertThat(layout.issues()).isEmpty();
    }

    @Test
    void swapsTheLogosPreferredCornersForRightToLeftCopy() {
        Layout layout = solve(Ratio.SQUARE, ARABIC);

        // the kit prefers top-right, then top-left
        assertThat(layout.logo().corner()).isEqualTo(Corner.TOP_LEFT);
        assertThat(layout.logo().box().x()).isLessThan(540);
    }

    @Test
    void hangsTheTextColumnOfAWideRightToLeftCreativeFromTheRightMargin() {
        Layout layout = solve(Ratio.LANDSCAPE, ARABIC);

        assertThat(layout.message().box().right()).isEqualTo(1920 - 65);
        assertThat(layout.message().box().x()).isGreaterThan(1920 - (int) Math.round(1920 * 0.58));
        assertThat(layout.cta().box().right()).isEqualTo(1920 - 65);
    }

    @Test
    void leftToRightCopyStaysAgainstTheLeftMargin() {
        Layout layout = solve(Ratio.SQUARE, COPY);

        assertThat(layout.direction()).isEqualTo(TextDirection.LEFT_TO_RIGHT);
        assertThat(layout.message().box().x()).isEqualTo(65);
        assertThat(layout.cta().box().x()).isEqualTo(65);
    }

    @Test
    void recordsAFontRunForEveryCharacterOfEveryLine() {
        Layout layout = solve(Ratio.SQUARE, new CreativeCopy("ja-JP", "夏じゅう、爽やかなライムの泡を。", "今すぐ購入", null));

        TextBlock message = layout.message();
        for (int i = 0; i < message.lines().size(); i++) {
            assertThat(message.runsOf(i)).isNotEmpty();
            assertThat(message.runsOf(i).get(message.runsOf(i).size() - 1).end()).isEqualTo(message.lines().get(i).length());
        }
        assertThat(String.join("", message.lines())).isEqualTo("夏じゅう、爽やかなライムの泡を。");
    }
}
