package org.creativeautomation.engine.asset;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ExifOrientationTest {
    // Stored 3 x 2:  A B C
    //                D E F
    private static final int A = 0xff000001, B = 0xff000002, C = 0xff000003, D = 0xff000004, E = 0xff000005, F = 0xff000006;

    @ParameterizedTest(name = "orientation {0}")
    @CsvSource(delimiter = '|', value = {
        "1 | 3 | A B C D E F",
        "2 | 3 | C B A F E D",
        "3 | 3 | F E D C B A",
        "4 | 3 | D E F A B C",
        "5 | 2 | A D B E C F",
        "6 | 2 | D A E B F C",
        "7 | 2 | F C E B D A",
        "8 | 2 | C F B E A D"})
    void turnsStoredPixelsUprightAsExifDefines(int orientation, int uprightWidth, String uprightRows) {
        BufferedImage stored = new BufferedImage(3, 2, BufferedImage.TYPE_INT_RGB);
        stored.setRGB(0, 0, 3, 2, new int[] {A, B, C, D, E, F}, 0, 3);

        BufferedImage upright = ExifOrientation.apply(stored, orientation);

        assertThat(upright.getWidth()).isEqualTo(uprightWidth);
        assertThat(upright.getHeight()).isEqualTo(6 / uprightWidth);
        assertThat(letters(upright)).isEqualTo(uprightRows);
    }

    @Test
    void readsOrientationFromJpegExif() {
        byte[] jpeg = ImageBytes.jpeg(ImageBytes.scene(1, 40, 30), 0.9f);

        assertThat(ExifOrientation.read(ImageBytes.jpegWithOrientation(jpeg, 8), ImageFormat.JPEG)).isEqualTo(8);
        assertThat(ExifOrientation.read(jpeg, ImageFormat.JPEG)).isEqualTo(1);
    }

    @Test
    void readsOrientationFromPngExifChunk() {
        byte[] png = ImageBytes.png(ImageBytes.scene(1, 40, 30));
        byte[] exif = ImageBytes.exifOrientation(3);
        byte[] tiff = java.util.Arrays.copyOfRange(exif, 6, exif.length); // eXIf holds the TIFF data without "Exif\0\0"

        assertThat(ExifOrientation.read(ImageBytes.pngWithChunkAfterHeader(png, "eXIf", tiff), ImageFormat.PNG)).isEqualTo(3);
        assertThat(ExifOrientation.read(png, ImageFormat.PNG)).isEqualTo(1);
    }

    private static String letters(BufferedImage image) {
        StringBuilder text = new StringBuilder();
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                text.append(text.length() == 0 ? "" : " ").append((char) ('A' + (image.getRGB(x, y) & 0xff) - 1));
            }
        }
        return text.toString();
    }
}
