package org.creativeautomation.engine.brand;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A kit's optional {@code templates:} and {@code grading:} sections, over the engine's defaults. */
class BrandKitTemplatesTest {
    /** The fixture kit's last line; sections appended after it start at line 28. */
    private static final String LAST_LINE = "    US: \"Contains caffeine.\"\n";

    @TempDir
    Path tempDir;

    private EditableKit withSections(String yaml) {
        return EditableKit.copyOfAcme(tempDir).replace(LAST_LINE, LAST_LINE + yaml);
    }

    @Test
    void keepsTheEngineDefaultsWhenTheKitSaysNothing() {
        BrandKit kit = EditableKit.copyOfAcme(tempDir).load();

        assertThat(kit.templates()).isEqualTo(LayoutTemplates.defaults());
        assertThat(kit.grading()).isEqualTo(Grading.OFF);
    }

    @Test
    void changesOnlyTheFieldsATemplateStates() {
        BrandKit kit = withSections("""
                templates:
                  "9:16":
                    zones: [top, bottom, calm]
                  2x1:
                    safeZone: {left: 0.1}
                    marginPercent: 8
                    extension: colour
                grading:
                  strength: 0.25
                """).load();

        LayoutTemplate story = kit.templates().forRatio("9:16");
        LayoutTemplate banner = kit.templates().forRatio("2:1");
        LayoutTemplate defaultBanner = LayoutTemplates.defaults().forRatio("2:1");
        assertThat(story.zones()).containsExactly(TextZone.TOP, TextZone.BOTTOM, TextZone.CALM);
        assertThat(story.safeZone()).isEqualTo(new SafeArea(0.14, 0.20, 0, 0));
        assertThat(banner.safeZone()).isEqualTo(new SafeArea(0, 0, 0.1, 0));
        assertThat(banner.marginPercent()).isEqualTo(8);
        assertThat(banner.extension()).isEqualTo(ExtensionStyle.COLOUR);
        assertThat(banner.zones()).isEqualTo(defaultBanner.zones());
        assertThat(kit.templates().forRatio("1:1")).isEqualTo(LayoutTemplates.defaults().forRatio("1:1"));
        assertThat(kit.grading()).isEqualTo(new Grading(0.25));
    }

    @Test
    void rejectsATemplateForARatioTheStudioDoesNotMake() {
        EditableKit kit = withSections("""
                templates:
                  "3:2":
                    zones: [top]
                """);

        assertThat(kit.problems()).containsExactly(kit.at(29, 3)
                + " templates.3:2: \"3:2\" is not a ratio the studio makes (1:1, 9:16, 16:9, 4:5 or 2:1)");
    }

    @Test
    void rejectsTwoTemplatesForOneRatio() {
        EditableKit kit = withSections("""
                templates:
                  "9:16":
                    zones: [top]
                  9x16:
                    marginPercent: 5
                """);

        assertThat(kit.problems()).containsExactly(kit.at(31, 3)
                + " templates.9x16: a second template for 9:16 (first given at line 29)");
    }

    @Test
    void suggestsTheZoneAMisspeltOneWasMeantToBe() {
        EditableKit kit = withSections("""
                templates:
                  "9:16":
                    zones: [botom, top, top]
                """);

        assertThat(kit.problems()).containsExactly(
                kit.at(30, 13) + " templates.9:16.zones[0]: \"botom\" is not a text zone (did you mean \"bottom\"?)",
                kit.at(30, 25) + " templates.9:16.zones[2]: duplicate zone \"top\" (first given at line 30)");
    }

    @Test
    void rejectsSafeBandsOutOfRangeOrLeavingTooLittleForText() {
        EditableKit kit = withSections("""
                templates:
                  "1:1":
                    safeZone: {top: 0.5}
                  "4:5":
                    safeZone: {top: 0.35, bottom: 0.3}
                """);

        assertThat(kit.problems()).containsExactly(
                kit.at(30, 21) + " templates.1:1.safeZone.top: 0.5 is out of range (0 to 0.4)",
                kit.at(32, 15) + " templates.4:5.safeZone: top and bottom cover 65% of the height together, which "
                        + "leaves too little for text (at most 60%)");
    }

    @Test
    void namesTheFieldsATemplateKnows() {
        EditableKit kit = withSections("""
                templates:
                  "1:1":
                    marginPercnt: 5
                    extension: stretch
                """);

        assertThat(kit.problems()).containsExactly(
                kit.at(30, 5) + " templates.1:1.marginPercnt: unknown field (did you mean \"marginPercent\"?)",
                kit.at(31, 16) + " templates.1:1.extension: \"stretch\" is not an extension style "
                        + "(one of auto, colour or blur)");
    }

    @Test
    void rejectsAGradingStrengthPastOne() {
        EditableKit kit = withSections("""
                grading:
                  strength: 1.5
                """);

        assertThat(kit.problems()).containsExactly(kit.at(29, 13) + " grading.strength: 1.5 is out of range (0 to 1)");
    }

    @Test
    void readsTheShippedKitsTemplates() {
        for (String id : List.of(ShippedKits.ACME, "stride-athletics")) {
            BrandKit kit = new BrandKitLoader().load(ShippedKits.kit(id));

            assertThat(kit.templates().ratios()).containsExactlyElementsOf(LayoutTemplates.defaults().ratios());
        }
    }
}
