package org.creativeautomation.engine.generate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class ProductShapeTest {

    @ParameterizedTest
    @CsvSource({
            "Sparkling Water, Sparkling Water 330 ml can, CAN",
            "Citrus Soda, Refreshing lemon drink, CAN",
            "Trail Runner X, Trail running shoe box, SHOE_BOX",
            "Cloud Sneakers, Lightweight everyday trainers, SHOE_BOX",
            "Orange Juice, Cold-pressed, BOTTLE",
            "Silk Shampoo, For every hair type, BOTTLE",
            "Oat Crunch, Breakfast cereal, BOX",
            "Protein Bars, Box of twelve, BOX",
            "Night Cream, Rich moisturiser, JAR",
            "Wildflower Honey, Raw and unfiltered, JAR"})
    void picksThePackagingFromTheProductsWords(String name, String description, ProductShape expected) {
        assertThat(ProductShape.forProduct(name, description)).isEqualTo(expected);
    }

    @Test
    void readsTheNameBeforeTheDescription() {
        assertThat(ProductShape.forProduct("Energy Bar", "a snack you can take anywhere")).isEqualTo(ProductShape.BOX);
    }

    @Test
    void fallsBackToAJarWhenNothingMatches() {
        assertThat(ProductShape.forProduct("Aurora", null)).isEqualTo(ProductShape.JAR);
    }
}
