package org.creativeautomation.engine.comply.predict;

import org.creativeautomation.engine.brand.RgbColor;
import org.creativeautomation.engine.comply.quality.PhotoEdits;
import org.creativeautomation.engine.compose.Box;
import org.creativeautomation.engine.compose.TextBlock;
import org.junit.jupiter.api.Test;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class MessageContrastTest {

    private static TextBlock message(RgbColor color, Box box) {
        return new TextBlock("message", List.of("Stay fresh"), "headline", "SansSerif", 80f, color, 1.0, box.x(),
                List.of(box.bottom() - 20), box);
    }

    private static BufferedImage textOn(Color background, Color text) {
        BufferedImage image = PhotoEdits.flat(1080, 1080, background);
        Graphics2D g = image.createGraphics();
        g.setColor(text);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 80));
        g.drawString("Stay fresh", 100, 600);
        g.dispose();
        return image;
    }

    @Test
    void measuresWhiteTextOnBlackAtTwentyOneToOne() {
        double ratio = MessageContrast.of(textOn(Color.BLACK, Color.WHITE),
                message(new RgbColor(255, 255, 255), new Box(90, 520, 500, 100)), 1080, 1080);

        assertThat(ratio).isCloseTo(21.0, within(1e-9));
    }

    @Test
    void readsTheBackgroundBehindTheTextNotTheGlyphs() {
        // #767676 on white is the classic 4.54:1
        double ratio = MessageContrast.of(textOn(Color.WHITE, new Color(0x76, 0x76, 0x76)),
                message(new RgbColor(0x76, 0x76, 0x76), new Box(90, 520, 500, 100)), 1080, 1080);

        assertThat(ratio).isCloseTo(4.54, within(0.01));
    }

    @Test
    void findsNoContrastWhereTheTextMatchesItsBackground() {
        double ratio = MessageContrast.of(textOn(new Color(120, 120, 120), new Color(124, 124, 124)),
                message(new RgbColor(124, 124, 124), new Box(90, 520, 500, 100)), 1080, 1080);

        assertThat(ratio).isLessThan(1.1);
    }
}
