package org.creativeautomation.engine.compose;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TextDirectionTest {
    @Test
    void aRightToLeftLocaleReadsRightToLeftWhenItsTextDoesOrIsNotKnown() {
        assertThat(TextDirection.of("ar-SA", "انتعش طوال الصيف")).isEqualTo(TextDirection.RIGHT_TO_LEFT);
        assertThat(TextDirection.of("ar-SA", "Acme: انتعش طوال الصيف")).isEqualTo(TextDirection.RIGHT_TO_LEFT);
        assertThat(TextDirection.of("he-IL", "50%")).as("no letters to tell").isEqualTo(TextDirection.RIGHT_TO_LEFT);
        assertThat(TextDirection.of("ar-SA", null)).isEqualTo(TextDirection.RIGHT_TO_LEFT);
    }

    @Test
    void textWithoutOneRightToLeftLetterReadsLeftToRightUnderAnyLocale() {
        assertThat(TextDirection.of("ar-SA", "Please recycle.")).isEqualTo(TextDirection.LEFT_TO_RIGHT);
        assertThat(TextDirection.of(new CreativeCopy("he-IL", "Stay fresh", "Shop now", null)))
                .isEqualTo(TextDirection.LEFT_TO_RIGHT);
    }

    @Test
    void arabicTextUnderAnotherLocaleStillReadsRightToLeft() {
        assertThat(TextDirection.of("en-US", "انتعش طوال الصيف")).isEqualTo(TextDirection.RIGHT_TO_LEFT);
    }
}
