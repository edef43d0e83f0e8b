package org.creativeautomation.plugins.stablediffusion;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FittedSizeTest {

    @Test
    void roundsEachSideToTheNearestMultipleOfEight() {
        assertThat(FittedSize.of(1001, 603, 1024)).isEqualTo(new FittedSize(1000, 600));
        assertThat(FittedSize.of(1004, 605, 1024)).isEqualTo(new FittedSize(1008, 608));
    }

    @Test
    void scalesALargeRequestDownToTheMaximumSideKeepingItsShape() {
        assertThat(FittedSize.of(2048, 2048, 1536)).isEqualTo(new FittedSize(1536, 1536));
        // 1000 * 1024 / 3000 = 341.3, the nearest multiple of 8 is 344
        assertThat(FittedSize.of(3000, 1000, 1024)).isEqualTo(new FittedSize(1024, 344));
        assertThat(FittedSize.of(1080, 1920, 1024)).isEqualTo(new FittedSize(576, 1024));
    }

    @Test
    void neverGoesBelowTheSmallestSideTheModelsHandle() {
        assertThat(FittedSize.of(10, 5000, 1024)).isEqualTo(new FittedSize(64, 1024));
    }

    @Test
    void rejectsAMaximumThatIsNoMultipleOfEight() {
        assertThatThrownBy(() -> FittedSize.of(512, 512, 1000 + 1)).hasMessageContaining("multiple of 8");
    }
}
