package org.creativeautomation.engine.compose;

import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;

import static org.assertj.core.api.Assertions.assertThat;

/** Checks the rendered pixels: scrim in brand colour, text drawn, logo where the layout put it. */
class CreativeRendererTest {
    private final LayoutSolver solver = new LayoutSolver();
    private final CreativeRenderer renderer = new CreativeRenderer();

    private BufferedImage render(Layout layout, BufferedImage hero) {
        return renderer.render(layout, renderer.background(hero, layout), TestKits.faces(), TestKits.logos());
    }

    @Test
    void drawsEveryPartWhereTheLayoutSays() {
        Box product = new Box(800, 700, 400, 600);
        BufferedImage hero = TestKits.hero(2000, 2000, product);
        Layout layout = solver.solve(new LayoutRequest(Ratio.SQUARE,
                new CreativeCopy("en-US", "Stay fresh", "Shop now", null), hero, product,
                TestKits.kit(), TestKits.faces(), TestKits.logos()));

        BufferedImage image = render(layout, hero);

        assertThat(image.getWidth()).isEqualTo(1080);
        assertThat(image.getHeight()).isEqualTo(1080);
        // the logo (light variant = pale magenta) fills its box
        Box logo = layout.logo().box();
        assertThat(rgb(image, logo.x() + logo.width() / 2, logo.y() + logo.height() / 2)).isEqualTo(TestKits.LIGHT_LOGO);
        // the scrim below the text is the brand primary at the layout's opacity over the photo
        assertThat(layout.scrim().color()).isEqualTo(TestKits.PRIMARY);
        int scrim = image.getRGB(5, 1075) & 0xFFFFFF;
        int expected = LayoutSolver.mix(new org.creativeautomation.engine.brand.RgbColor(0x28, 0x28, 0x28),
                TestKits.PRIMARY, layout.scrim().opacity()).argb() & 0xFFFFFF;
        assertThat(distance(scrim, expected)).isLessThan(6);
        // the message is drawn: its box holds text-coloured (white) pixels
        assertThat(countNear(image, layout.message().box(), 0xFFFFFF, 30)).isGreaterThan(500);
        // the CTA button is filled with the accent colour
        Box cta = layout.cta().box();
        assertThat(distance(rgb(image, cta.x() + 6, cta.y() + cta.height() / 2), TestKits.ACCENT.argb() & 0xFFFFFF))
                .isLessThan(30);
        // the top of the photo is untouched by the scrim
        assertThat(rgb(image, 540, 20)).isEqualTo(0x282828);
    }

    @Test
    void showsTheKitBackgroundWhereTheHeroIsTransparent() {
        Box product = new Box(800, 700, 400, 600);
        BufferedImage hero = TestKits.transparentHero(2000, 2000, product);
        Layout layout = solver.solve(new LayoutRequest(Ratio.SQUARE,
                new CreativeCopy("en-US", "Stay fresh", null, null), hero, product,
                TestKits.kit(), TestKits.faces(), TestKits.logos()));

        BufferedImage image = render(layout, hero);

        int background = TestKits.BACKGROUND.argb() & 0xFFFFFF;
        assertThat(rgb(image, 540, 20)).as("transparent top of the hero").isEqualTo(background);
        assertThat(rgb(image, 20, 300)).as("transparent left of the hero").isEqualTo(background);
        assertThat(rgb(image, 540, 540)).as("the opaque product").isEqualTo(0xC81E1E);
    }

    @Test
    void drawsAScrimHangingFromTheTopEdge() {
        Box product = new Box(800, 700, 400, 600);
        BufferedImage hero = TestKits.hero(2000, 2000, product);
        Layout solved = solver.solve(new LayoutRequest(Ratio.SQUARE,
                new CreativeCopy("en-US", "Stay fresh", null, null), hero, product,
                TestKits.kit(), TestKits.faces(), TestKits.logos()));
        Scrim top = new Scrim(new Box(0, 0, 1080, 300), ScrimEdge.TOP, 200, TestKits.PRIMARY, 1.0);
        Layout layout = new Layout(solved.ratio(), solved.width(), solved.height(), solved.backdrop(), solved.crop(),
                solved.extension(), solved.grade(), solved.zone(), top, solved.message(), solved.cta(),
                solved.disclaimer(), solved.logo(), solved.safeZone(), solved.legibility(), solved.issues());

        BufferedImage image = render(layout, hero);

        assertThat(rgb(image, 5, 5)).as("solid along the top edge").isEqualTo(TestKits.PRIMARY.argb() & 0xFFFFFF);
        assertThat(rgb(image, 5, 1075)).as("no scrim at the bottom").isEqualTo(0x282828);
    }

    @Test
    void sameLayoutGivesIdenticalPixels() {
        Box product = new Box(800, 700, 400, 600);
        BufferedImage hero = TestKits.hero(2000, 2000, product);
        Layout layout = solver.solve(new LayoutRequest(Ratio.BANNER,
                new CreativeCopy("en-US", "Stay fresh", null, null), hero, product,
                TestKits.kit(), TestKits.faces(), TestKits.logos()));

        BufferedImage a = render(layout, hero);
        BufferedImage b = render(layout, hero);

        assertThat(OutputFormat.PNG.encode(a)).isEqualTo(OutputFormat.PNG.encode(b));
    }

