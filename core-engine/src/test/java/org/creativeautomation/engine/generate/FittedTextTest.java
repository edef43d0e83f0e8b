package org.creativeautomation.engine.generate;

import org.junit.jupiter.api.Test;

import java.awt.Font;

import static org.assertj.core.api.Assertions.assertThat;

class FittedTextTest {

    private static final Font FONT = new Font(Font.SANS_SERIF, Font.BOLD, 12);

    @Test
    void staysInsideTheAreaItWasGiven() {
        FittedText text = FittedText.fit("SPARKLING WATER", FONT, 400, 300, 3);

        assertThat(text.lines()).allSatisfy(line -> assertThat(text.width(line)).isLessThanOrEqualTo(400.5));
        double blockHeight = text.capHeight() + (text.lines().size() - 1) * text.lineAdvance();
        assertThat(blockHeight).isLessThanOrEqualTo(300.5);
    }

    @Test
    void breaksIntoLinesWhenThatMakesTheTextLarger() {
        FittedText text = FittedText.fit("SPARKLING WATER", FONT, 400, 400, 3);

        assertThat(text.lines()).containsExactly("SPARKLING", "WATER");
    }

    @Test
    void keepsAShortNameOnOneLineInAWideArea() {
        FittedText text = FittedText.fit("TRAIL RUNNER X", FONT, 1000, 120, 3);

        assertThat(text.lines()).containsExactly("TRAIL RUNNER X");
    }

    @Test
    void breaksAfterAHyphenInANarrowArea() {
        FittedText text = FittedText.fit("COLD-PRESSED JUICE", FONT, 200, 400, 4);

        assertThat(text.lines()).startsWith("COLD-").contains("PRESSED");
    }

    @Test
    void drawsNothingForABlankName() {
        assertThat(FittedText.fit("  ", FONT, 100, 100, 3).lines()).isEmpty();
    }
}
