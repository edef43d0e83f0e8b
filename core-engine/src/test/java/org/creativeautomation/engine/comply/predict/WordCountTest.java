package org.creativeautomation.engine.comply.predict;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class WordCountTest {

    @ParameterizedTest(name = "\"{0}\" has {1} words")
    @CsvSource(delimiter = '|', value = {
            "Stay fresh all summer|4",
            "Frescura todo el verano|4",
            "Shop now — 50% off|4",
            "'   '|0",
            "夏中ずっと爽やかに|5",
            "iPhone用ケース|3"})
    void countsWordsAReaderTakesIn(String text, int words) {
        assertThat(WordCount.of(text)).isEqualTo(words);
    }
}
