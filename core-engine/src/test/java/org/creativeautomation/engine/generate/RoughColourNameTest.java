package org.creativeautomation.engine.generate;

import org.creativeautomation.engine.brand.RgbColor;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class RoughColourNameTest {

    @ParameterizedTest
    @CsvSource({
            "#0A7E8C, teal",
            "#7FD1C7, mint",
            "#C6E600, lime",
            "#D7FF3A, lime",
            "#FF4D1C, orange-red",
            "#0B2A33, dark teal",
            "#EEF8F6, off-white",
            "#F4F4F4, off-white",
            "#FFFFFF, white",
            "#111111, black",
            "#808080, grey",
            "#1E3A8A, blue",
            "#0B1F4D, navy",
            "#E63946, red",
            "#F7E01E, yellow",
            "#2A9D3F, green",
            "#8E24AA, purple",
            "#6B3E26, brown"})
    void namesColoursRoughly(String hex, String name) {
        assertThat(RoughColourName.of(RgbColor.parseHex(hex))).isEqualTo(name);
    }
}
