package org.creativeautomation.engine.comply.brand;

import org.creativeautomation.engine.brand.Corner;
import org.creativeautomation.engine.compose.Box;
import org.creativeautomation.engine.compose.LogoImages;
import org.creativeautomation.engine.compose.LogoPlacement;
import org.creativeautomation.engine.compose.Layout;
import org.creativeautomation.engine.compose.Ratio;
import org.creativeautomation.engine.compose.Scrim;
import org.creativeautomation.engine.compose.ScrimEdge;
import org.creativeautomation.engine.comply.CheckId;
import org.creativeautomation.engine.comply.CreativeUnderCheck;
import org.creativeautomation.engine.comply.Finding;
import org.creativeautomation.engine.comply.Severity;
import org.junit.jupiter.api.Test;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class LogoPresenceCheckTest {
    private final LogoPresenceCheck check = new LogoPresenceCheck();

    @Test
    void findsTheLogoWhereTheLayoutPutIt() {
        BrandCreatives.Creative creative = BrandCreatives.render(BrandCreatives.ACME, Ratio.STORY);

        LogoSearch search = new LogoFinder().find(creative.underCheck());

        assertThat(search.found()).isTrue();
        assertThat(search.best().score()).isGreaterThan(0.95);
        assertThat(search.best().box()).isEqualTo(creative.layout().logo().box());
        assertThat(check.check(creative.underCheck())).isEmpty();
    }

    @Test
    void findsTheLogoInThePixelsAloneWhenThereIsNoLayout() {
        BrandCreatives.Creative creative = BrandCreatives.render(BrandCreatives.STRIDE, Ratio.SQUARE);

        LogoSearch search = new LogoFinder().find(creative.pixelsOnly());

        assertThat(search.found()).isTrue();
        assertThat(search.best().variant()).isEqualTo(creative.layout().logo().variant());
        assertThat(Math.abs(search.best().box().x() - creative.layout().logo().box().x())).isLessThan(12);
        assertThat(Math.abs(search.best().box().width() - creative.layout().logo().box().width())).isLessThan(16);
        assertThat(check.check(creative.pixelsOnly())).isEmpty();
    }

    @Test
    void findsALogoDrawnRightAtTheCanvasEdge() {
        BrandCreatives.Creative creative = BrandCreatives.render(BrandCreatives.STRIDE, Ratio.SQUARE);
        LogoPlacement logo = creative.layout().logo();
        Box edge = new Box(5, 7, logo.box().width(), logo.box().height());
        BrandCreatives.Creative moved = creative.rerender(
                LayoutEdits.withLogo(creative.layout(), LayoutEdits.logoAt(logo, Corner.TOP_LEFT, edge)));

        LogoSearch search = new LogoFinder().find(moved.underCheck());

        assertThat(search.found()).isTrue();
        assertThat(search.best().box()).isEqualTo(edge);
    }

    @Test
    void logoPaintedOverIsMissing() {
        BrandCreatives.Creative creative = BrandCreatives.render(BrandCreatives.ACME, Ratio.SQUARE);
        CreativeUnderCheck painted = creative
                .withPixels(LayoutEdits.paintedOver(creative.pixels(), creative.layout().logo().box()))
                .underCheck();

        List<Finding> findings = check.check(painted);

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.check()).isEqualTo(CheckId.LOGO_MISSING);
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.measured()).startsWith("best match 0.");
            assertThat(f.expected()).isEqualTo("match >= 0.80, logo contrast >= 0.14, opacity >= 50%");
        });
    }

    @Test
    void logoPaintedOverIsMissingFromPixelsAlone() {
        BrandCreatives.Creative creative = BrandCreatives.render(BrandCreatives.STRIDE, Ratio.PORTRAIT);
        CreativeUnderCheck painted = creative
                .withPixels(LayoutEdits.paintedOver(creative.pixels(), creative.layout().logo().box()))
                .pixelsOnly();

        assertThat(check.check(painted)).extracting(Finding::check).containsExactly(CheckId.LOGO_MISSING);
    }

    @Test
    void logoDrawnAtFifteenPercentOpacityIsTooFaintToCount() {
        BrandCreatives.Creative creative = BrandCreatives.render(BrandCreatives.STRIDE, Ratio.STORY);
        LogoImages kit = creative.kit().logos();
        BrandCreatives.Creative faint = creative.drawnWith(
                new LogoImages(LayoutEdits.faded(kit.light(), 0.15), LayoutEdits.faded(kit.dark(), 0.15)));

        List<Finding> findings = check.check(faint.underCheck());

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.check()).isEqualTo(CheckId.LOGO_MISSING);
            assertThat(f.message()).contains("too faint");
            assertThat(f.measured()).matches("best match (0\\.9\\d|1\\.00) \\(dark logo at 216 px wide\\), logo contrast 0\\.\\d\\d, opacity 1\\d%");
            assertThat(f.box()).isEqualTo(creative.layout().logo().box());
        });
    }

    @Test
    void darkLogoOnADarkScrimIsNotVisible() {
        // Stride's logo on a solid band of its near-black primary: the light variant belongs there,
        // and the dark one vanishes.
        BrandCreatives.Creative creative = BrandCreatives.render(BrandCreatives.STRIDE, BrandCreatives.WATER_PHOTO,
                Ratio.LANDSCAPE, BrandCreatives.TRAIL_EN);
        Layout layout = creative.layout();
        Box logo = layout.logo().box();
        int bandTop = logo.y() - 40;
        Scrim band = new Scrim(new Box(0, bandTop, layout.width(), layout.height() - bandTop), ScrimEdge.BOTTOM,
                bandTop, creative.kit().kit().colors().primary(), 1.0);
        Layout onBand = LayoutEdits.withScrim(layout, band);
        BrandCreatives.Creative light = creative.rerender(LayoutEdits.withLogo(onBand,
                LayoutEdits.withVariant(layout.logo(), "light")));
        BrandCreatives.Creative dark = creative.rerender(LayoutEdits.withLogo(onBand,
                LayoutEdits.withVariant(layout.logo(), "dark")));

        assertThat(check.check(light.underCheck())).isEmpty();
        assertThat(check.check(dark.underCheck())).extracting(Finding::check).containsExactly(CheckId.LOGO_MISSING);
    }

    @Test
    void fullyTransparentKitLogoIsReportedAsBlank() {
        BrandCreatives.Creative creative = BrandCreatives.render(BrandCreatives.ACME, Ratio.SQUARE);
        LogoImages blankLight = new LogoImages(new BufferedImage(400, 120, BufferedImage.TYPE_INT_ARGB),
                creative.kit().logos().dark());

        List<Finding> findings = check.check(withLogos(creative, blankLight));

        assertThat(findings).filteredOn(f -> f.message().contains("light logo"))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.check()).isEqualTo(CheckId.LOGO_MISSING);
                    assertThat(f.severity()).isEqualTo(Severity.ERROR);
                    assertThat(f.message()).contains("logo/logo-light.png").contains("fully transparent");
                });
    }

    @Test
    void kitLogoOfOneFlatColourIsReportedAsBlank() {
        BrandCreatives.Creative creative = BrandCreatives.render(BrandCreatives.ACME, Ratio.SQUARE);
        BufferedImage plate = new BufferedImage(400, 120, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = plate.createGraphics();
        g.setColor(new Color(10, 126, 140));
        g.fillRect(0, 0, 400, 120);
        g.dispose();

        List<Finding> findings = check.check(withLogos(creative, new LogoImages(creative.kit().logos().light(), plate)));

        assertThat(findings).anySatisfy(f -> assertThat(f.message())
                .contains("dark logo").contains("one flat colour"));
    }

    private static CreativeUnderCheck withLogos(BrandCreatives.Creative creative, LogoImages logos) {
        return new CreativeUnderCheck(creative.pixels(), creative.layout(), null, creative.kit().kit(), logos, null, null);
    }
}
