package org.creativeautomation.engine.compose;

import org.junit.jupiter.api.Test;

import java.awt.Font;

import static org.assertj.core.api.Assertions.assertThat;

class TextFitterTest {
    private final Font font = new Font("SansSerif", Font.BOLD, 10);
    private final TextFitter fitter = new TextFitter(1.1);

    @Test
    void choosesTheLargestSizeThatFitsWidthHeightAndLines() {
        FittedText fitted = fitter.fit("Stay fresh all summer long", font, 900, 400, 3, 20, 200);

        assertThat(fitted.overflow()).isFalse();
        assertThat(fitted.lines()).hasSizeLessThanOrEqualTo(3);
        assertThat(fitted.width()).isLessThanOrEqualTo(900);
        assertThat(fitted.height()).isLessThanOrEqualTo(400);
        FittedText bigger = fitter.layout("Stay fresh all summer long", font, fitted.sizePx() + 1, 900);
        boolean biggerFits = bigger.lines().size() <= 3 && bigger.height() <= 400 && bigger.width() <= 900;
        assertThat(biggerFits).as("one pixel larger must not fit").isFalse();
    }

    @Test
    void balancesLinesSoNoLoneWordHangs() {
        FittedText fitted = fitter.layout("Crisp lime sparkling water for every summer day", font, 60, 1200);

        assertThat(fitted.lines()).hasSizeGreaterThan(1);
        double shortest = fitted.lines().stream().mapToDouble(l -> TextFitter.advance(font.deriveFont(60f), l)).min().orElseThrow();
        double longest = fitted.lines().stream().mapToDouble(l -> TextFitter.advance(font.deriveFont(60f), l)).max().orElseThrow();
        assertThat(shortest / longest).isGreaterThan(0.6);
        assertThat(String.join(" ", fitted.lines())).isEqualTo("Crisp lime sparkling water for every summer day");
    }

    @Test
    void flagsOverflowInsteadOfShrinkingBelowTheMinimum() {
        String longText = "This message is far too long to ever fit into a tiny box at the minimum size the kit allows";
        FittedText fitted = fitter.fit(longText, font, 300, 80, 2, 30, 60);

        assertThat(fitted.overflow()).isTrue();
        assertThat(fitted.sizePx()).isEqualTo(30f);
    }

    @Test
    void breaksAWordLongerThanTheLine() {
        FittedText fitted = fitter.layout("Donaudampfschifffahrtsgesellschaftskapitän", font, 80, 500);

        assertThat(fitted.lines()).hasSizeGreaterThan(1);
        assertThat(fitted.width()).isLessThanOrEqualTo(500);
        assertThat(String.join("", fitted.lines())).isEqualTo("Donaudampfschifffahrtsgesellschaftskapitän");
    }
}
