package org.creativeautomation.engine.compose;

import org.junit.jupiter.api.Test;

import java.awt.Font;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class TextFitterTest {
    private final Font font = new Font("SansSerif", Font.BOLD, 10);
    private final TextStyle english = TextStyle.of(font, "en-US");
    private final TextFitter fitter = new TextFitter(1.1);

    @Test
    void choosesTheLargestSizeThatFitsWidthHeightAndLines() {
        FittedText fitted = fitter.fit("Stay fresh all summer long", english, 900, 400, 3, 20, 200);

        assertThat(fitted.overflow()).isFalse();
        assertThat(fitted.lines()).hasSizeLessThanOrEqualTo(3);
        assertThat(fitted.width()).isLessThanOrEqualTo(900);
        assertThat(fitted.height()).isLessThanOrEqualTo(400);
        FittedText bigger = fitter.layout("Stay fresh all summer long", english, fitted.sizePx() + 1, 900);
        boolean biggerFits = bigger.lines().size() <= 3 && bigger.height() <= 400 && bigger.width() <= 900;
        assertThat(biggerFits).as("one pixel larger must not fit").isFalse();
    }

    @Test
    void balancesLinesSoNoLoneWordHangs() {
        FittedText fitted = fitter.layout("Crisp lime sparkling water for every summer day", english, 60, 1200);

        assertThat(fitted.lines()).hasSizeGreaterThan(1);
        double shortest = fitted.lines().stream().mapToDouble(l -> TextFitter.advance(l, english, 60)).min().orElseThrow();
        double longest = fitted.lines().stream().mapToDouble(l -> TextFitter.advance(l, english, 60)).max().orElseThrow();
        assertThat(shortest / longest).isGreaterThan(0.6);
        assertThat(String.join(" ", fitted.lines())).isEqualTo("Crisp lime sparkling water for every summer day");
    }

    @Test
    void flagsOverflowInsteadOfShrinkingBelowTheMinimum() {
        String longText = "This message is far too long to ever fit into a tiny box at the minimum size the kit allows";
        FittedText fitted = fitter.fit(longText, english, 300, 80, 2, 30, 60);

        assertThat(fitted.overflow()).isTrue();
        assertThat(fitted.sizePx()).isEqualTo(30f);
    }

    @Test
    void breaksAWordLongerThanTheLine() {
        FittedText fitted = fitter.layout("Donaudampfschifffahrtsgesellschaftskapitän", english, 80, 500);

        assertThat(fitted.lines()).hasSizeGreaterThan(1);
        assertThat(fitted.splitsWords()).isTrue();
        assertThat(fitted.width()).isLessThanOrEqualTo(500);
        assertThat(String.join("", fitted.lines())).isEqualTo("Donaudampfschifffahrtsgesellschaftskapitän");
    }

    @Test
    void shrinksAGermanCompoundRatherThanBreakingIt() {
        TextStyle german = TextStyle.of(font, "de-DE");
        String text = "Die Donaudampfschifffahrtsgesellschaft empfiehlt Limonade";

        FittedText fitted = fitter.fit(text, german, 600, 400, 3, 20, 120);

        assertThat(fitted.overflow()).isFalse();
        assertThat(fitted.splitsWords()).isFalse();
        assertThat(fitted.lines()).contains("Donaudampfschifffahrtsgesellschaft");
        assertThat(fitted.lines()).allSatisfy(line ->
                assertThat(TextFitter.advance(line, german, fitted.sizePx())).isLessThanOrEqualTo(600));
    }

    @Test
    void aCompoundTooLongEvenAtTheMinimumIsBrokenOrFlaggedNeverWiderThanTheZone() {
        TextStyle german = TextStyle.of(font, "de-DE");
        String text = "Rindfleischetikettierungsüberwachungsaufgabenübertragungsgesetz";

        FittedText fitted = fitter.fit(text, german, 400, 300, 3, 30, 80);

        assertThat(fitted.splitsWords() || fitted.overflow()).isTrue();
        assertThat(fitted.lines()).allSatisfy(line ->
                assertThat(TextFitter.advance(line, german, fitted.sizePx())).isLessThanOrEqualTo(400));
        assertThat(String.join("", fitted.lines())).isEqualTo(text);
    }

    @Test
    void breaksJapaneseWithoutSpacesAndNeverBeforeClosingPunctuation() {
        TextStyle japanese = TextStyle.of(font, "ja-JP");
        String text = "夏じゅう、爽やかなライムの泡を。新しい味を、今すぐお試しください。";

        FittedText fitted = fitter.layout(text, japanese, 60, 500);

        assertThat(fitted.lines()).hasSizeGreaterThan(2);
        assertThat(String.join("", fitted.lines())).isEqualTo(text);
        assertThat(fitted.lines()).allSatisfy(line -> {
            assertThat(line).doesNotStartWith("。").doesNotStartWith("、");
            assertThat(TextFitter.advance(line, japanese, 60)).isLessThanOrEqualTo(500);
        });
        assertThat(fitted.splitsWords()).isFalse();
    }

    @Test
    void breaksChineseBetweenCharactersNeverBeforeTheFullStopOrComma() {
        TextStyle chinese = TextStyle.of(font, "zh-CN");
        String text = "清爽一夏，尽享青柠气泡水。立即购买，畅饮整个夏天。";

        FittedText fitted = fitter.layout(text, chinese, 64, 420);

        assertThat(fitted.lines()).hasSizeGreaterThan(2);
        assertThat(String.join("", fitted.lines())).isEqualTo(text);
        assertThat(fitted.lines()).allSatisfy(line -> assertThat(line).doesNotStartWith("。").doesNotStartWith("，"));
    }

    @Test
    void breaksThaiAtWordBoundaries() {
        TextStyle thai = TextStyle.of(font, "th-TH");
        List<String> words = List.of("สดชื่น", "ตลอด", "ฤดู", "ร้อน", "กับ", "น้ำ", "มะนาว", "โซดา");
        String text = String.join("", words);
        Set<Integer> wordEnds = new java.util.HashSet<>();
        int at = 0;
        for (String word : words) {
            at += word.length();
            wordEnds.add(at);
        }

        FittedText fitted = fitter.layout(text, thai, 60, 450);

        assertThat(fitted.lines()).hasSizeGreaterThan(1);
        assertThat(String.join("", fitted.lines())).isEqualTo(text);
        int end = 0;
        for (String line : fitted.lines()) {
            end += line.length();
            assertThat(wordEnds).as("line ends after a whole word: %s", line).contains(end);
        }
    }

    @Test
    void recordsTheFallbackFontForJapaneseInALatinKitFace() {
        Font comfortaa = AcmeKit.comfortaaBold();
        TextStyle style = TextStyle.of(comfortaa, "ja-JP");

        FittedText fitted = fitter.layout("Acme 夏の泡", style, 60, 1000);

        assertThat(fitted.runs()).extracting(TextRun::fontName)
                .containsExactly("Comfortaa Bold", "Noto Sans CJK JP Bold");
        assertThat(fitted.runs().get(1)).isEqualTo(new TextRun(0, 5, 8, "Noto Sans CJK JP Bold"));
    }

    @Test
    void everyCharacterOfEveryLineIsInARunWhoseFontHasItsGlyph() {
        Font comfortaa = AcmeKit.comfortaaBold();
        String[][] copies = {
                {"ar-SA", "انتعش طوال الصيف مع أكمي 330 مل"},
                {"he-IL", "רעננות כל הקיץ עם Acme"},
                {"ja-JP", "夏じゅう、爽やかなライムの泡を。"},
                {"zh-CN", "清爽一夏，尽享青柠气泡水。"},
                {"th-TH", "สดชื่นตลอดฤดูร้อนกับน้ำมะนาวโซดา"},
                {"hi-IN", "गर्मियों में ताज़गी का नया स्वाद"},
                {"el-GR", "Δροσιά όλο το καλοκαίρι"},
                {"ru-RU", "Свежесть всё лето"},
                {"de-DE", "Spritzige Limettenerfrischung für Sommerabende ✓"}};
        for (String[] copy : copies) {
            TextStyle style = new TextStyle(comfortaa, FontChain.standard(), java.util.Locale.forLanguageTag(copy[0]),
                    TextDirection.of(copy[0], copy[1]));

            FittedText fitted = fitter.layout(copy[1], style, 60, 500);

            for (int line = 0; line < fitted.lines().size(); line++) {
                String text = fitted.lines().get(line);
                int covered = 0;
                for (TextRun run : runsOf(fitted, line)) {
                    assertThat(run.start()).as("%s: runs are contiguous", copy[0]).isEqualTo(covered);
                    Font drawnIn = "Comfortaa Bold".equals(run.fontName()) ? comfortaa
                            : FontChain.standard().named(run.fontName(), true).orElseThrow();
                    text.substring(run.start(), run.end()).codePoints().filter(FontChain::needsGlyph).forEach(cp ->
                            assertThat(drawnIn.canDisplay(cp)).as("%s: U+%04X in %s", copy[0], cp, run.fontName())
                                    .isTrue());
                    covered = run.end();
                }
                assertThat(covered).as("%s: runs cover line %d", copy[0], line).isEqualTo(text.length());
            }
        }
    }

    @Test
    void linesAreSpacedSoStackedMarksDoNotCollide() {
        TextStyle thai = TextStyle.of(AcmeKit.comfortaaBold(), "th-TH");

        FittedText fitted = fitter.layout("ปั้ม ญี่ปุ่น ฤดูร้อน น้ำมะนาวโซดา สดชื่น", thai, 60, 320);

        assertThat(fitted.lines()).hasSizeGreaterThan(1);
        java.awt.geom.Rectangle2D first = StyledLine.layout(fitted.lines().get(0), spansOf(thai, fitted.lines().get(0)),
                60, TextDirection.LEFT_TO_RIGHT).getBounds();
        java.awt.geom.Rectangle2D second = StyledLine.layout(fitted.lines().get(1), spansOf(thai, fitted.lines().get(1)),
                60, TextDirection.LEFT_TO_RIGHT).getBounds();
        assertThat(first.getMaxY()).as("first line's ink ends above the second's").isLessThan(fitted.lineHeight() + second.getY());
    }

    private static List<FontSpan> spansOf(TextStyle style, String line) {
        return style.fallback().spans(line, style.face(), style.locale());
    }

    private static List<TextRun> runsOf(FittedText fitted, int line) {
        return fitted.runs().stream().filter(run -> run.line() == line).toList();
    }
}
