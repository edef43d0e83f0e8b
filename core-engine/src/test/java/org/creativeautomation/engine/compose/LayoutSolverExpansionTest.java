package org.creativeautomation.engine.compose;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Framing a creative on a generative expansion of its hero instead of the composer's extension. */
class LayoutSolverExpansionTest {
    private static final CreativeCopy COPY = new CreativeCopy("en-US", "Built for every trail", "Shop now", null);
    /** A wide product on a 2:1 photo: a 9:16 story cannot hold it uncut. */
    private static final Box SHOE = new Box(250, 350, 1500, 450);
    private static final int MODEL_COLOUR = 0xff20e020;

    private final LayoutSolver solver = new LayoutSolver();

    private static LayoutRequest request(Ratio ratio) {
        return new LayoutRequest(ratio, COPY, TestKits.hero(2000, 1000, SHOE), SHOE, TestKits.kit(), TestKits.faces(),
                TestKits.logos());
    }

    private static BufferedImage modelAnswer(LayoutRequest request, HeroReach reach) {
        BufferedImage image = new BufferedImage(reach.expandedWidth(request.hero().getWidth()),
                reach.expandedHeight(request.hero().getHeight()), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(MODEL_COLOUR));
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        g.dispose();
        return image;
    }

    @ParameterizedTest
    @EnumSource(Ratio.class)
    void aReachIsOfferedOnlyWhereTheComposerWouldExtendTheCanvas(Ratio ratio) {
        LayoutRequest request = request(ratio);

        Optional<HeroReach> reach = solver.reach(request);
        Layout composed = solver.solve(request);

        reach.ifPresent(r -> assertThat(r.composerExtension()).isEqualTo(composed.extension()).isNotEqualTo(
                CanvasExtension.NONE));
    }

    @Test
    void anExtensionMadeOnlyForTextRoomBesideAProductThatFitsOffersNoReach() {
        Box low = new Box(420, 850, 1160, 430);
        LayoutRequest request = new LayoutRequest(Ratio.SQUARE, COPY, TestKits.hero(2000, 2000, low), low,
                TestKits.kit(), TestKits.faces(), TestKits.logos());

        Layout composed = solver.solve(request);

        assertThat(composed.extension().isNone()).as("the composer makes room for the bottom band").isFalse();
        assertThat(solver.reach(request)).isEmpty();
    }

    @Test
    void theStoryOfAWideProductReachesAboveAndBelowOnly() {
        HeroReach reach = solver.reach(request(Ratio.STORY)).orElseThrow();

        assertThat(reach.left()).isZero();
        assertThat(reach.right()).isZero();
        assertThat(reach.top() + reach.bottom()).isGreaterThan(500);
    }

    @Test
    void onTheExpandedHeroTheSameWindowNeedsNoExtensionAndTheProductLandsWhereItWould() {
        LayoutRequest request = request(Ratio.STORY);
        HeroReach reach = solver.reach(request).orElseThrow();
        ExpandedHero expanded = ExpandedHero.of(request.hero(), modelAnswer(request, reach), reach);

        Layout composed = solver.solve(request);
        Layout layout = solver.solve(request, expanded);

        CropWindow crop = layout.crop();
        assertThat(crop.x()).isGreaterThanOrEqualTo(0);
        assertThat(crop.y()).isGreaterThanOrEqualTo(0);
        assertThat(crop.right()).isLessThanOrEqualTo(expanded.image().getWidth());
        assertThat(crop.bottom()).isLessThanOrEqualTo(expanded.image().getHeight());
        assertThat(crop.width()).isEqualTo(composed.crop().width());
        assertThat(crop.toCanvas(expanded.shifted(SHOE), 1080, 1920))
                .isEqualTo(composed.crop().toCanvas(SHOE, 1080, 1920));
        CanvasExtension extension = layout.extension();
        assertThat(extension.fill()).isEqualTo(ExtensionFill.GENERATIVE);
        assertThat(new int[]{extension.top(), extension.bottom(), extension.left(), extension.right()})
                .containsExactly(composed.extension().top(), composed.extension().bottom(), composed.extension().left(),
                        composed.extension().right());
    }

    @Test
    void theBackgroundShowsTheModelsMarginsWhereTheComposerWouldHavePainted() {
        LayoutRequest request = request(Ratio.STORY);
        HeroReach reach = solver.reach(request).orElseThrow();
        ExpandedHero expanded = ExpandedHero.of(request.hero(), modelAnswer(request, reach), reach);
        Layout layout = solver.solve(request, expanded);

        BufferedImage background = new CreativeRenderer().background(expanded.image(), layout);

        CanvasExtension extension = layout.extension();
        assertThat(extension.top()).isGreaterThan(40);
        assertThat(background.getRGB(540, extension.top() / 2) & 0xffffff).isEqualTo(MODEL_COLOUR & 0xffffff);
        assertThat(background.getRGB(540, 1919 - extension.bottom() / 2) & 0xffffff)
                .isEqualTo(MODEL_COLOUR & 0xffffff);
        Box shoe = layout.crop().toCanvas(expanded.shifted(SHOE), 1080, 1920);
        assertThat(background.getRGB(shoe.x() + shoe.width() / 2, shoe.y() + shoe.height() / 2) & 0xffffff)
                .as("the product itself, untouched").isEqualTo(0xc81e1e);
    }

    @Test
    void anExpansionMadeForOtherMarginsIsRefused() {
        LayoutRequest request = request(Ratio.STORY);
        HeroReach reach = solver.reach(request).orElseThrow();
        HeroReach other = new HeroReach(reach.left(), reach.top() + 5, reach.right(), reach.bottom(),
                reach.composerExtension());

        assertThatThrownBy(() -> solver.solve(request, ExpandedHero.of(request.hero(), modelAnswer(request, other), other)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
