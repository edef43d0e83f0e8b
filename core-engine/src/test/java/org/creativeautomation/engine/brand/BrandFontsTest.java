package org.creativeautomation.engine.brand;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BrandFontsTest {
    @TempDir
    Path tempDir;

    private static final FontRenderContext FRC = new FontRenderContext(null, true, true);

    @Test
    void givesTheKitsOwnFontsAtTheRequestedPixelSize() {
        BrandKit kit = new BrandKitLoader().load(ShippedKits.kit(ShippedKits.STRIDE));
        BrandFonts fonts = BrandFonts.of(kit);

        Font headline = fonts.headline(96f);
        Font body = fonts.body(28.5f);

        assertThat(headline.getFamily(java.util.Locale.ROOT)).isEqualTo(kit.fonts().headlineName());
        assertThat(headline.getSize2D()).isEqualTo(96f);
        assertThat(body.getFamily(java.util.Locale.ROOT)).isEqualTo(kit.fonts().bodyName());
        assertThat(body.getSize2D()).isEqualTo(28.5f);
    }

    @Test
    void textSetInTheHeadlineFontScalesWithTheSize() {
        BrandFonts fonts = BrandFonts.of(new BrandKitLoader().load(ShippedKits.kit(ShippedKits.ACME)));

        double small = fonts.headline(50f).getStringBounds("Stay fresh", FRC).getWidth();
        double large = fonts.headline(100f).getStringBounds("Stay fresh", FRC).getWidth();

        assertThat(small).isPositive();
        assertThat(large).isCloseTo(2 * small, org.assertj.core.data.Offset.offset(small * 0.05));
    }

    @Test
    void canBeSharedBetweenThreads() throws Exception {
        BrandFonts fonts = BrandFonts.of(new BrandKitLoader().load(ShippedKits.kit(ShippedKits.ACME)));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Float>> sizes = IntStream.range(1, 200)
                    .mapToObj(i -> pool.submit(() -> fonts.body(i).getSize2D()))
                    .toList();
            for (int i = 0; i < sizes.size(); i++) {
                assertThat(sizes.get(i).get()).isEqualTo(i + 1f);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void rejectsSizesThatAreNotPositive() {
        BrandFonts fonts = BrandFonts.of(new BrandKitLoader().load(ShippedKits.kit(ShippedKits.ACME)));

        assertThatThrownBy(() -> fonts.headline(0f)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> fonts.body(Float.NaN)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void reportsAFontFileThatBrokeAfterTheKitWasLoaded() throws IOException {
        Path copy = ShippedKits.copy(ShippedKits.ACME, tempDir);
        BrandKit kit = new BrandKitLoader().load(copy);
        Files.writeString(kit.fonts().body(), "not a font any more");

        assertThatThrownBy(() -> BrandFonts.of(kit))
                .isInstanceOf(BrandKitException.class)
                .hasMessage("fonts.body: " + kit.fonts().body() + " cannot be loaded as a font");
    }
}
