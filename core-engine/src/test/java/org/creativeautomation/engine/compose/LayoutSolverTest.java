package org.creativeautomation.engine.compose;

import org.creativeautomation.engine.brand.BrandKit;
import org.creativeautomation.engine.brand.Corner;
import org.creativeautomation.engine.brand.Grading;
import org.creativeautomation.engine.brand.LayoutTemplates;
import org.creativeautomation.engine.brand.Palette;
import org.creativeautomation.engine.brand.RgbColor;
import org.creativeautomation.engine.brand.SafeArea;
import org.creativeautomation.engine.brand.TextZone;
import org.assertj.core.data.Offset;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
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
    void picksTheLogoVariantWithMoreContrastAgainstAMidGreyCorner() {
        Box product = new Box(800, 700, 400, 600);
        Layout layout = solve(Ratio.SQUARE, plainWith(product, new Color(150, 150, 150)), product,
                TestKits.kit());

        // grey of luminance 0.3: the pale logo would stand out 1.7:1, the dark one 2.5:1
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

        assertThat(crop.width() / crop.height()).isCloseTo(1080.0 / 1920, Offset.offset(0.001));
        assertThat(crop.x()).isLessThanOrEqualTo(1200);
        assertThat(crop.x() + crop.width()).isGreaterThanOrEqualTo(1500);
        assertThat(crop.x() + crop.width() / 2).isCloseTo(1350, Offset.offset(1.0));
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

    private static BufferedImage plainWith(Box product, Color backdrop) {
        BufferedImage hero = new BufferedImage(2000, 2000,
                BufferedImage.TYPE_INT_RGB);
        Graphics2D g = hero.createGraphics();
        g.setColor(backdrop);
        g.fillRect(0, 0, 2000, 2000);
        g.setColor(new Color(200, 30, 30));
        g.fillRect(product.x(), product.y(), product.width(), product.height());
        g.dispose();
        return hero;
    }

    private Layout solve(Ratio ratio, BufferedImage hero, Box product,
                         BrandKit kit) {
        return solver.solve(new LayoutRequest(ratio, COPY, hero, product, kit, TestKits.faces(), TestKits.logos()));
    }

    @Test
    void putsTheTextAboveAProductThatSitsLow() {
        Box product = new Box(750, 1150, 500, 800);
        // a photo whose floor has texture cannot be extended below the product to make room there
        BufferedImage hero = GeneratedHeroes.BUSY.draw().image();
        Graphics2D g = hero.createGraphics();
        g.setColor(new Color(70, 70, 70));
        g.fillRect(0, 0, 2000, 1000);
        g.setColor(new Color(200, 30, 30));
        g.fillRect(product.x(), product.y(), product.width(), product.height());
        g.dispose();
        BrandKit bands = TestKits.withTemplate(Ratio.SQUARE, TestKits.template(
                Ratio.SQUARE, List.of(TextZone.BOTTOM,
                        TextZone.TOP), null, null));
        Layout layout = solve(Ratio.SQUARE, hero, product, bands);

        Box onCanvas = layout.crop().toCanvas(product, 1080, 1080);
        assertThat(layout.zone()).isEqualTo(TextZone.TOP);
        assertThat(layout.scrim().edge()).isEqualTo(ScrimEdge.TOP);
        assertThat(layout.disclaimer().box().bottom()).isLessThanOrEqualTo(onCanvas.y());
    }

    @Test
    void putsTheTextInAColumnBesideTheProductOnAWideCanvas() {
        Box product = new Box(1250, 500, 450, 1000);
        Layout layout = solve(Ratio.LANDSCAPE, plainWith(product, new Color(60, 60, 60)), product,
                TestKits.kit());

        Box onCanvas = layout.crop().toCanvas(product, 1920, 1080);
        assertThat(layout.zone()).isEqualTo(TextZone.LEFT);
        assertThat(layout.scrim().edge()).isEqualTo(ScrimEdge.LEFT);
        assertThat(layout.message().box().intersects(onCanvas)).isFalse();
        assertThat(layout.cta().box().intersects(onCanvas)).isFalse();
        assertThat(layout.disclaimer().box().intersects(onCanvas)).isFalse();
    }

    @Test
    void placesTextOnlyInTheZonesTheKitAllows() {
        Box product = new Box(800, 700, 400, 600);
        BrandKit topOnly = TestKits.withTemplate(Ratio.SQUARE,
                TestKits.template(Ratio.SQUARE, List.of(TextZone.TOP), null, null));

        Layout layout = solve(Ratio.SQUARE, TestKits.hero(2000, 2000, product), product, topOnly);

        assertThat(layout.zone()).isEqualTo(TextZone.TOP);
        assertThat(layout.message().box().y()).isLessThan(540);
    }

    @Test
    void keepsTextAndLogoOutOfAWiderSafeZoneTheKitDeclares() {
        Box product = new Box(800, 500, 400, 600);
        SafeArea safe =
                new SafeArea(0.1, 0.25, 0.05, 0.05);
        BrandKit kit = TestKits.withTemplate(Ratio.SQUARE,
                TestKits.template(Ratio.SQUARE, null, null, safe));

        Layout layout = solve(Ratio.SQUARE, TestKits.hero(2000, 2000, product), product, kit);

        Box visible = new Box(54, 108, 972, 702);
        assertThat(layout.safeZone()).isEqualTo(SafeZone.of(safe));
        assertThat(visible.contains(layout.message().box())).isTrue();
        assertThat(visible.contains(layout.cta().box())).isTrue();
        assertThat(visible.contains(layout.disclaimer().box())).isTrue();
        assertThat(visible.contains(layout.logo().box())).isTrue();
    }

    @Test
    void leavesTheScrimOutWhereThePhotoAloneGivesTheTextItsContrast() {
        Box product = new Box(800, 500, 400, 600);
        Layout layout = solve(Ratio.SQUARE, plainWith(product, new Color(25, 25, 30)), product, TestKits.kit());

        assertThat(layout.message().color()).isEqualTo(TestKits.TEXT_ON_DARK);
        assertThat(layout.scrim().opacity()).isZero();
        assertThat(layout.legibility()).allSatisfy(line -> assertThat(line.measured()).isGreaterThan(10));
    }

    @Test
    void makesTheScrimOnlyAsStrongAsAMidGreyPhotoNeeds() {
        Box product = new Box(800, 500, 400, 600);
        Layout layout = solve(Ratio.SQUARE, plainWith(product, new Color(128, 128, 128)), product,
                TestKits.kit());

        double opacity = layout.scrim().opacity();
        assertThat(opacity).isBetween(0.05, 0.95);
        // the weakest line is just over its minimum with the margin, not far over it
        double weakest = layout.legibility().stream()
                .mapToDouble(line -> line.measured() / (line.required() * Legibility.MARGIN)).min().orElseThrow();
        assertThat(weakest).isBetween(1.0, 1.1);
    }

    @Test
    void deepensTheCtaFillUntilItsLabelReads() {
        Palette greyAccent = new Palette(
                TestKits.PRIMARY, TestKits.PALETTE.secondary(), RgbColor.parseHex("#8A8A8A"),
                TestKits.TEXT_ON_DARK, RgbColor.parseHex("#555555"), TestKits.BACKGROUND);
        BrandKit kit = TestKits.kit(greyAccent, List.of(Corner.TOP_RIGHT), 28, 3,
                LayoutTemplates.defaults(),
                Grading.OFF);
        Box product = new Box(800, 700, 400, 600);

        CtaButton cta = solve(Ratio.SQUARE, TestKits.hero(2000, 2000, product), product, kit).cta();

        // white on #8A8A8A is 3.5:1 and #555555 on it 2.2:1: the fill darkens under the white label
        assertThat(cta.label().color()).isEqualTo(TestKits.TEXT_ON_DARK);
        assertThat(cta.fill().luminance()).isLessThan(greyAccent.accent().luminance());
        assertThat(cta.labelContrast()).isGreaterThanOrEqualTo(4.5 * Legibility.MARGIN)
                .isEqualTo(ContrastRule.ratio(cta.fill(), cta.label().color()));
    }

    @Test
    void keepsTheKitsAccentWhenItsLabelAlreadyReads() {
        CtaButton cta = solve(Ratio.SQUARE, COPY).cta();

        assertThat(cta.fill()).isEqualTo(TestKits.ACCENT);
        assertThat(cta.labelContrast()).isGreaterThanOrEqualTo(4.5);
    }
}
