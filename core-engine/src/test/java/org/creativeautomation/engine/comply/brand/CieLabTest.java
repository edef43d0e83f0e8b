package org.creativeautomation.engine.comply.brand;

import org.creativeautomation.engine.brand.RgbColor;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class CieLabTest {

    @Test
    void convertsSrgbPrimariesToTheirPublishedLabValues() {
        CieLab white = CieLab.of(RgbColor.parseHex("#FFFFFF"));
        CieLab red = CieLab.of(RgbColor.parseHex("#FF0000"));

        assertThat(white.l()).isCloseTo(100, within(0.01));
        assertThat(white.a()).isCloseTo(0, within(0.01));
        assertThat(white.b()).isCloseTo(0, within(0.01));
        assertThat(red.l()).isCloseTo(53.24, within(0.01));
        assertThat(red.a()).isCloseTo(80.09, within(0.02));
        assertThat(red.b()).isCloseTo(67.20, within(0.02));
    }

    @Test
    void deltaE2000MatchesSharmaWuDalalTestPairs() {
        assertThat(new CieLab(50, 2.6772, -79.7751).deltaE2000(new CieLab(50, 0, -82.7485)))
                .isCloseTo(2.0425, within(1e-4));
        assertThat(new CieLab(50, 0, 0).deltaE2000(new CieLab(50, -1, 2))).isCloseTo(2.3669, within(1e-4));
        assertThat(new CieLab(50, 2.5, 0).deltaE2000(new CieLab(73, 25, -18))).isCloseTo(27.1492, within(1e-4));
        assertThat(new CieLab(60.2574, -34.0099, 36.2677).deltaE2000(new CieLab(60.4626, -34.1751, 39.4387)))
                .isCloseTo(1.2644, within(1e-4));
    }

    @Test
    void deltaE2000IsSymmetricAndZeroForTheSameColour() {
        CieLab teal = CieLab.of(RgbColor.parseHex("#0A7E8C"));
        CieLab lime = CieLab.of(RgbColor.parseHex("#9ED62B"));

        assertThat(teal.deltaE2000(teal)).isZero();
        assertThat(teal.deltaE2000(lime)).isCloseTo(lime.deltaE2000(teal), within(1e-9));
    }
}
