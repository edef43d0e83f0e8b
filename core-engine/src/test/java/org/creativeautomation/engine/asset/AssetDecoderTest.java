package org.creativeautomation.engine.asset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Transparency;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.awt.image.BufferedImage;
import java.awt.image.ComponentColorModel;
import java.awt.image.DataBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import org.creativeautomation.engine.document.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AssetDecoderTest {
    private static final int RED = 0xffff0000;
    private static final int BLUE = 0xff0000ff;

    @TempDir
    Path dir;

    private final AssetDecoder decoder = new AssetDecoder();

    @Test
    void refusesGifByItsContentNamingTheFile() throws Exception {
        Path gif = write("hero.gif", ImageBytes.gif(ImageBytes.filled(8, 8, BufferedImage.TYPE_INT_RGB, RED)));

        assertThatThrownBy(() -> decoder.decode(gif, IngestLimits.defaults()))
                .isInstanceOf(AssetException.class)
                .isInstanceOf(InvalidInputException.class)
                .hasMessage(gif + ": a GIF image, not an image the studio reads (PNG or JPEG)");
    }

    @Test
    void refusesGifEvenWhenNamedPng() throws Exception {
        Path disguised = write("hero.png", ImageBytes.gif(ImageBytes.filled(8, 8, BufferedImage.TYPE_INT_RGB, RED)));

        assertThatThrownBy(() -> decoder.decode(disguised, IngestLimits.defaults()))
                .hasMessage(disguised + ": a GIF image, not an image the studio reads (PNG or JPEG)");
    }

    @Test
    void refusesWebpByItsContent() throws Exception {
        byte[] webp = "RIFF\u0024\0\0\0WEBPVP8 \u0018\0\0\0".getBytes(StandardCharsets.ISO_8859_1);
        Path file = write("hero.webp", Arrays.copyOf(webp, 44));

        assertThatThrownBy(() -> decoder.decode(file, IngestLimits.defaults()))
                .isInstanceOf(AssetException.class)
                .hasMessage(file + ": a WebP image, not an image the studio reads (PNG or JPEG)");
    }

    @Test
    void refusesTextFileNamedJpg() throws Exception {
        Path file = write("hero.jpg", "just some words".getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> decoder.decode(file, IngestLimits.defaults()))
                .isInstanceOf(AssetException.class)
                .hasMessageStartingWith(file + ": ")
                .hasMessageContaining("not a PNG or JPEG image");
    }

    @Test
    void refusesPngWhoseHeaderClaimsTwentyThousandSquareBeforeDecodingIt() throws Exception {
        Path bomb = write("bomb.png", ImageBytes.pngClaiming(20_000, 20_000));
        assertThat(Files.size(bomb)).isLessThan(200);

        assertThatThrownBy(() -> decoder.decode(bomb, IngestLimits.defaults()))
                .isInstanceOf(AssetException.class)
                .hasMessage(bomb + ": 20000 x 20000 pixels (400 MP) exceeds the limit of 100 MP");
    }

    @Test
    void refusesRealImageOverThePixelLimit() throws Exception {
        Path file = write("wide.png", ImageBytes.png(ImageBytes.filled(200, 100, BufferedImage.TYPE_INT_RGB, RED)));

        assertThatThrownBy(() -> decoder.decode(file, new IngestLimits(10_000, 1_000_000)))
                .isInstanceOf(AssetException.class)
                .hasMessage(file + ": 200 x 100 pixels (0.02 MP) exceeds the limit of 0.01 MP");
    }

    @Test
    void refusesFileOverTheByteLimit() throws Exception {
        Path file = write("big.png", ImageBytes.png(ImageBytes.scene(1, 300, 200)));

        assertThatThrownBy(() -> decoder.decode(file, new IngestLimits(100_000_000, 1_000)))
                .isInstanceOf(AssetException.class)
                .hasMessageStartingWith(file + ": ")
                .hasMessageContaining("exceeds the limit of 0.001 MB");
    }

    @Test
    void refusesMissingFile() {
        Path missing = dir.resolve("nowhere.png");

        assertThatThrownBy(() -> decoder.decode(missing, IngestLimits.defaults()))
                .isInstanceOf(AssetException.class)
                .hasMessage(missing + ": no such file");
    }

    @Test
    void turnsJpegTaggedOrientationSixUpright() throws Exception {
        // Stored 40 x 20, red top-left quadrant; orientation 6 means "rotate 90 degrees clockwise to view".
        BufferedImage stored = ImageBytes.filled(40, 20, BufferedImage.TYPE_INT_RGB, BLUE);
        for (int y = 0; y < 10; y++) {
            for (int x = 0; x < 20; x++) {
                stored.setRGB(x, y, RED);
            }
        }
        Path file = write("portrait.jpg", ImageBytes.jpegWithOrientation(ImageBytes.jpeg(stored, 0.95f), 6));

        DecodedImage decoded = decoder.decode(file, IngestLimits.defaults());

        assertThat(decoded.orientation()).isEqualTo(6);
        assertThat(decoded.originalWidth()).isEqualTo(40);
        assertThat(decoded.originalHeight()).isEqualTo(20);
        assertThat(decoded.width()).isEqualTo(20);
        assertThat(decoded.height()).isEqualTo(40);
        // The stored top-left corner is now the top-right one.
        assertThat(isReddish(decoded.image().getRGB(15, 5))).isTrue();
        assertThat(isReddish(decoded.image().getRGB(4, 5))).isFalse();
        assertThat(isReddish(decoded.image().getRGB(15, 34))).isFalse();
    }

    @Test
    void convertsJpegWithLinearRgbProfileToSrgb() throws Exception {
        byte[] plain = ImageBytes.jpeg(ImageBytes.filled(32, 32, BufferedImage.TYPE_INT_RGB, 0xff808080), 0.95f);
        byte[] linear = ImageBytes.jpegWithProfile(plain, ICC_Profile.getInstance(ColorSpace.CS_LINEAR_RGB).getData());

        DecodedImage untagged = decoder.decode(write("plain.jpg", plain), IngestLimits.defaults());
        DecodedImage tagged = decoder.decode(write("linear.jpg", linear), IngestLimits.defaults());

        // Linear 0.5 is sRGB ~188: the tagged grey must come out clearly lighter than the untagged one.
        assertThat(green(untagged.image().getRGB(16, 16))).isBetween(120, 136);
        assertThat(green(tagged.image().getRGB(16, 16))).isBetween(175, 200);
        assertThat(untagged.colorProfile()).isEqualTo("sRGB");
        assertThat(tagged.colorProfile()).isNotEqualTo("sRGB").isNotBlank();
        assertThat(tagged.image().getType()).isEqualTo(BufferedImage.TYPE_INT_RGB);
    }

    @Test
    void convertsGreyJpegWithGrayProfileToSrgb() throws Exception {
        BufferedImage grey = new BufferedImage(32, 32, BufferedImage.TYPE_BYTE_GRAY);
        for (int y = 0; y < 32; y++) {
            for (int x = 0; x < 32; x++) {
                grey.getRaster().setSample(x, y, 0, 128);
            }
        }
        byte[] plain = ImageBytes.jpeg(grey, 0.95f);
        byte[] linearGrey = ImageBytes.jpegWithProfile(plain, ICC_Profile.getInstance(ColorSpace.CS_GRAY).getData());

        DecodedImage untagged = decoder.decode(write("grey.jpg", plain), IngestLimits.defaults());
        DecodedImage tagged = decoder.decode(write("grey-linear.jpg", linearGrey), IngestLimits.defaults());

        assertThat(green(untagged.image().getRGB(16, 16))).isBetween(124, 132);
        assertThat(green(tagged.image().getRGB(16, 16))).isBetween(175, 200);
        assertThat(untagged.image().getType()).isEqualTo(BufferedImage.TYPE_INT_RGB);
    }

    @Test
    void convertsPngWithIccpProfileToSrgbKeepingAlpha() throws Exception {
        byte[] plain = ImageBytes.png(ImageBytes.filled(16, 16, BufferedImage.TYPE_INT_ARGB, 0x80808080));
        byte[] linear = ImageBytes.pngWithProfile(plain, "linear", ICC_Profile.getInstance(ColorSpace.CS_LINEAR_RGB).getData());

        DecodedImage untagged = decoder.decode(write("plain.png", plain), IngestLimits.defaults());
        DecodedImage tagged = decoder.decode(write("linear.png", linear), IngestLimits.defaults());

        assertThat(untagged.image().getRGB(8, 8)).isEqualTo(0x80808080);
        assertThat(tagged.image().getType()).isEqualTo(BufferedImage.TYPE_INT_ARGB);
        int pixel = tagged.image().getRGB(8, 8);
        assertThat(pixel >>> 24).isEqualTo(0x80);
        assertThat(green(pixel)).isBetween(180, 196);
        assertThat(tagged.colorProfile()).isNotEqualTo("sRGB");
    }

    @Test
    void leavesPngWithSrgbProfileUnchanged() throws Exception {
        byte[] plain = ImageBytes.png(ImageBytes.filled(16, 16, BufferedImage.TYPE_INT_RGB, 0xff336699));
        byte[] srgb = ImageBytes.pngWithProfile(plain, "sRGB", ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData());

        DecodedImage decoded = decoder.decode(write("srgb.png", srgb), IngestLimits.defaults());

        assertThat(decoded.image().getRGB(8, 8)).isEqualTo(0xff336699);
        assertThat(decoded.image().getType()).isEqualTo(BufferedImage.TYPE_INT_RGB);
    }

    @Test
    void keepsTheValuesOfUntaggedGreyPngs() throws Exception {
        BufferedImage grey8 = new BufferedImage(4, 4, BufferedImage.TYPE_BYTE_GRAY);
        grey8.getRaster().setSample(1, 1, 0, 128);
        BufferedImage grey16 = new BufferedImage(4, 4, BufferedImage.TYPE_USHORT_GRAY);
        grey16.getRaster().setSample(1, 1, 0, 0x8080);
        ComponentColorModel greyAlphaModel = new ComponentColorModel(ColorSpace.getInstance(ColorSpace.CS_GRAY), true, false,
                Transparency.TRANSLUCENT, DataBuffer.TYPE_BYTE);
        BufferedImage greyAlpha = new BufferedImage(greyAlphaModel, greyAlphaModel.createCompatibleWritableRaster(4, 4), false, null);
        greyAlpha.getRaster().setPixel(1, 1, new int[] {128, 64});

        // Java's own grey space is linear; read naively, 128 would come out as 188.
        assertThat(decoder.decode(write("g8.png", ImageBytes.png(grey8)), IngestLimits.defaults()).image().getRGB(1, 1))
                .isEqualTo(0xff808080);
        assertThat(decoder.decode(write("g16.png", ImageBytes.png(grey16)), IngestLimits.defaults()).image().getRGB(1, 1))
                .isEqualTo(0xff808080);
        DecodedImage withAlpha = decoder.decode(write("ga.png", ImageBytes.png(greyAlpha)), IngestLimits.defaults());
        assertThat(withAlpha.image().getType()).isEqualTo(BufferedImage.TYPE_INT_ARGB);
        assertThat(withAlpha.image().getRGB(1, 1)).isEqualTo(0x40808080);
    }

    @Test
    void decodesJpegToIntRgbAndOpaquePngToIntRgb() throws Exception {
        DecodedImage jpeg = decoder.decode(write("a.jpg", ImageBytes.jpeg(ImageBytes.scene(3, 64, 48), 0.9f)), IngestLimits.defaults());
        DecodedImage png = decoder.decode(write("a.png", ImageBytes.png(ImageBytes.scene(3, 64, 48))), IngestLimits.defaults());

        assertThat(jpeg.image().getType()).isEqualTo(BufferedImage.TYPE_INT_RGB);
        assertThat(jpeg.format()).isEqualTo(ImageFormat.JPEG);
        assertThat(png.image().getType()).isEqualTo(BufferedImage.TYPE_INT_RGB);
        assertThat(png.format()).isEqualTo(ImageFormat.PNG);
        assertThat(png.image().getRGB(10, 10)).isEqualTo(ImageBytes.scene(3, 64, 48).getRGB(10, 10));
    }

    @Test
    void refusesTruncatedJpeg() throws Exception {
        BufferedImage noise = new BufferedImage(128, 128, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(5);
        for (int y = 0; y < 128; y++) {
            for (int x = 0; x < 128; x++) {
                noise.setRGB(x, y, random.nextInt());
            }
        }
        byte[] jpeg = ImageBytes.jpeg(noise, 0.9f);
        Path file = write("cut.jpg", Arrays.copyOf(jpeg, jpeg.length * 6 / 10));

        assertThatThrownBy(() -> decoder.decode(file, IngestLimits.defaults()))
                .isInstanceOf(AssetException.class)
                .hasMessageStartingWith(file + ": a truncated JPEG image");
    }

    @Test
    void refusesTruncatedPng() throws Exception {
        byte[] png = ImageBytes.png(ImageBytes.scene(4, 128, 128));
        Path file = write("cut.png", Arrays.copyOf(png, png.length / 2));

        assertThatThrownBy(() -> decoder.decode(file, IngestLimits.defaults()))
                .isInstanceOf(AssetException.class)
                .hasMessageStartingWith(file + ": a damaged or truncated PNG image");
    }

    private Path write(String name, byte[] bytes) throws Exception {
        return Files.write(dir.resolve(name), bytes);
    }

    private static int green(int rgb) {
        return (rgb >>> 8) & 0xff;
    }

    private static boolean isReddish(int rgb) {
        return ((rgb >>> 16) & 0xff) > 200 && (rgb & 0xff) < 60;
    }
}
