package org.creativeautomation.engine.comply.legal;

import org.creativeautomation.engine.brand.BrandKitException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class KitLegalFileReaderTest {
    private final KitLegalFileReader reader = new KitLegalFileReader();

    @Test
    void aKitWithoutTheFileDeclaresNothing(@TempDir Path kit) {
        assertThat(reader.read(kit)).isEqualTo(KitLegalFile.NONE);
    }

    @Test
    void readsCategoriesAndTrademarks(@TempDir Path kit) throws IOException {
        Files.writeString(kit.resolve("legal.yaml"), """
                categories: [beverage, food]
                trademarks:
                  - term: Acme
                    symbol: "®"
                  - term: Splash
                    symbol: "™"
                    required: every-use
                """);

        KitLegalFile file = reader.read(kit);

        assertThat(file.categories()).containsExactly(ProductCategory.BEVERAGE, ProductCategory.FOOD);
        assertThat(file.trademarks()).containsExactly(
                new TrademarkRule("Acme", "®", TrademarkRule.Use.FIRST_USE),
                new TrademarkRule("Splash", "™", TrademarkRule.Use.EVERY_USE));
    }

    @Test
    void reportsProblemsLikeTheRestOfTheKit(@TempDir Path kit) throws IOException {
        Path file = kit.resolve("legal.yaml");
        Files.writeString(file, """
                categories: [drinks]
                trademarks:
                  - term: Acme
                    symbol: "(R)"
                    required: always
                """);

        assertThatThrownBy(() -> reader.read(kit))
                .isInstanceOf(BrandKitException.class)
                .satisfies(e -> assertThat(((BrandKitException) e).lines()).isEqualTo(List.of(
                        file + ":1:14 categories[0]: \"drinks\" is not a product category (known: food, beverage, alcohol, cosmetics, supplement, apparel)",
                        file + ":4:13 trademarks[0].symbol: \"(R)\" is not a trademark symbol (\"®\" or \"™\")",
                        file + ":5:15 trademarks[0].required: \"always\" is not one of first-use or every-use")));
    }
}
