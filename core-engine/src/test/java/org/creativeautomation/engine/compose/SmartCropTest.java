package org.creativeautomation.engine.compose;

import org.creativeautomation.engine.brand.ExtensionStyle;
import org.creativeautomation.engine.brand.LayoutTemplate;
import org.creativeautomation.engine.brand.LayoutTemplates;
import org.creativeautomation.engine.brand.RgbColor;
import org.creativeautomation.engine.brand.SafeArea;
import org.creativeautomation.engine.brand.TextZone;
import org.junit.jupiter.api.Test;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class SmartCropTest {
    private static final RgbColor KIT_COLOUR = RgbColor.parseHex("#F2FBFA");
    private final SmartCrop crop = new SmartCrop();

    private Framing frame(BufferedImage hero, Box subject, Ratio ratio, LayoutTemplate template) {
        return crop.frame(ReducedHero.of(hero), subject, ratio.width(), ratio.height(), template, KIT_COLOUR);
    }

    private Framing frame(GeneratedHeroes.Hero hero, Ratio ratio) {
        return frame(hero.image(), hero.subject(), ratio, LayoutTemplates.defaults().forRatio(ratio.label()));
    }

    /** A template that asks for no room beside the product, so the crop alone decides. */
    private static LayoutTemplate centred(Ratio ratio, ExtensionStyle extension) {
        return new LayoutTemplate(SafeArea.NONE, List.of(TextZone.BOTTOM), 6, extension);
    }

    @Test
    void centresAnOffCentreProductInANarrowCrop() {
        GeneratedHeroes.Hero hero = GeneratedHeroes.OFF_CENTRE.draw();

        CropWindow window = frame(hero.image(), hero.subject(), Ratio.STORY, centred(Ratio.STORY, ExtensionStyle.AUTO))
                .crop();

        double centre = hero.subject().x() + hero.subject().width() / 2.0;
        assertThat(window.x() + window.width() / 2).isCloseTo(centre, within(window.width() * 0.05));
    }

    @Test
    void aLongShadowDoesNotPullTheCropOffTheProduct() {
        GeneratedHeroes.Hero packshot = GeneratedHeroes.LONG_SHADOW.draw();
        // as the pipeline does for a photo that came without a product box
        Box estimated = new SubjectEstimator().estimate(packshot.image());

        CropWindow window = frame(packshot.image(), estimated, Ratio.STORY, centred(Ratio.STORY, ExtensionStyle.AUTO))
                .crop();

        Box product = packshot.subject();
        double centre = product.x() + product.width() / 2.0;
        assertThat(window.x()).isLessThanOrEqualTo(product.x());
        assertThat(window.right()).isGreaterThanOrEqualTo(product.right());
        // the shadow trails 1400 px to the right; a crop centred on product and shadow would sit far right
        assertThat(window.x() + window.width() / 2).isCloseTo(centre, within(window.width() * 0.08));
    }

    @Test
    void keepsHeadroomAboveAProductWhoseTopIsNearTheFrame() {
        BufferedImage photo = plain(2400, 1600);
        Graphics2D g = photo.createGraphics();
        g.setColor(new Color(40, 90, 160));
        g.fillRect(1000, 160, 400, 1200);
        g.dispose();
        Box product = new Box(1000, 160, 400, 1200);

        CropWindow window = frame(photo, product, Ratio.LANDSCAPE, centred(Ratio.LANDSCAPE, ExtensionStyle.AUTO)).crop();

        // 16:9 of a 3:2 photo leaves 250 px to place the window in; centring the product would cut its top
        assertThat(product.y() - window.y()).isGreaterThanOrEqualTo(Math.round(product.height() * SmartCrop.HEADROOM));
        assertThat(window.bottom()).isGreaterThanOrEqualTo(product.bottom());
    }

    @Test
    void extendsTheCanvasForAProductWiderThanTheRatioInsteadOfCuttingIt() {
        GeneratedHeroes.Hero wide = GeneratedHeroes.WIDE.draw();

        Framing framing = frame(wide, Ratio.STORY);

        CropWindow window = framing.crop();
        CanvasExtension extension = framing.extension();
        assertThat(window.x()).isLessThanOrEqualTo(wide.subject().x());
        assertThat(window.right()).isGreaterThanOrEqualTo(wide.subject().right());
        assertThat(window.width() / window.height()).isCloseTo(1080.0 / 1920, within(0.001));
        assertThat(extension.fill()).as("a plain studio sweep continues seamlessly").isEqualTo(ExtensionFill.BACKDROP);
        assertThat(extension.left() + extension.right()).isZero();
        // the text goes in the bottom band, so most of the new space goes there
        assertThat(extension.bottom()).isGreaterThan(extension.top());
        double scale = 1080 / window.width();
        assertThat(extension.top() + extension.bottom())
                .isCloseTo((int) Math.round((window.height() - 2000) * scale), within(2));
    }

    @Test
    void extendsWithABlurredPhotoWhereTheBackdropIsBusy() {
        GeneratedHeroes.Hero busy = GeneratedHeroes.BUSY.draw();
        Box wideProduct = new Box(100, 900, 1800, 300);

        Framing framing = frame(busy.image(), wideProduct, Ratio.STORY, centred(Ratio.STORY, ExtensionStyle.AUTO));

        assertThat(framing.extension().fill()).isEqualTo(ExtensionFill.BLUR);
    }

    @Test
    void extendsWithTheKitColourWhenTheKitAsksForIt() {
        GeneratedHeroes.Hero wide = GeneratedHeroes.WIDE.draw();

        Framing framing = frame(wide.image(), wide.subject(), Ratio.STORY, centred(Ratio.STORY, ExtensionStyle.COLOUR));

        assertThat(framing.extension().fill()).isEqualTo(ExtensionFill.COLOUR);
        assertThat(framing.extension().colour()).isEqualTo(KIT_COLOUR);
    }

    @Test
    void makesRoomForTheKitsPreferredColumnOnAPlainBackdrop() {
        GeneratedHeroes.Hero centred = GeneratedHeroes.CENTRED.draw();
        LayoutTemplate leftColumn = new LayoutTemplate(SafeArea.NONE, List.of(TextZone.LEFT), 6, ExtensionStyle.AUTO);

        CropWindow window = frame(centred.image(), centred.subject(), Ratio.LANDSCAPE, leftColumn).crop();

        // the left 42% of the canvas is free of the product
        double productLeft = (centred.subject().x() - window.x()) / window.width();
        assertThat(productLeft).isGreaterThanOrEqualTo(0.42);
    }

    @Test
    void fillsTheFrameByTheMapWhenTheProductIsUnknown() {
        GeneratedHeroes.Hero hero = GeneratedHeroes.OFF_CENTRE.draw();
        Box whole = new Box(0, 0, 2400, 1600);

        Framing framing = frame(hero.image(), whole, Ratio.STORY, LayoutTemplates.defaults().forRatio("9:16"));

        assertThat(framing.extension()).isEqualTo(CanvasExtension.NONE);
        assertThat(framing.crop().height()).isEqualTo(1600);
        assertThat(framing.crop().width()).isCloseTo(900, within(1e-6));
    }

    private static BufferedImage plain(int w, int h) {
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(238, 238, 236));
        g.fillRect(0, 0, w, h);
        g.dispose();
        return image;
    }
}
