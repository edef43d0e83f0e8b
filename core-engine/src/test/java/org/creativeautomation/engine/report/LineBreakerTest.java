package org.creativeautomation.engine.report;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class LineBreakerTest {
    private PDDocument document;
    private ProofFonts fonts;
    private LineBreaker breaker;
    private PDFont font;

    @BeforeEach
    void loadFonts() throws IOException {
        document = new PDDocument();
        fonts = ProofFonts.load(document);
        breaker = new LineBreaker(fonts);
        font = fonts.regular();
    }

    @AfterEach
    void close() throws IOException {
        document.close();
    }

    @Test
    void breaksAtSpacesSoEveryLineFitsTheWidth() {
        String text = "Headline contrast is below the brand minimum on the dark scrim of the story format";

        List<String> lines = breaker.lines(text, font, 10, 120);

        assertThat(lines).hasSizeGreaterThan(2);
        assertThat(lines).allSatisfy(line -> assertThat(fonts.width(font, line, 10)).isLessThanOrEqualTo(120));
        assertThat(String.join(" ", lines)).isEqualTo(text);
    }

    @Test
    void cutsAWordThatIsWiderThanTheLineOnItsOwn() {
        String word = "https://example.com/a/very/long/path/that/never/ends/with/a/space";

        List<String> lines = breaker.lines("see " + word, font, 10, 80);

        assertThat(lines).allSatisfy(line -> assertThat(fonts.width(font, line, 10)).isLessThanOrEqualTo(80));
        assertThat(String.join("", lines.subList(1, lines.size()))).isEqualTo(word);
    }

    @Test
    void shortensASingleLineWithAnEllipsisOnlyWhenItIsTooWide() {
        assertThat(breaker.ellipsized("Short", font, 10, 100)).isEqualTo("Short");

        String cut = breaker.ellipsized("Cold-Pressed Orange Juice with Extra Pulp", font, 10, 90);

        assertThat(cut).startsWith("Cold-Pressed").endsWith("…");
        assertThat(fonts.width(font, cut, 10)).isLessThanOrEqualTo(90);
    }

    @Test
    void keepsAccentsAndSymbolsAndReplacesWhatTheFontCannotDraw() {
        assertThat(fonts.printable(font, "Crème — süß ✓\n漢\u200Bx")).isEqualTo("Crème — süß ✓ ?x");
    }
}
