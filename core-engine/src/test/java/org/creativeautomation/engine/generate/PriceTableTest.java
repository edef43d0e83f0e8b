package org.creativeautomation.engine.generate;

import org.creativeautomation.engine.generate.RouterFakes.ScriptedGenerator;
import org.creativeautomation.engine.spi.ImageCapabilities;
import org.creativeautomation.engine.spi.ImageGenerationRequest;
import org.creativeautomation.engine.spi.ImageGenerator;
import org.creativeautomation.engine.spi.ImageResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PriceTableTest {
    private final PriceTable shipped = PriceTable.shipped();

    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource({
            "gpt-image-1, 1024, 1024, low, 0.011",
            "gpt-image-1, 1024, 1024, medium, 0.042",
            "gpt-image-1, 1024, 1024, high, 0.167",
            "gpt-image-1, 1024, 1536, low, 0.016",
            "gpt-image-1, 1536, 1024, medium, 0.063",
            "gpt-image-1, 1536, 1024, high, 0.25",
            "dall-e-3, 1024, 1024, standard, 0.04",
            "dall-e-3, 1024, 1024, hd, 0.08",
            "dall-e-3, 1024, 1792, standard, 0.08",
            "dall-e-3, 1792, 1024, hd, 0.12"})
    void pricesOpenAiImagesAtTheListedSizesAndQualities(String model, int width, int height, String quality,
                                                        String dollars) {
        PriceEstimate estimate = shipped.estimate("openai", model, width, height, quality);

        assertThat(estimate.price()).isEqualTo(Usd.parse(dollars));
        assertThat(estimate.size()).isEqualTo(width + "x" + height);
        assertThat(estimate.basis()).contains("2026-11-25");
    }

    @Test
    void pricesASizeTheModelDoesNotListAtTheListedSizeNearestInShapeAndTheDefaultQuality() {
        PriceEstimate square = shipped.estimate("openai", "gpt-image-1", 2048, 2048, null);
        PriceEstimate portrait = shipped.estimate("openai", "gpt-image-1", 2048, 3072, null);
        PriceEstimate wide = shipped.estimate("openai", "dall-e-3", 1920, 1080, null);

        assertThat(square.size()).isEqualTo("1024x1024");
        assertThat(square.quality()).isEqualTo("high");
        assertThat(square.price()).isEqualTo(Usd.parse("0.167"));
        assertThat(portrait.size()).isEqualTo("1024x1536");
        assertThat(portrait.price()).isEqualTo(Usd.parse("0.25"));
        assertThat(wide.size()).isEqualTo("1792x1024");
        assertThat(wide.quality()).isEqualTo("hd");
        assertThat(wide.price()).isEqualTo(Usd.parse("0.12"));
    }

    @Test
    void saysWhenItKnowsNoPriceForAModelAQualityOrAProvider() {
        PriceEstimate model = shipped.estimate("openai", "gpt-image-9", 1024, 1024, null);
        PriceEstimate quality = shipped.estimate("openai", "dall-e-3", 1024, 1024, "ultra");
        PriceEstimate provider = shipped.estimate("midjourney", "v7", 1024, 1024, null);

        assertThat(model.known()).isFalse();
        assertThat(model.priceText()).isEqualTo("unknown");
        assertThat(model.basis()).contains("no price for openai model gpt-image-9").contains("gpt-image-1, dall-e-3");
        assertThat(quality.known()).isFalse();
        assertThat(quality.basis()).contains("no ultra quality").contains("standard, hd");
        assertThat(provider.known()).isFalse();
        assertThat(provider.basis()).contains("no prices for midjourney");
    }

    @Test
    void fireflyChargesPerContractSoItsPriceIsUnknownUntilAStudioStatesIt() throws IOException {
        PriceEstimate listed = shipped.estimate("firefly", "image", 2048, 2048, null);
        Path contract = Files.writeString(dir.resolve("prices.yaml"), """
                asOf: 2026-10-01
                currency: USD
                providers:
                  firefly:
                    source: our Adobe contract, schedule B
                    perImage: 0.05
                """);

        PriceEstimate contracted = PriceTable.shippedWithOverrides(contract).estimate("firefly", "image", 2048, 2048, null);

        assertThat(listed.known()).isFalse();
        assertThat(listed.basis()).contains("enterprise contract");
        assertThat(contracted.price()).isEqualTo(Usd.parse("0.05"));
        assertThat(contracted.basis()).contains("2026-10-01");
        assertThat(PriceTable.shippedWithOverrides(contract).estimate("openai", "gpt-image-1", 1024, 1024, "low")
                .price()).as("providers the overrides do not list keep the shipped prices").isEqualTo(Usd.parse("0.011"));
        assertThat(PriceTable.shippedWithOverrides(contract).providers().get("firefly").asOf())
                .isEqualTo(LocalDate.of(2026, 10, 1));
    }

    @Test
    void localGeneratorsCostNothing() {
        assertThat(shipped.estimate("local", "offline-1", 2048, 2048, null).free()).isTrue();
        assertThat(shipped.estimate("automatic1111", "sdxl", 1024, 1024, null).free()).isTrue();
        assertThat(shipped.estimate("comfyui", "flux", 1024, 1024, null).free()).isTrue();
    }

    @Test
    void aProviderTheTableDoesNotListIsFreeOnlyWhenItStatesItChargesNothing() {
        ImageGenerationRequest request = new ImageGenerationRequest(null, "a can", null, 2048, 2048, 1L, null);

        PriceEstimate paid = shipped.estimate(new ScriptedGenerator("fakepaid"), request);
        PriceEstimate free = shipped.estimate(new PricedAt("homegrown", 0.0), request);

        assertThat(paid.known()).as("stated 0.01, but the table is what prices calls").isFalse();
        assertThat(paid.model()).isEqualTo("fake-1");
        assertThat(free.free()).isTrue();
    }

    @Test
    void aPricesFileWithMistakesIsReportedAtTheirLines() throws IOException {
        Path file = Files.writeString(dir.resolve("prices.yaml"), """
                asOf: 25.11.2026
                currency: USD
                providers:
                  firefly:
                    source: contract
                    perImage: cheap
                  openai:
                    source: list
                    models:
                      gpt-image-1:
                        defaultQuality: high
                        sizes:
                          big: {high: 0.2}
                """);

        assertThatThrownBy(() -> PriceTable.load(file))
                .isInstanceOf(PriceTableException.class)
                .satisfies(e -> assertThat(((PriceTableException) e).lines()).containsExactly(
                        file + ":1:7 asOf: \"25.11.2026\" is not a date (expected YYYY-MM-DD, such as 2026-11-25)",
                        file + ":6:15 providers.firefly.perImage: expected a number, found a string",
                        file + ":13:11 providers.openai.models.gpt-image-1.sizes.big: \"big\" is not a size "
                                + "(expected WIDTHxHEIGHT in pixels, such as 1024x1024)"));
    }

    /** A provider with nothing but a stated price. */
    private record PricedAt(String id, double price) implements ImageGenerator {
        @Override
        public ImageCapabilities capabilities() {
            return new ImageCapabilities(List.of("m"), List.of(), false, true, price);
        }

        @Override
        public ImageResult generate(ImageGenerationRequest request) {
            throw new AssertionError("never called");
        }
    }
}
