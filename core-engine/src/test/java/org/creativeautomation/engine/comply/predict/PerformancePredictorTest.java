package org.creativeautomation.engine.comply.predict;

import org.creativeautomation.engine.brand.RgbColor;
import org.creativeautomation.engine.comply.CreativeUnderCheck;
import org.creativeautomation.engine.comply.HeroFacts;
import org.creativeautomation.engine.comply.quality.PhotoEdits;
import org.creativeautomation.engine.comply.quality.ShippedCreatives;
import org.creativeautomation.engine.compose.Box;
import org.creativeautomation.engine.compose.CreativeCopy;
import org.creativeautomation.engine.compose.CropWindow;
import org.creativeautomation.engine.compose.Layout;
import org.creativeautomation.engine.compose.Ratio;
import org.creativeautomation.engine.compose.Scrim;
import org.creativeautomation.engine.compose.TextBlock;
import org.junit.jupiter.api.Test;

import java.awt.Color;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class PerformancePredictorTest {
    private final PerformancePredictor predictor = new PerformancePredictor();

    private PerformanceScore score(ShippedCreatives.Composed composed) {
        return predictor.predict(composed.creative()).orElseThrow();
    }

    private static ShippedCreatives.Composed trail(Ratio ratio, CreativeCopy copy) {
        return ShippedCreatives.compose(ShippedCreatives.STRIDE, ratio,
                ShippedCreatives.example(ShippedCreatives.TRAIL_RUNNER), copy);
    }

    private static double points(PerformanceScore score, String feature) {
        return score.contribution(feature).orElseThrow().points();
    }

    private static Layout withMessage(Layout l, TextBlock message) {
        return new Layout(l.ratio(), l.width(), l.height(), l.backdrop(), l.crop(), l.extension(), l.grade(), l.zone(),
                l.scrim(), message, l.cta(), l.disclaimer(), l.logo(), l.safeZone(), l.legibility(), l.issues());
    }

    /** The layout with its scrim solid in {@code colour}: a known background behind the message. */
    private static Layout onSolidScrim(Layout l, RgbColor colour) {
        Scrim s = l.scrim();
        return new Layout(l.ratio(), l.width(), l.height(), l.backdrop(), l.crop(), l.extension(), l.grade(), l.zone(),
                new Scrim(s.band(), s.edge(), s.solidFrom(), colour, 1.0), l.message(), l.cta(), l.disclaimer(),
                l.logo(), l.safeZone(), l.legibility(), l.issues());
    }

    private static TextBlock recoloured(TextBlock m, RgbColor color) {
        return new TextBlock(m.role(), m.lines(), m.fontRole(), m.fontFamily(), m.sizePx(), color, m.opacity(), m.x(),
                m.baselines(), m.box(), m.direction(), m.runs());
    }

    @Test
    void scoresHigherContrastHigher() {
        ShippedCreatives.Composed solved = trail(Ratio.SQUARE, ShippedCreatives.TRAIL_COPY);
        Layout layout = onSolidScrim(solved.layout(), new RgbColor(0x11, 0x11, 0x11));
        ShippedCreatives.Composed white = solved.withLayout(withMessage(layout,
                recoloured(layout.message(), new RgbColor(0xFF, 0xFF, 0xFF))));
        ShippedCreatives.Composed grey = white.withLayout(withMessage(layout,
                recoloured(layout.message(), new RgbColor(0x8A, 0x8A, 0x8A))));
        ShippedCreatives.Composed dim = white.withLayout(withMessage(layout,
                recoloured(layout.message(), new RgbColor(0x3A, 0x3A, 0x3A))));

        PerformanceScore high = score(white);
        PerformanceScore middle = score(grey);
        PerformanceScore low = score(dim);

        assertThat(points(high, PerformancePredictor.CONTRAST)).isEqualTo(12);
        assertThat(points(middle, PerformancePredictor.CONTRAST)).isEqualTo(6);
        assertThat(points(low, PerformancePredictor.CONTRAST)).isEqualTo(-12);
        assertThat(high.score()).isGreaterThan(middle.score());
        assertThat(middle.score()).isGreaterThan(low.score());
    }

    @Test
    void scoresMoreWordsLower() {
        PerformanceScore four = score(trail(Ratio.SQUARE, ShippedCreatives.TRAIL_COPY));
        PerformanceScore ten = score(trail(Ratio.SQUARE, new CreativeCopy("en-GB",
                "Built for every trail you run this spring and summer", "Discover now", null)));
        PerformanceScore sixteen = score(trail(Ratio.SQUARE, new CreativeCopy("en-GB",
                "Built for every trail you run this spring and summer, with grip that holds on wet rock",
                "Discover now", null)));

        assertThat(four.contribution(PerformancePredictor.WORD_COUNT).orElseThrow().measured()).isEqualTo("4 words");
        assertThat(ten.contribution(PerformancePredictor.WORD_COUNT).orElseThrow().measured()).isEqualTo("10 words");
        assertThat(sixteen.contribution(PerformancePredictor.WORD_COUNT).orElseThrow().measured())
                .isEqualTo("17 words");
        assertThat(four.score()).isGreaterThan(ten.score());
        assertThat(ten.score()).isGreaterThan(sixteen.score());
    }

    @Test
    void scoresACreativeWithoutACallToActionLower() {
        PerformanceScore with = score(trail(Ratio.STORY, ShippedCreatives.TRAIL_COPY));
        PerformanceScore without = score(trail(Ratio.STORY,
                new CreativeCopy("en-GB", "Built for every trail", null, null)));

        assertThat(without.contribution(PerformancePredictor.CALL_TO_ACTION).orElseThrow())
                .satisfies(c -> {
                    assertThat(c.measured()).isEqualTo("none");
                    assertThat(c.points()).isEqualTo(-8);
                });
        assertThat(with.contribution(PerformancePredictor.CALL_TO_ACTION).orElseThrow().measured())
                .isEqualTo("\"Discover now\"");
        assertThat(without.score()).isLessThan(with.score());
    }

    @Test
    void addsUpItsContributionsToAScoreWithinZeroToHundred() {
        ShippedCreatives.compliant(1).forEach(composed -> {
            PerformanceScore score = score(composed);
            double sum = score.contributions().stream().mapToDouble(Contribution::points).sum();

            assertThat(sum).as(composed.hero().name()).isEqualTo(score.score());
            assertThat(score.score()).isBetween(0, 100);
            assertThat(score.contributions()).extracting(Contribution::feature).containsExactly(
                    PerformancePredictor.BASELINE, PerformancePredictor.CONTRAST, PerformancePredictor.WORD_COUNT,
                    PerformancePredictor.TEXT_AREA, PerformancePredictor.LOGO_SIZE,
                    PerformancePredictor.SUBJECT_PROMINENCE, PerformancePredictor.CALL_TO_ACTION);
        });
    }

    @Test
    void scoresACreativeWrongInEveryWayZero() {
        Layout l = trail(Ratio.SQUARE, ShippedCreatives.TRAIL_COPY).layout();
        String words = "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
                + "sixteen seventeen eighteen nineteen twenty twentyone twentytwo";
        TextBlock m = l.message();
        TextBlock wall = new TextBlock(m.role(), List.of(words), m.fontRole(), m.fontFamily(), m.sizePx(),
                new RgbColor(128, 128, 128), 1.0, 0, List.of(500), new Box(0, 0, 1080, 1080));
        CropWindow crop = new CropWindow(0, 0, 2000, 2000, new Box(0, 0, 20, 20));
        Layout worst = new Layout(l.ratio(), l.width(), l.height(), l.backdrop(), crop, l.scrim(), wall, null, null,
                null, l.issues());
        CreativeUnderCheck creative = new CreativeUnderCheck(PhotoEdits.flat(1080, 1080, new Color(128, 128, 128)),
                worst, null, null, null, null, null);

        PerformanceScore score = predictor.predict(creative).orElseThrow();

        assertThat(score.score()).isZero();
        assertThat(score.contributions()).extracting(Contribution::points)
                .containsExactly(50.0, -12.0, -10.0, -8.0, -6.0, -6.0, -8.0);
    }

    @Test
    void scoresTheSummerSplashSquareAsDocumented() {
        PerformanceScore score = score(ShippedCreatives.compose(ShippedCreatives.ACME, Ratio.SQUARE,
                ShippedCreatives.example(ShippedCreatives.SPARKLING_WATER), ShippedCreatives.SUMMER_COPY));

        assertThat(score.score()).isEqualTo(90);
        assertThat(score.contributions()).extracting(Contribution::measured).containsExactly("-", "6.0:1", "4 words",
                "11% of the canvas", "20% of the short side", "18% of the canvas", "\"Shop now\"");
    }

    @Test
    void givesTheSameScoreForTheSameCreative() {
        PerformanceScore first = score(trail(Ratio.PORTRAIT, ShippedCreatives.TRAIL_COPY));
        PerformanceScore again = score(trail(Ratio.PORTRAIT, ShippedCreatives.TRAIL_COPY));

        assertThat(again).isEqualTo(first);
    }

    @Test
    void doesNotScoreImagesMadeElsewhere() {
        assertThat(predictor.predict(trail(Ratio.SQUARE, ShippedCreatives.TRAIL_COPY).foreign())).isEmpty();
    }

    @Test
    void mapsTheProductBoxThroughTheCropOntoTheCanvas() {
        Layout layout = trail(Ratio.SQUARE, ShippedCreatives.TRAIL_COPY).layout();
        CropWindow crop = new CropWindow(100, 0, 1000, 1000, new Box(600, 500, 500, 500));

        // (600-100) * 1.08 = 540 to the canvas edge, both ways: a quarter of the canvas
        assertThat(PerformancePredictor.subjectShare(layout, crop, crop.subject())).isCloseTo(0.25, within(1e-9));
    }

    @Test
    void countsNothingForAProductWhosePlaceIsUnknown() {
        Layout layout = trail(Ratio.SQUARE, ShippedCreatives.TRAIL_COPY).layout();
        CropWindow whole = new CropWindow(0, 0, 2000, 2000, new Box(0, 0, 2000, 2000));
        Layout unknown = new Layout(layout.ratio(), layout.width(), layout.height(), layout.backdrop(), whole,
                layout.scrim(), layout.message(), layout.cta(), layout.disclaimer(), layout.logo(), layout.issues());

        Contribution c = PerformancePredictor.subjectProminence(unknown,
                new HeroFacts(2000, 2000, 1.0, false));

        assertThat(c.measured()).isEqualTo("unknown");
        assertThat(c.points()).isZero();
    }
}
