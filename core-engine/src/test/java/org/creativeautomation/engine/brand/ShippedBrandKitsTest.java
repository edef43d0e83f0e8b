package org.creativeautomation.engine.brand;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class ShippedBrandKitsTest {
    @TempDir
    Path tempDir;

    private final BrandKitLoader loader = new BrandKitLoader();

    static List<String> shippedIds() {
        return ShippedKits.ids();
    }

    @Test
    void shipsTheTwoExampleKits() {
        assertThat(ShippedKits.ids()).contains(ShippedKits.ACME, ShippedKits.STRIDE);
    }

    @Test
    void loadsAcmeBeverages() {
        BrandKit kit = loader.load(ShippedKits.kit(ShippedKits.ACME));

        assertThat(kit.id()).isEqualTo("acme-beverages");
        assertThat(kit.name()).isEqualTo("Acme Beverages");
        assertThat(kit.version()).isEqualTo("1.0.0");
        assertThat(kit.folder()).isEqualTo(ShippedKits.kit(ShippedKits.ACME).toAbsolutePath().normalize());
        assertThat(kit.colors()).isEqualTo(new Palette(RgbColor.parseHex("#0A7E8C"), RgbColor.parseHex("#35C4C9"),
                RgbColor.parseHex("#9ED62B"), RgbColor.parseHex("#FFFFFF"), RgbColor.parseHex("#0B2A33"),
                RgbColor.parseHex("#F2FBFA")));
        assertThat(kit.fonts().headline()).isEqualTo(kit.folder().resolve("fonts/Comfortaa-Bold.ttf"));
        assertThat(kit.fonts().body()).isEqualTo(kit.folder().resolve("fonts/Quicksand-Medium.ttf"));
        assertThat(kit.fonts().headlineName()).isEqualTo("Comfortaa");
        assertThat(kit.fonts().bodyName()).isEqualTo("Quicksand Medium");
        assertThat(kit.fonts().license()).isEqualTo(kit.folder().resolve("fonts/OFL.txt"));
        assertThat(kit.logo()).isEqualTo(new LogoSet(kit.folder().resolve("logo/logo-light.png"),
                kit.folder().resolve("logo/logo-dark.png")));
        assertThat(kit.logoRules()).isEqualTo(new LogoRules(List.of(Corner.TOP_RIGHT, Corner.TOP_LEFT), 14, 25));
        assertThat(kit.textRules()).isEqualTo(new TextRules(28, 3));
        assertThat(kit.legal().prohibited()).startsWith("guaranteed", "cure").contains("100% natural");
        assertThat(kit.legal().disclaimers()).containsOnlyKeys("US", "es-US", "DE", "FR");
        assertThat(kit.contentHash()).matches("[0-9a-f]{64}");
    }

    @Test
    void loadsStrideAthletics() {
        BrandKit kit = loader.load(ShippedKits.kit(ShippedKits.STRIDE));

        assertThat(kit.id()).isEqualTo("stride-athletics");
        assertThat(kit.name()).isEqualTo("Stride Athletics");
        assertThat(kit.version()).isEqualTo("2.1.0");
        assertThat(kit.colors().primary().hex()).isEqualTo("#111111");
        assertThat(kit.colors().secondary().hex()).isEqualTo("#FF4B1F");
        assertThat(kit.colors().accent().hex()).isEqualTo("#D4FF1A");
        assertThat(kit.colors().textOnDark().hex()).isEqualTo("#FFFFFF");
        assertThat(kit.colors().textOnLight().hex()).isEqualTo("#111111");
        assertThat(kit.colors().background().hex()).isEqualTo("#F3F3EF");
        assertThat(kit.fonts().headline().getFileName()).hasToString("BebasNeue-Bold.otf");
        assertThat(kit.fonts().body().getFileName()).hasToString("LeagueSpartan-Medium.otf");
        assertThat(kit.fonts().headlineName()).isEqualTo("Bebas Neue Bold");
        assertThat(kit.fonts().bodyName()).isEqualTo("League Spartan Medium");
        assertThat(kit.logoRules()).isEqualTo(
                new LogoRules(List.of(Corner.BOTTOM_RIGHT, Corner.TOP_LEFT, Corner.TOP_RIGHT), 18, 15));
        assertThat(kit.textRules()).isEqualTo(new TextRules(36, 2));
        assertThat(kit.legal().prohibited()).contains("guaranteed", "injury-proof");
        assertThat(kit.legal().disclaimers()).containsOnlyKeys("US", "GB");
    }

    @ParameterizedTest
    @MethodSource("shippedIds")
    void shippedKitShipsTheLicenceOfItsFonts(String id) throws IOException {
        BrandKit kit = loader.load(ShippedKits.kit(id));

        String licence = Files.readString(kit.fonts().license());
        assertThat(licence).contains("SIL OPEN FONT LICENSE Version 1.1")
                .contains(kit.fonts().headline().getFileName().toString())
                .contains(kit.fonts().body().getFileName().toString());
    }

    @ParameterizedTest
    @MethodSource("shippedIds")
    void shippedLogosAreWideTransparentAndLightOrDarkAsNamed(String id) throws IOException {
        BrandKit kit = loader.load(ShippedKits.kit(id));
        BufferedImage light = ImageIO.read(kit.logo().light().toFile());
        BufferedImage dark = ImageIO.read(kit.logo().dark().toFile());

        assertThat(light.getWidth()).isBetween(600, 1200);
        assertThat(dark.getWidth()).isBetween(600, 1200);
        assertThat(light.getColorModel().hasAlpha()).isTrue();
        // The light logo goes on dark backgrounds, so its ink must be the brighter of the two.
        assertThat(meanInkLuminance(light)).isGreaterThan(meanInkLuminance(dark) + 0.2);
    }

    @ParameterizedTest
    @MethodSource("shippedIds")
    void shippedKitStaysSmall(String id) throws IOException {
        try (Stream<Path> files = Files.walk(ShippedKits.kit(id))) {
            long bytes = files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
            assertThat(bytes).isLessThan(2L * 1024 * 1024);
        }
    }

    @ParameterizedTest
    @MethodSource("shippedIds")
    void contentHashIsStableAcrossLoads(String id) {
        String first = loader.load(ShippedKits.kit(id)).contentHash();
        String second = new BrandKitLoader().load(ShippedKits.kit(id)).contentHash();

        assertThat(second).isEqualTo(first);
    }

    @Test
    void shippedKitsHashDifferently() {
        assertThat(loader.load(ShippedKits.kit(ShippedKits.ACME)).contentHash())
                .isNotEqualTo(loader.load(ShippedKits.kit(ShippedKits.STRIDE)).contentHash());
    }

    @Test
    void contentHashDoesNotDependOnWhereTheKitIs() {
        Path copy = ShippedKits.copy(ShippedKits.STRIDE, tempDir);

        assertThat(loader.load(copy).contentHash())
                .isEqualTo(loader.load(ShippedKits.kit(ShippedKits.STRIDE)).contentHash());
    }

    @Test
    void contentHashChangesWhenAnyFileChanges() throws IOException {
        Path copy = ShippedKits.copy(ShippedKits.STRIDE, tempDir);
        String original = loader.load(copy).contentHash();

        Files.writeString(copy.resolve("fonts/OFL.txt"), "\n", StandardOpenOption.APPEND);
        String licenceEdited = loader.load(copy).contentHash();
        Files.writeString(copy.resolve("notes.md"), "");
        String fileAdded = loader.load(copy).contentHash();
        Files.move(copy.resolve("notes.md"), copy.resolve("notes-renamed.md"));
        String fileRenamed = loader.load(copy).contentHash();

        assertThat(List.of(original, licenceEdited, fileAdded, fileRenamed)).doesNotHaveDuplicates();
    }

    @Test
    void contentHashChangesWhenALogoChanges() throws IOException {
        Path copy = ShippedKits.copy(ShippedKits.ACME, tempDir);
        String original = loader.load(copy).contentHash();
        Path logo = copy.resolve("logo/logo-dark.png");
        BufferedImage image = ImageIO.read(logo.toFile());
        image.setRGB(0, 0, 0x01000000);
        ImageIO.write(image, "png", logo.toFile());

        assertThat(loader.load(copy).contentHash()).isNotEqualTo(original);
    }

    private static double meanInkLuminance(BufferedImage image) {
        double sum = 0;
        double weight = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int argb = image.getRGB(x, y);
                double alpha = (argb >>> 24) / 255.0;
                RgbColor c = new RgbColor((argb >> 16) & 0xff, (argb >> 8) & 0xff, argb & 0xff);
                sum += alpha * c.luminance();
                weight += alpha;
            }
        }
        return sum / weight;
    }
}
