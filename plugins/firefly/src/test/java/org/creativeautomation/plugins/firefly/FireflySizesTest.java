package org.creativeautomation.plugins.firefly;

import org.creativeautomation.engine.spi.ImageSize;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FireflySizesTest {
    private final FireflySizes image4 = FireflySizes.of(FireflyModel.IMAGE_4_STANDARD);
    private final FireflySizes image3 = FireflySizes.of(FireflyModel.IMAGE_3);

    @Test
    void aSupportedSizeIsKept() {
        assertThat(image4.closestTo(2304, 1792)).isEqualTo(new ImageSize(2304, 1792));
        assertThat(image3.closestTo(896, 1152)).isEqualTo(new ImageSize(896, 1152));
    }

    @Test
    void shapeComesBeforePixelCount() {
        assertThat(image4.closestTo(1080, 1920)).isEqualTo(new ImageSize(1440, 2560));
        assertThat(image4.closestTo(400, 300)).isEqualTo(new ImageSize(2304, 1792));
        assertThat(image3.closestTo(1080, 1350)).isEqualTo(new ImageSize(896, 1152));
    }

    @Test
    void amongEqualShapesTheNearestPixelCountWins() {
        assertThat(image3.closestTo(1000, 1000)).isEqualTo(new ImageSize(1024, 1024));
        assertThat(image3.closestTo(3000, 3000)).isEqualTo(new ImageSize(2048, 2048));
        assertThat(image4.closestTo(1000, 1000)).isEqualTo(new ImageSize(2048, 2048));
    }

    @Test
    void image4OffersTheLargeSizesOnly() {
        assertThat(image4.all()).doesNotContain(new ImageSize(1024, 1024)).contains(new ImageSize(2688, 1536));
        assertThat(image3.all()).hasSize(8);
    }
}
