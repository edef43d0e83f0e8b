package org.creativeautomation.engine.compose;

import org.creativeautomation.engine.brand.RgbColor;
import org.junit.jupiter.api.Test;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.font.TextLayout;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Lines are drawn as measured: shaped, in their direction, with each run in its font. */
class StyledLineTest {
    private static final RgbColor WHITE = new RgbColor(255, 255, 255);
    private final TextFitter fitter = new TextFitter(1.1);

    @Test
    void anArabicLinesFirstLogicalCharacterIsDrawnAtTheRightEnd() {
        TextLayout line = shaped("ar-SA", "مرحبا بالعالم");

        Rectangle2D first = line.getLogicalHighlightShape(0, 1).getBounds2D();
        Rectangle2D last = line.getLogicalHighlightShape(12, 13).getBounds2D();

        assertThat(first.getMaxX()).isCloseTo(line.getAdvance(), org.assertj.core.data.Offset.offset(1.0));
        assertThat(last.getMinX()).isLessThan(1.0);
    }

    @Test
    void digitsAndLatinInsideArabicKeepTheirOwnLeftToRightOrder() {
        String text = "خصم 2024 Acme";
        TextLayout line = shaped("ar-SA", text);

        Rectangle2D arabic = line.getLogicalHighlightShape(0, 3).getBounds2D();
        Rectangle2D two = line.getLogicalHighlightShape(4, 5).getBounds2D();
        Rectangle2D four = line.getLogicalHighlightShape(7, 8).getBounds2D();
        Rectangle2D latin = line.getLogicalHighlightShape(9, 13).getBounds2D();

        assertThat(two.getMinX()).as("2024 reads left to right").isLessThan(four.getMinX());
        assertThat(arabic.getMinX()).as("the Arabic word starts the line, on the right").isGreaterThan(four.getMaxX());
        assertThat(latin.getMaxX()).as("the Latin word, logically last, sits at the left end").isLessThanOrEqualTo(two.getMinX());
    }

    @Test
    void arabicLettersAreJoinedNotDrawnInTheirIsolatedForms() {
        TextLayout joined = shaped("ar-SA", "سلام");
        double isolated = 0;
        for (String letter : List.of("س", "ل", "ا", "م")) {
            isolated += shaped("ar-SA", letter).getAdvance();
        }

        // joined forms drop the isolated forms' tails and side bearings
        assertThat((double) joined.getAdvance()).isLessThan(isolated * 0.9);
    }

    @Test
    void rightToLeftLinesEndAtTheBlocksRightEdge() {
        Font face = AcmeKit.comfortaaBold();
        TypeFaces faces = new TypeFaces(face, face);
        CreativeCopy copy = new CreativeCopy("he-IL", "רעננות כל הקיץ עם לימון", null, null);
        FittedText fitted = fitter.layout(copy.message(), faces.style("headline", copy), 60, 420);
        TextBlock block = TextSheet.block("message", "headline", faces, fitted, WHITE, TextDirection.RIGHT_TO_LEFT,
                40, 560, 400);

        assertThat(block.lines()).hasSizeGreaterThan(1);
        for (int i = 0; i < block.lines().size(); i++) {
            StyledLine line = StyledLine.of(block, i, faces);
            assertThat(line.x() + line.layout().getAdvance()).isCloseTo(560f, org.assertj.core.data.Offset.offset(0.5f));
        }
        BufferedImage drawn = draw(block, faces, 600, 420);
        assertThat(rightmostInk(drawn)).isBetween(540, 560);
    }

    @Test
    void aBlockWithoutRecordedRunsIsDrawnLikeTheSolvedOne() {
        Font face = AcmeKit.comfortaaBold();
        TypeFaces faces = new TypeFaces(face, face);
        CreativeCopy copy = new CreativeCopy("ja-JP", "夏の泡 Acme", null, null);
        FittedText fitted = fitter.layout(copy.message(), faces.style("headline", copy), 60, 580);
        TextBlock solved = TextSheet.block("message", "headline", faces, fitted, WHITE, TextDirection.LEFT_TO_RIGHT,
                10, 590, 100);
        TextBlock handMade = new TextBlock(solved.role(), solved.lines(), solved.fontRole(), solved.fontFamily(),
                solved.sizePx(), WHITE, 1.0, solved.x(), solved.baselines(), solved.box());

        assertThat(solved.runs()).isNotEmpty();
        assertThat(pixels(draw(handMade, faces, 600, 120))).isEqualTo(pixels(draw(solved, faces, 600, 120)));
    }

    private TextLayout shaped(String languageTag, String text) {
        TextStyle style = new TextStyle(AcmeKit.comfortaaBold(), FontChain.standard(),
                java.util.Locale.forLanguageTag(languageTag), TextDirection.of(languageTag, text));
        return StyledLine.layout(text, style.fallback().spans(text, style.face(), style.locale()), 60,
                style.direction());
    }

    private static BufferedImage draw(TextBlock block, TypeFaces faces, int w, int h) {
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        for (int i = 0; i < block.lines().size(); i++) {
            StyledLine.of(block, i, faces).draw(g, 0, 0);
        }
        g.dispose();
        return image;
    }

    private static int rightmostInk(BufferedImage image) {
        for (int x = image.getWidth() - 1; x >= 0; x--) {
            for (int y = 0; y < image.getHeight(); y++) {
                if ((image.getRGB(x, y) & 0xff) > 128) {
                    return x;
                }
            }
        }
        return -1;
    }

    private static int[] pixels(BufferedImage image) {
        return image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
    }
}
