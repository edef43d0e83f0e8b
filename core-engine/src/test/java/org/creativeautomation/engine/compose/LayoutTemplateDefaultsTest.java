package org.creativeautomation.engine.compose;

import org.creativeautomation.engine.brand.ExtensionStyle;
import org.creativeautomation.engine.brand.LayoutTemplate;
import org.creativeautomation.engine.brand.LayoutTemplates;
import org.creativeautomation.engine.brand.TextZone;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The engine's default layout template for each ratio, read from its resource. */
class LayoutTemplateDefaultsTest {

    @ParameterizedTest
    @EnumSource(Ratio.class)
    void everyRatioHasADefaultTemplate(Ratio ratio) {
        LayoutTemplate template = LayoutTemplates.defaults().forRatio(ratio.label());

        assertThat(template.zones()).isNotEmpty();
        assertThat(template.marginPercent()).isPositive();
        assertThat(template.extension()).isEqualTo(ExtensionStyle.AUTO);
    }

    @Test
    void storiesKeepTheTopFourteenAndBottomTwentyPercentFree() {
        assertThat(SafeZone.defaultFor(Ratio.STORY)).isEqualTo(new SafeZone(0.14, 0.20, 0, 0));
        assertThat(SafeZone.defaultFor(Ratio.STORY).visible(1080, 1920)).isEqualTo(new Box(0, 269, 1080, 1267));
    }

    @Test
    void wideRatiosPreferAColumnBesideTheProduct() {
        assertThat(LayoutTemplates.defaults().forRatio("16:9").zones().get(0)).isEqualTo(TextZone.LEFT);
        assertThat(LayoutTemplates.defaults().forRatio("2x1").zones().get(0)).isEqualTo(TextZone.LEFT);
    }

    @Test
    void knowsExactlyTheRatiosTheStudioMakes() {
        assertThat(LayoutTemplates.defaults().ratios()).containsExactlyElementsOf(Ratio.labels());
    }
}