    @Test
    void drawsRightToLeftCopyAgainstTheRightMargin() {
        Box product = new Box(800, 700, 400, 600);
        BufferedImage hero = TestKits.hero(2000, 2000, product);
        Layout layout = solver.solve(new LayoutRequest(Ratio.SQUARE,
                new CreativeCopy("he-IL", "רעננות כל הקיץ", "קנו עכשיו", null), hero, product,
                TestKits.kit(), TestKits.faces(), TestKits.logos()));

        BufferedImage image = render(layout, hero);

        Box message = layout.message().box();
        Box right = new Box(message.right() - 120, message.y(), 120, message.height());
        Box left = new Box(0, message.y(), 300, message.height());
        assertThat(countNear(image, right, 0xFFFFFF, 30)).as("ink at the right margin").isGreaterThan(300);
        assertThat(countNear(image, left, 0xFFFFFF, 30)).as("none at the left").isZero();
    }

    @Test
    void drawsAColumnScrimsFadeWithTheAlphaTheSolverMeasuresThrough() {
        Box product = new Box(800, 700, 400, 600);
        BufferedImage hero = TestKits.hero(2000, 2000, product);
        Layout solved = solver.solve(new LayoutRequest(Ratio.SQUARE,
                new CreativeCopy("en-US", "Stay fresh", null, null), hero, product,
                TestKits.kit(), TestKits.faces(), TestKits.logos()));
        Scrim left = new Scrim(new Box(0, 0, 600, 1080), ScrimEdge.LEFT, 350, TestKits.PRIMARY, 0.9);
        Layout layout = new Layout(solved.ratio(), solved.width(), solved.height(), solved.backdrop(), solved.crop(),
                solved.extension(), solved.grade(), solved.zone(), left, solved.message(), solved.cta(),
                solved.disclaimer(), solved.logo(), solved.safeZone(), solved.legibility(), solved.issues());

        BufferedImage image = render(layout, hero);

        for (int x : new int[]{360, 420, 480, 560}) {
            int expected = 0;
            int alpha = left.alphaAt(x, 1060);
            for (int shift = 16; shift >= 0; shift -= 8) {
                int c = (TestKits.PRIMARY.argb() >> shift) & 0xff;
                expected = (expected << 8) | ContrastMeter.blend(c, 0x28, alpha);
            }
            assertThat(distance(rgb(image, x, 1060), expected)).as("x %d", x).isLessThanOrEqualTo(3);
        }
        assertThat(rgb(image, 700, 1060)).as("past the band").isEqualTo(0x282828);
    }

    @Test
    void drawsAPanelScrimsFadeWithTheAlphaTheSolverMeasuresThrough() {
        Box product = new Box(800, 700, 400, 600);
        BufferedImage hero = TestKits.hero(2000, 2000, product);
        Layout solved = solver.solve(new LayoutRequest(Ratio.SQUARE,
                new CreativeCopy("en-US", "Stay fresh", null, null), hero, product,
                TestKits.kit(), TestKits.faces(), TestKits.logos()));
        Scrim panel = new Scrim(new Box(40, 620, 380, 300), ScrimEdge.AROUND, 60, TestKits.PRIMARY, 0.9);
        Layout bare = withScrim(solved, null);
        Layout layout = withScrim(solved, panel);

        BufferedImage without = render(bare, hero);
        BufferedImage image = render(layout, hero);

        int checked = 0;
        int[][] points = {{20, 770}, {45, 770}, {70, 770}, {99, 770}, {100, 770}, {230, 625}, {230, 650},
                {230, 679}, {230, 770}, {415, 770}, {395, 900}, {45, 625}, {60, 640}, {230, 930}};
        for (int[] p : points) {
            if (rgb(without, p[0], p[1]) != 0x282828) {
                continue; // text or logo drawn there
            }
            int expected = 0;
            int alpha = panel.alphaAt(p[0], p[1]);
            for (int shift = 16; shift >= 0; shift -= 8) {
                int c = (TestKits.PRIMARY.argb() >> shift) & 0xff;
                expected = (expected << 8) | ContrastMeter.blend(c, 0x28, alpha);
            }
            assertThat(distance(rgb(image, p[0], p[1]), expected)).as("(%d, %d)", p[0], p[1]).isLessThanOrEqualTo(3);
            checked++;
        }
        assertThat(checked).isGreaterThanOrEqualTo(10);
        assertThat(rgb(image, 20, 770)).as("outside the panel").isEqualTo(0x282828);
    }

    private static Layout withScrim(Layout solved, Scrim scrim) {
        return new Layout(solved.ratio(), solved.width(), solved.height(), solved.backdrop(), solved.crop(),
                solved.extension(), solved.grade(), solved.zone(), scrim, solved.message(), solved.cta(),
                solved.disclaimer(), solved.logo(), solved.safeZone(), solved.legibility(), solved.issues());
    }

    private static int rgb(BufferedImage image, int x, int y) {
        return image.getRGB(x, y) & 0xFFFFFF;
    }

    private static int distance(int a, int b) {
        return Math.abs(((a >> 16) & 255) - ((b >> 16) & 255)) + Math.abs(((a >> 8) & 255) - ((b >> 8) & 255))
                + Math.abs((a & 255) - (b & 255));
    }

    private static int countNear(BufferedImage image, Box box, int color, int tolerance) {
        int n = 0;
        for (int y = Math.max(0, box.y()); y < Math.min(image.getHeight(), box.bottom()); y++) {
            for (int x = Math.max(0, box.x()); x < Math.min(image.getWidth(), box.right()); x++) {
                if (distance(rgb(image, x, y), color) <= tolerance) {
                    n++;
                }
            }
        }
        return n;
    }
}
