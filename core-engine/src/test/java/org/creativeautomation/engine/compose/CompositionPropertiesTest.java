package org.creativeautomation.engine.compose;

import org.creativeautomation.engine.brand.BrandKit;
import org.creativeautomation.engine.brand.Corner;
import org.creativeautomation.engine.brand.Grading;
import org.creativeautomation.engine.brand.LayoutTemplates;
import org.creativeautomation.engine.brand.Palette;
import org.creativeautomation.engine.brand.RgbColor;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every creative must satisfy, checked on generated heroes whose product box is known (centred,
 * off-centre, a long shadow, tall and wide products, a head near the top, busy, light and dark
 * backgrounds) in every ratio, with two kits: one with light text over a teal band and logos on
 * top, one near-black with a logo that prefers the bottom corner.
 */
class CompositionPropertiesTest {
    private static final CreativeCopy COPY = new CreativeCopy("en-US", "Stay fresh all summer long", "Shop now",
            "Please recycle. Contains no added sugar.");
    private static final Palette DARK_KIT = new Palette(RgbColor.parseHex("#111111"), RgbColor.parseHex("#FF4B1F"),
            RgbColor.parseHex("#D4FF1A"), RgbColor.parseHex("#FFFFFF"), RgbColor.parseHex("#111111"),
            RgbColor.parseHex("#F3F3EF"));
    private static final Map<GeneratedHeroes, GeneratedHeroes.Hero> HEROES = new ConcurrentHashMap<>();
    private static final Map<String, Creative> CREATIVES = new ConcurrentHashMap<>();
    private static final LayoutSolver SOLVER = new LayoutSolver();
    private static final CreativeRenderer RENDERER = new CreativeRenderer();

    /** A solved and rendered creative with the hero it was made from. */
    private record Creative(GeneratedHeroes.Hero hero, Layout layout, BufferedImage pixels) {
    }

    static Stream<Arguments> creatives() {
        return Arrays.stream(GeneratedHeroes.values())
                .flatMap(hero -> Arrays.stream(Ratio.values()).map(ratio -> Arguments.of(hero, ratio)));
    }

