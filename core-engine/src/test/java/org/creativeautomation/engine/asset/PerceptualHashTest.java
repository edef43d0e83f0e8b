package org.creativeautomation.engine.asset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

class PerceptualHashTest {
    private final AssetDecoder decoder = new AssetDecoder();

    @Test
    void sameImageReencodedAtOtherQualityAndScaleHashesNear() {
        BufferedImage original = ImageBytes.scene(7, 480, 360);
        long fine = hashOfJpeg(original, 0.95f);
        long coarseAndSmall = hashOfJpeg(ImageBytes.scaled(original, 200, 150), 0.35f);
        long png = PerceptualHash.of(original);

        assertThat(PerceptualHash.distance(fine, coarseAndSmall)).isLessThanOrEqualTo(PerceptualHash.NEAR_DUPLICATE_DISTANCE);
        assertThat(PerceptualHash.distance(png, coarseAndSmall)).isLessThanOrEqualTo(PerceptualHash.NEAR_DUPLICATE_DISTANCE);
    }

    @Test
    void differentImagesHashFarApart() {
        long one = PerceptualHash.of(ImageBytes.scene(7, 480, 360));
        long other = PerceptualHash.of(ImageBytes.scene(8, 480, 360));
        long third = PerceptualHash.of(ImageBytes.scene(9, 480, 360));

        assertThat(PerceptualHash.distance(one, other)).isGreaterThan(20);
        assertThat(PerceptualHash.distance(one, third)).isGreaterThan(20);
    }

    @Test
    void mirroredImageIsNotANearDuplicate() {
        BufferedImage original = ImageBytes.scene(11, 300, 200);
        BufferedImage mirrored = ExifOrientation.apply(original, 2);

        assertThat(PerceptualHash.distance(PerceptualHash.of(original), PerceptualHash.of(mirrored)))
                .isGreaterThan(PerceptualHash.NEAR_DUPLICATE_DISTANCE);
    }

    @Test
    void hashesImagesSmallerThanItsGrid() {
        BufferedImage original = ImageBytes.scene(12, 400, 300);
        long small = PerceptualHash.of(ImageBytes.scaled(original, 20, 15));

        assertThat(PerceptualHash.distance(PerceptualHash.of(original), small)).isLessThanOrEqualTo(PerceptualHash.NEAR_DUPLICATE_DISTANCE);
    }

    @Test
    void distanceCountsDifferingBits() {
        assertThat(PerceptualHash.distance(0L, 0L)).isZero();
        assertThat(PerceptualHash.distance(0b1011L, 0b0001L)).isEqualTo(2);
        assertThat(PerceptualHash.distance(0L, -1L)).isEqualTo(64);
    }

    @Test
    void hexIsSixteenDigitsAndRoundTrips() {
        assertThat(PerceptualHash.toHex(0xabL)).isEqualTo("00000000000000ab");
        assertThat(PerceptualHash.toHex(-1L)).isEqualTo("ffffffffffffffff");
        assertThat(PerceptualHash.fromHex("8000000000000001")).isEqualTo(0x8000000000000001L);
        assertThatThrownBy(() -> PerceptualHash.fromHex("abc")).isInstanceOf(IllegalArgumentException.class);
    }

    private long hashOfJpeg(BufferedImage image, float quality) {
        byte[] jpeg = ImageBytes.jpeg(image, quality);
        return PerceptualHash.of(decoder.decode(jpeg, "test.jpg", IngestLimits.defaults()).image());
    }
}
