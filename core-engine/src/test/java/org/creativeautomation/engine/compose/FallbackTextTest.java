package org.creativeautomation.engine.compose;

import org.junit.jupiter.api.Test;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.font.TextAttribute;
import java.awt.image.BufferedImage;
import java.text.AttributedCharacterIterator;
import java.text.AttributedString;

import static org.assertj.core.api.Assertions.assertThat;

class FallbackTextTest {
    /** A font that has Latin glyphs but no check mark: a kit font loaded from the repository. */
    private static Font kitFont() throws Exception {
        java.nio.file.Path root = java.nio.file.Path.of("").toAbsolutePath();
        while (!java.nio.file.Files.isDirectory(root.resolve("brand-kits"))) {
            root = root.getParent();
        }
        return Font.createFont(Font.TRUETYPE_FONT,
                root.resolve("brand-kits/acme-beverages/fonts/Comfortaa-Bold.ttf").toFile()).deriveFont(40f);
    }

    @Test
    void charactersTheKitFontLacksAreSetInTheFallback() throws Exception {
        Font kit = kitFont();
        String text = "Fresh \u2713";
        assertThat(kit.canDisplay('\u2713')).as("precondition: kit font lacks the check mark").isFalse();

        AttributedString styled = FallbackText.styled(text, kit);

        AttributedCharacterIterator it = styled.getIterator();
        it.setIndex(0);
        assertThat(((Font) it.getAttribute(TextAttribute.FONT)).getFontName()).isEqualTo(kit.getFontName());
        it.setIndex(6);
        Font fallback = (Font) it.getAttribute(TextAttribute.FONT);
        assertThat(fallback.getFontName()).isNotEqualTo(kit.getFontName());
        assertThat(fallback.canDisplay('\u2713')).isTrue();
        assertThat(fallback.isBold()).as("bold kit face gets a bold fallback").isTrue();
    }

    @Test
    void fallbackGlyphIsDrawnNotABox() throws Exception {
        Font kit = kitFont();
        BufferedImage withFallback = draw(FallbackText.styled("\u2713", kit));
        BufferedImage kitOnly = draw(new AttributedString("\u2713", java.util.Map.of(TextAttribute.FONT, kit)));

        assertThat(inkOf(withFallback)).isGreaterThan(0);
        assertThat(inkOf(withFallback)).isNotEqualTo(inkOf(kitOnly));
        assertThat(FallbackText.advance(kit, "Fresh \u2713")).isGreaterThan(FallbackText.advance(kit, "Fresh "));
    }

    private static BufferedImage draw(AttributedString text) {
        BufferedImage image = new BufferedImage(80, 80, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.drawString(text.getIterator(), 10, 60);
        g.dispose();
        return image;
    }

    private static int inkOf(BufferedImage image) {
        int n = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                n += (image.getRGB(x, y) & 0xff) > 128 ? 1 : 0;
            }
        }
        return n;
    }
}
