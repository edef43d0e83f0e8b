package org.creativeautomation.engine.compose;

import org.creativeautomation.engine.brand.RgbColor;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ScrimTest {
    private static final RgbColor TEAL = RgbColor.parseHex("#0A5C8C");

    @Test
    void aBottomBandIsSolidFromItsSolidLineDownAndFadesAbove() {
        Scrim scrim = new Scrim(new Box(0, 600, 1080, 480), ScrimEdge.BOTTOM, 800, TEAL, 0.8);

        assertThat(scrim.solidPart()).isEqualTo(new Box(0, 800, 1080, 280));
        assertThat(scrim.alphaAt(10, 1000)).isEqualTo(204);
        assertThat(scrim.alphaAt(10, 800)).isEqualTo(204);
        assertThat(scrim.alphaAt(10, 700)).isBetween(90, 115);
        assertThat(scrim.alphaAt(10, 600)).isLessThan(3);
        assertThat(scrim.alphaAt(10, 599)).as("above the band").isZero();
    }

    @Test
    void aLeftColumnIsSolidAlongTheLeftEdgeAndFadesToTheRight() {
        Scrim scrim = new Scrim(new Box(0, 0, 900, 1080), ScrimEdge.LEFT, 700, TEAL, 1.0);

        assertThat(scrim.solidPart()).isEqualTo(new Box(0, 0, 700, 1080));
        assertThat(scrim.alphaAt(0, 500)).isEqualTo(255);
        assertThat(scrim.alphaAt(699, 500)).isEqualTo(255);
        assertThat(scrim.alphaAt(800, 500)).isBetween(115, 140);
        assertThat(scrim.alphaAt(899, 500)).isLessThan(3);
        assertThat(scrim.alphaAt(950, 500)).isZero();
    }

    @Test
    void fadesAreMonotoneTowardTheSolidPartOnEveryEdge() {
        Scrim[] scrims = {
                new Scrim(new Box(0, 0, 1080, 400), ScrimEdge.TOP, 250, TEAL, 0.7),
                new Scrim(new Box(0, 500, 1080, 580), ScrimEdge.BOTTOM, 700, TEAL, 0.7),
                new Scrim(new Box(0, 0, 600, 1080), ScrimEdge.LEFT, 400, TEAL, 0.7),
                new Scrim(new Box(500, 0, 580, 1080), ScrimEdge.RIGHT, 700, TEAL, 0.7)};
        for (Scrim scrim : scrims) {
            Box solid = scrim.solidPart();
            int previous = -1;
            boolean rows = scrim.edge().isHorizontal();
            // walk from the far end of the fade to the solid part
            int from = switch (scrim.edge()) {
                case TOP -> scrim.band().bottom() - 1;
                case BOTTOM -> scrim.band().y();
                case LEFT -> scrim.band().right() - 1;
                case RIGHT -> scrim.band().x();
                case AROUND -> throw new AssertionError("not an edge scrim");
            };
            int to = switch (scrim.edge()) {
                case TOP -> solid.bottom();
                case BOTTOM -> solid.y();
                case LEFT -> solid.right();
                case RIGHT -> solid.x();
                case AROUND -> throw new AssertionError("not an edge scrim");
            };
            int step = from < to ? 1 : -1;
            for (int p = from; p != to; p += step) {
                int alpha = rows ? scrim.alphaAt(540, p) : scrim.alphaAt(p, 540);
                assertThat(alpha).as("%s at %d", scrim.edge(), p).isGreaterThanOrEqualTo(previous);
                previous = alpha;
            }
        }
    }

    @Test
    void aPanelIsSolidBehindTheTextAndFadesOutOnEverySide() {
        Scrim panel = new Scrim(new Box(100, 200, 600, 400), ScrimEdge.AROUND, 50, TEAL, 0.8);

        assertThat(panel.solidPart()).isEqualTo(new Box(150, 250, 500, 300));
        assertThat(panel.alphaAt(150, 250)).isEqualTo(204);
        assertThat(panel.alphaAt(649, 549)).isEqualTo(204);
        assertThat(panel.alphaAt(400, 400)).isEqualTo(204);
        // The same distance past the solid part gives the same alpha on every side.
        int left = panel.alphaAt(125, 400);
        assertThat(left).isBetween(80, 125);
        assertThat(panel.alphaAt(674, 400)).isEqualTo(left);
        assertThat(panel.alphaAt(400, 225)).isEqualTo(left);
        assertThat(panel.alphaAt(400, 574)).isEqualTo(left);
        // Past a corner the farther axis decides.
        assertThat(panel.alphaAt(125, 240)).isEqualTo(left);
        assertThat(panel.alphaAt(100, 200)).isLessThan(5);
        assertThat(panel.alphaAt(99, 400)).as("outside the panel").isZero();
        assertThat(panel.alphaAt(400, 600)).as("below the panel").isZero();
        int previous = -1;
        for (int x = 100; x <= 150; x++) {
            int alpha = panel.alphaAt(x, 400);
            assertThat(alpha).as("x %d", x).isGreaterThanOrEqualTo(previous);
            previous = alpha;
        }
    }

    @Test
    void aPanelThatTheTextDoesNotNeedIsAllSolidAtNoOpacity() {
        Scrim none = new Scrim(new Box(100, 200, 600, 400), ScrimEdge.AROUND, 0, TEAL, 0);

        assertThat(none.solidPart()).isEqualTo(new Box(100, 200, 600, 400));
        assertThat(none.alphaAt(300, 300)).isZero();
    }
}