    private static Creative creative(GeneratedHeroes kind, Ratio ratio) {
        return CREATIVES.computeIfAbsent(kind + "|" + ratio, k -> {
            GeneratedHeroes.Hero hero = HEROES.computeIfAbsent(kind, GeneratedHeroes::draw);
            BrandKit kit = kind.ordinal() % 2 == 0 ? TestKits.kit()
                    : TestKits.kit(DARK_KIT, List.of(Corner.BOTTOM_RIGHT, Corner.TOP_LEFT, Corner.TOP_RIGHT), 28, 3,
                    LayoutTemplates.defaults(), Grading.OFF);
            Layout layout = SOLVER.solve(new LayoutRequest(ratio, COPY, hero.image(), hero.subject(), kit,
                    TestKits.faces(), TestKits.logos()));
            BufferedImage pixels = RENDERER.render(layout, RENDERER.background(hero.image(), layout), TestKits.faces(),
                    TestKits.logos());
            return new Creative(hero, layout, pixels);
        });
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("creatives")
    void keepsTheWholeProductOnTheCanvasExtendingItWhereTheCropCannot(GeneratedHeroes kind, Ratio ratio) {
        Creative c = creative(kind, ratio);
        CropWindow crop = c.layout().crop();
        Box product = c.hero().subject();
        BufferedImage hero = c.hero().image();

        assertThat(crop.width() / crop.height()).isCloseTo((double) ratio.width() / ratio.height(),
                org.assertj.core.data.Offset.offset(0.002));
        assertThat(crop.x()).as("left").isLessThanOrEqualTo(product.x());
        assertThat(crop.y()).as("top").isLessThanOrEqualTo(product.y());
        assertThat(crop.right()).as("right").isGreaterThanOrEqualTo(product.right());
        assertThat(crop.bottom()).as("bottom").isGreaterThanOrEqualTo(product.bottom());
        CanvasExtension extension = c.layout().extension();
        boolean past = crop.x() < -0.5 || crop.y() < -0.5 || crop.right() > hero.getWidth() + 0.5
                || crop.bottom() > hero.getHeight() + 0.5;
        assertThat(extension.isNone()).as("extension recorded exactly when the window reaches past the hero")
                .isEqualTo(!past);
        if (past) {
            assertThat(extension.top() > 0).isEqualTo(crop.y() < -0.5);
            assertThat(extension.bottom() > 0).isEqualTo(crop.bottom() > hero.getHeight() + 0.5);
            assertThat(extension.left() > 0).isEqualTo(crop.x() < -0.5);
            assertThat(extension.right() > 0).isEqualTo(crop.right() > hero.getWidth() + 0.5);
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("creatives")
    void keepsEveryTextBoxInsideTheCanvasAndThePlatformsSafeZone(GeneratedHeroes kind, Ratio ratio) {
        Layout layout = creative(kind, ratio).layout();
        Box visible = layout.safeZone().visible(layout.width(), layout.height());

        assertThat(layout.safeZone()).isEqualTo(SafeZone.defaultFor(ratio));
        for (Box text : textBoxes(layout)) {
            assertThat(layout.canvas().contains(text)).as("%s inside the canvas", text).isTrue();
            assertThat(visible.contains(text)).as("%s inside the safe zone %s", text, visible).isTrue();
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("creatives")
    void keepsTheLogoInTheSafeZoneWithItsClearSpaceFreeOfText(GeneratedHeroes kind, Ratio ratio) {
        Layout layout = creative(kind, ratio).layout();
        LogoPlacement logo = layout.logo();

        assertThat(layout.safeZone().visible(layout.width(), layout.height()).contains(logo.box())).isTrue();
        assertThat(layout.canvas().contains(logo.clearSpace())).isTrue();
        for (Box text : textBoxes(layout)) {
            assertThat(logo.clearSpace().intersects(text)).as("clear space %s against %s", logo.clearSpace(), text)
                    .isFalse();
        }
        assertThat(layout.issues()).extracting(LayoutIssue::code).doesNotContain("logo.clear-space");
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("creatives")
    void givesEveryLineItsContrastAgainstTheRenderedPixelsBehindIt(GeneratedHeroes kind, Ratio ratio) {
        Creative c = creative(kind, ratio);
        Layout layout = c.layout();
        List<TextBlock> blocks = new ArrayList<>(List.of(layout.message(), layout.disclaimer(), layout.cta().label()));

        for (TextBlock block : blocks) {
            double required = ContrastRule.required(block.sizePx(), block.fontFamily(), layout.width());
            for (int i = 0; i < block.lines().size(); i++) {
                assertThat(RenderedContrast.ofLine(c.pixels(), block, i, TestKits.faces()))
                        .as("%s line %d", block.role(), i).isGreaterThanOrEqualTo(required);
            }
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("creatives")
    void fitsTheCopyWithEveryGlyphDrawable(GeneratedHeroes kind, Ratio ratio) {
        Layout layout = creative(kind, ratio).layout();

        assertThat(layout.issues()).extracting(LayoutIssue::code)
                .doesNotContain("text.overflow", "text.missing-glyphs", "quality.low-resolution");
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("creatives")
    void recordsTheContrastItMeasuredForEveryLineAtItsTarget(GeneratedHeroes kind, Ratio ratio) {
        Layout layout = creative(kind, ratio).layout();

        assertThat(layout.legibility()).hasSize(layout.message().lines().size() + layout.disclaimer().lines().size());
        assertThat(layout.legibility()).allSatisfy(line ->
                assertThat(line.measured()).isGreaterThanOrEqualTo(line.required()));
        assertThat(layout.cta().labelContrast()).isGreaterThanOrEqualTo(ContrastRule.NORMAL);
    }

    private static List<Box> textBoxes(Layout layout) {
        List<Box> boxes = new ArrayList<>();
        boxes.add(layout.message().box());
        if (layout.cta() != null) {
            boxes.add(layout.cta().box());
        }
        if (layout.disclaimer() != null) {
            boxes.add(layout.disclaimer().box());
        }
        return boxes;
    }
}
