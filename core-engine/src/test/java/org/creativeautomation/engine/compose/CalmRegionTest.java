package org.creativeautomation.engine.compose;

import org.creativeautomation.engine.brand.BrandKit;
import org.creativeautomation.engine.brand.TextZone;
import org.junit.jupiter.api.Test;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The free-floating text zone: a photo whose only quiet part is a patch of sky beside a tall
 * product that reaches the bottom edge, with confetti everywhere else.
 */
class CalmRegionTest {
    /** The product, in hero pixels: tall, on the right, standing on the bottom edge. */
    private static final Box PRODUCT = new Box(1150, 250, 600, 1700);
    private static final CreativeCopy COPY = new CreativeCopy("en-US", "Fresh all summer long", "Shop now", null);
    private final LayoutSolver solver = new LayoutSolver();
    private final CreativeRenderer renderer = new CreativeRenderer();

    @Test
    void textGoesToTheCalmSkyWhenTheBandWouldCoverTheProduct() {
        BufferedImage hero = skyBesideConfetti();
        BrandKit kit = TestKits.withTemplate(Ratio.SQUARE,
                TestKits.template(Ratio.SQUARE, List.of(TextZone.BOTTOM, TextZone.CALM), null, null));

        Layout layout = solver.solve(new LayoutRequest(Ratio.SQUARE, COPY, hero, PRODUCT, kit, TestKits.faces(),
                TestKits.logos()));

        assertThat(layout.zone()).isEqualTo(TextZone.CALM);
        assertThat(layout.issues()).isEmpty();
        Box product = layout.crop().toCanvas(PRODUCT, layout.width(), layout.height());
        Box stack = stack(layout);
        assertThat(stack.intersects(product)).as("text %s clear of the product %s", stack, product).isFalse();
        // The sky is the top-left quarter of the photo; the stack sits in it.
        assertThat(stack.right()).isLessThanOrEqualTo(layout.width() / 2 + 20);
        assertThat(stack.bottom()).isLessThanOrEqualTo(layout.height() / 2 + 20);
        assertThat(layout.scrim() == null || layout.scrim().opacity() == 0
                || layout.scrim().edge() == ScrimEdge.AROUND).isTrue();
        assertEveryLineReads(layout, hero);
    }

    @Test
    void aKitThatAllowsOnlyTheCalmRegionKeepsTextInsideTheSafeAreaAndFallsBackToABandWhereThereIsNone() {
        BufferedImage hero = skyBesideConfetti();
        for (Ratio ratio : Ratio.values()) {
            BrandKit kit = TestKits.withTemplate(ratio,
                    TestKits.template(ratio, List.of(TextZone.CALM), null, null));

            Layout layout = solver.solve(new LayoutRequest(ratio, COPY, hero, PRODUCT, kit, TestKits.faces(),
                    TestKits.logos()));

            // A story is too narrow for a box beside this product: the text falls back to the bottom band.
            assertThat(layout.zone()).as(ratio.label())
                    .isEqualTo(ratio == Ratio.STORY ? TextZone.BOTTOM : TextZone.CALM);
            Box stack = stack(layout);
            SafeZone safe = layout.safeZone();
            assertThat(stack.x()).as(ratio.label()).isGreaterThanOrEqualTo(0);
            assertThat(stack.right()).as(ratio.label()).isLessThanOrEqualTo(layout.width());
            assertThat(stack.y()).as(ratio.label()).isGreaterThanOrEqualTo((int) Math.round(layout.height() * safe.top()));
            assertThat(stack.bottom()).as(ratio.label())
                    .isLessThanOrEqualTo(layout.height() - (int) Math.round(layout.height() * safe.bottom()));
            assertEveryLineReads(layout, hero);
        }
    }

    private void assertEveryLineReads(Layout layout, BufferedImage hero) {
        BufferedImage pixels = renderer.render(layout, renderer.background(hero, layout), TestKits.faces(),
                TestKits.logos());
        List<TextBlock> blocks = new ArrayList<>(List.of(layout.message()));
        if (layout.cta() != null) {
            blocks.add(layout.cta().label());
        }
        for (TextBlock block : blocks) {
            double required = ContrastRule.required(block.sizePx(), block.fontFamily(), layout.width());
            for (int i = 0; i < block.lines().size(); i++) {
                assertThat(RenderedContrast.ofLine(pixels, block, i, TestKits.faces()))
                        .as("%s %s line %d", layout.ratio().label(), block.role(), i).isGreaterThanOrEqualTo(required);
            }
        }
    }

    private static Box stack(Layout layout) {
        Box box = layout.message().box();
        if (layout.cta() != null) {
            box = union(box, layout.cta().box());
        }
        return box;
    }

    private static Box union(Box a, Box b) {
        int x0 = Math.min(a.x(), b.x());
        int y0 = Math.min(a.y(), b.y());
        return new Box(x0, y0, Math.max(a.right(), b.right()) - x0, Math.max(a.bottom(), b.bottom()) - y0);
    }

    /** A clear sky in the top-left quarter, confetti everywhere else, and a tall dark product. */
    private static BufferedImage skyBesideConfetti() {
        int size = 2000;
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(120, 120, 120));
        g.fillRect(0, 0, size, size);
        Random random = new Random(77);
        for (int i = 0; i < 1400; i++) {
            g.setColor(Color.getHSBColor(random.nextFloat(), 0.5f + 0.5f * random.nextFloat(),
                    0.2f + 0.8f * random.nextFloat()));
            int s = 30 + random.nextInt(120);
            g.fill(new Ellipse2D.Float(random.nextInt(size), random.nextInt(size), s, s));
        }
        g.setPaint(new GradientPaint(0, 0, new Color(96, 160, 220), 0, 1000, new Color(170, 205, 235)));
        g.fillRect(0, 0, 1000, 1000);
        g.setColor(new Color(30, 60, 50));
        g.fillRect(PRODUCT.x(), PRODUCT.y(), PRODUCT.width(), PRODUCT.height());
        g.dispose();
        return image;
    }
}
