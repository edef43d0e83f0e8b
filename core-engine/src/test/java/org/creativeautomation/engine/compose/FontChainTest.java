package org.creativeautomation.engine.compose;

import org.junit.jupiter.api.Test;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class FontChainTest {
    private final FontChain chain = FontChain.standard();

    @Test
    void japaneseInALatinFaceIsSetInTheJapaneseFallback() {
        Font comfortaa = AcmeKit.comfortaaBold();

        List<FontSpan> spans = chain.spans("Fresh 夏の泡", comfortaa, Locale.JAPAN);

        assertThat(spans).extracting(s -> s.start() + "-" + s.end() + " " + s.font().getFontName(Locale.ROOT))
                .containsExactly("0-6 Comfortaa Bold", "6-9 Noto Sans CJK JP Bold");
    }

    @Test
    void chineseCopyGetsTheSimplifiedChineseFormsOfHanCharacters() {
        Font comfortaa = AcmeKit.comfortaaBold();

        List<FontSpan> spans = chain.spans("清爽一夏", comfortaa, Locale.forLanguageTag("zh-CN"));

        assertThat(spans).singleElement().extracting(s -> s.font().getFontName(Locale.ROOT))
                .isEqualTo("Noto Sans CJK SC Bold");
    }

    @Test
    void aRegularKitFaceGetsTheRegularWeightOfTheFallback() {
        Font quicksand = AcmeKit.quicksandMedium();

        List<FontSpan> spans = chain.spans("Купить", quicksand, Locale.forLanguageTag("ru"));

        assertThat(spans).singleElement().satisfies(s -> {
            assertThat(s.font().getFamily(Locale.ROOT)).isEqualTo("Noto Sans");
            assertThat(FontChain.isHeavy(s.font())).isFalse();
        });
    }

    @Test
    void spacesBetweenWordsOfAFallbackScriptStayInTheirRunSoTheSentenceIsShapedWhole() {
        Font comfortaa = AcmeKit.comfortaaBold();
        String arabic = "انتعش طوال الصيف";

        List<FontSpan> spans = chain.spans(arabic, comfortaa, Locale.forLanguageTag("ar"));

        assertThat(spans).singleElement().satisfies(s -> {
            assertThat(s.end() - s.start()).isEqualTo(arabic.length());
            assertThat(s.font().getFontName(Locale.ROOT)).isEqualTo("Noto Sans Arabic Bold");
        });
    }

    @Test
    void digitsAndLatinInArabicCopyStayInTheKitFace() {
        Font comfortaa = AcmeKit.comfortaaBold();

        List<FontSpan> spans = chain.spans("خصم 50% على Acme", comfortaa, Locale.forLanguageTag("ar"));

        assertThat(spans).extracting(s -> s.font().getFontName(Locale.ROOT))
                .containsExactly("Noto Sans Arabic Bold", "Comfortaa Bold", "Noto Sans Arabic Bold", "Comfortaa Bold");
    }

    @Test
    void aCombiningMarkTheFaceLacksTakesItsBaseLetterToTheFallback() {
        Font comfortaa = AcmeKit.comfortaaBold();
        assertThat(comfortaa.canDisplay('\u032D')).as("precondition: no combining circumflex below").isFalse();

        List<FontSpan> spans = chain.spans("bar b\u032D", comfortaa, Locale.ROOT);

        assertThat(spans).extracting(s -> s.start() + "-" + s.end()).containsExactly("0-4", "4-6");
        assertThat(spans.get(1).font().canDisplay('\u032D')).isTrue();
    }

    @Test
    void aCharacterNoFallbackHasIsLeftUndrawableAndReported() {
        Font comfortaa = AcmeKit.comfortaaBold();

        assertThat(chain.undrawable(comfortaa, "Fresh \uE000 夏 \uDBFF\uDFFD", Locale.ROOT))
                .containsExactly(0xE000, 0x10FFFD);
    }

    @Test
    void aGlyphFromTheFallbackIsDrawnNotABox() {
        Font comfortaa = AcmeKit.comfortaaBold();
        String text = "夏";
        List<FontSpan> spans = chain.spans(text, comfortaa, Locale.JAPAN);

        BufferedImage drawn = draw(StyledLine.layout(text, spans, 60, TextDirection.LEFT_TO_RIGHT));
        BufferedImage box = draw(StyledLine.layout(text, List.of(new FontSpan(0, 1, comfortaa)), 60,
                TextDirection.LEFT_TO_RIGHT));

        // 夏 has ten strokes: far more ink than the outline of the kit face's empty box
        assertThat(ink(drawn)).isGreaterThan(ink(box) * 3 / 2);
    }

    @Test
    void readsAChainFileAndSkipsFamiliesThatAreNotInstalled() throws Exception {
        String yaml = """
                chain:
                  - No Such Family Anywhere
                  - DejaVu Sans
                languages:
                  ja: [Also Not Installed]
                """;
        FontChain read = FontChain.read(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)));

        assertThat(read.fallbacks(Locale.JAPAN, false)).extracting(f -> f.getFamily(Locale.ROOT))
                .containsExactly("DejaVu Sans");
    }

    @Test
    void languagePreferencesComeBeforeTheChain() {
        FontChain korean = new FontChain(List.of("Noto Sans CJK JP", "Noto Sans CJK KR"),
                Map.of("ko", List.of("Noto Sans CJK KR")));

        assertThat(korean.fallbacks(Locale.KOREA, false)).extracting(f -> f.getFamily(Locale.ROOT))
                .containsExactly("Noto Sans CJK KR", "Noto Sans CJK JP");
        assertThat(korean.fallbacks(Locale.JAPAN, false)).extracting(f -> f.getFamily(Locale.ROOT))
                .containsExactly("Noto Sans CJK JP", "Noto Sans CJK KR");
    }

    @Test
    void namesTheRecordedFallbackFaceBackToTheFontThatSetIt() {
        Font comfortaa = AcmeKit.comfortaaBold();
        Font used = chain.spans("夏", comfortaa, Locale.JAPAN).get(0).font();

        assertThat(chain.named(used.getFontName(Locale.ROOT), true)).contains(used);
    }

    private static BufferedImage draw(java.awt.font.TextLayout layout) {
        BufferedImage image = new BufferedImage(100, 100, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        layout.draw(g, 10, 75);
        g.dispose();
        return image;
    }

    private static int ink(BufferedImage image) {
        int n = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                n += (image.getRGB(x, y) & 0xff) > 128 ? 1 : 0;
            }
        }
        return n;
    }
}
