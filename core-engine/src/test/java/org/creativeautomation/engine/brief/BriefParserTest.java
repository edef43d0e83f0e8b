package org.creativeautomation.engine.brief;

import org.creativeautomation.engine.compose.Ratio;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class BriefParserTest {
    @TempDir
    Path dir;

    private BriefFolder folder;
    private final BriefParser parser = new BriefParser();

    @BeforeEach
    void createFolder() {
        folder = new BriefFolder(dir);
    }

    @Test
    void parsesEveryFieldOfAValidYamlBrief() {
        Path file = folder.write("brief.yaml", BriefFolder.VALID_YAML);

        Brief brief = parser.parse(file);

        assertThat(brief.source()).isEqualTo(file);
        assertThat(brief.campaign()).isEqualTo("summer-splash-2026");
        assertThat(brief.name()).isEqualTo("Summer Splash 2026");
        assertThat(brief.brand()).isEqualTo("acme");
        assertThat(brief.market()).isEqualTo(new Market("US", List.of("en-US", "es-US")));
        assertThat(brief.audience()).isEqualTo("Active adults 25-40 who love the outdoors");
        assertThat(brief.message().byLocale()).containsExactly(
                Map.entry("en-US", "Stay fresh all summer"), Map.entry("es-US", "Frescura todo el verano"));
        assertThat(brief.cta().byLocale()).containsExactly(Map.entry("en-US", "Shop now"), Map.entry("es-US", "Compra ya"));
        assertThat(brief.disclaimer().byLocale()).containsExactly(
                Map.entry("en-US", "Contains natural flavours."), Map.entry("es-US", "Contains natural flavours."));
        assertThat(brief.ratios()).containsExactly(Ratio.SQUARE, Ratio.STORY, Ratio.LANDSCAPE);
        assertThat(brief.products()).containsExactly(
                new Product("sparkling-water", "Acme Sparkling Water", "Crisp lime-flavoured sparkling water",
                        List.of(dir.resolve("assets/sparkling-water.jpg"))),
                new Product("energy-bar", "Acme Energy Bar", null, List.of(dir.resolve("assets/energy-bar.png"))));
    }

    @Test
    void parsesAJsonBriefToTheSameBriefAsTheEquivalentYaml() {
        Brief fromYaml = parser.parse(folder.write("brief.yaml", BriefFolder.VALID_YAML));
        Brief fromJson = parser.parse(folder.write("brief.json", BriefFolder.VALID_JSON));

        assertThat(fromJson.source()).isEqualTo(dir.resolve("brief.json"));
        assertThat(withoutSource(fromJson)).isEqualTo(withoutSource(fromYaml));
    }

    @Test
    void readsTheYmlExtensionAsYaml() {
        Brief brief = parser.parse(folder.write("brief.yml", BriefFolder.VALID_YAML));

        assertThat(brief.campaign()).isEqualTo("summer-splash-2026");
    }

    @Test
    void producesAllFiveRatiosWhenTheBriefNamesNone() {
        Brief brief = parser.parse(folder.briefWithout("ratios: [\"1:1\", \"9:16\", \"16:9\"]"));

        assertThat(brief.ratios()).containsExactly(Ratio.values());
    }

    @Test
    void keepsRatiosInTheOrderTheBriefGivesThem() {
        Brief brief = parser.parse(folder.briefWith("ratios: [\"1:1\", \"9:16\", \"16:9\"]", "ratios: [2:1, 4:5, 1:1]"));

        assertThat(brief.ratios()).containsExactly(Ratio.BANNER, Ratio.PORTRAIT, Ratio.SQUARE);
    }

    @Test
    void expandsASingleStringMessageToEveryLocale() {
        Brief brief = parser.parse(folder.write("brief.yaml", BriefFolder.VALID_YAML.replace("""
                message:
                  en-US: Stay fresh all summer
                  es-US: Frescura todo el verano
                """, "message: Stay fresh\n")));

        assertThat(brief.message()).isEqualTo(new LocalizedText(Map.of("en-US", "Stay fresh", "es-US", "Stay fresh")));
        assertThat(brief.message().byLocale().keySet()).containsExactly("en-US", "es-US");
    }

    @Test
    void leavesNameCtaAndDisclaimerNullWhenAbsent() {
        Path file = folder.write("brief.yaml", BriefFolder.VALID_YAML
                .replace("name: Summer Splash 2026\n", "")
                .replace("cta: { en-US: Shop now, es-US: Compra ya }\n", "")
                .replace("disclaimer: Contains natural flavours.\n", ""));

        Brief brief = parser.parse(file);

        assertThat(brief.name()).isNull();
        assertThat(brief.cta()).isNull();
        assertThat(brief.disclaimer()).isNull();
        assertThat(brief.displayName()).isEqualTo("summer-splash-2026");
    }

    @Test
    void treatsAnOptionalFieldLeftEmptyAsAbsent() {
        Brief brief = parser.parse(folder.briefWith("cta: { en-US: Shop now, es-US: Compra ya }", "cta:"));

        assertThat(brief.cta()).isNull();
    }

    @Test
    void givesAProductWithoutAssetsAnEmptyAssetList() {
        Brief brief = parser.parse(folder.briefWithout("    assets: [assets/energy-bar.png]"));

        assertThat(brief.products().get(1).assets()).isEmpty();
    }

    @Test
    void resolvesAssetPathsToAbsoluteNormalizedPaths() {
        Brief brief = parser.parse(folder.briefWith("    assets: [assets/energy-bar.png]",
                "    assets: [./assets/../assets/energy-bar.png]"));

        Path asset = brief.products().get(1).assets().get(0);
        assertThat(asset.isAbsolute()).isTrue();
        assertThat(asset).isEqualTo(dir.toAbsolutePath().normalize().resolve("assets/energy-bar.png"));
    }

    @Test
    void acceptsAnAbsoluteAssetPathInsideTheBriefsFolder() {
        Path absolute = dir.resolve("assets/energy-bar.png").toAbsolutePath();
        Brief brief = parser.parse(folder.briefWith("    assets: [assets/energy-bar.png]",
                "    assets: [\"" + absolute + "\"]"));

        assertThat(brief.products().get(1).assets()).containsExactly(absolute);
    }

    @Test
    void recognisesImagesByContentNotByExtension() {
        folder.png("assets/really-a-png.jpg");

        Brief brief = parser.parse(folder.briefWith("    assets: [assets/energy-bar.png]",
                "    assets: [assets/really-a-png.jpg]"));

        assertThat(brief.products().get(1).assets()).containsExactly(dir.resolve("assets/really-a-png.jpg"));
    }

    @Test
    void readsTheRegionNoThatYamlTakesForABooleanAsNorway() {
        Brief brief = parser.parse(folder.briefWith("  region: US", "  region: NO"));

        assertThat(brief.market().region()).isEqualTo("NO");
    }

    @Test
    void matchesMessageLocalesIgnoringCaseAndKeepsTheMarketsSpelling() {
        Brief brief = parser.parse(folder.briefWith("  es-US: Frescura todo el verano", "  ES-us: Frescura todo el verano"));

        assertThat(brief.message().forLocale("es-US")).isEqualTo("Frescura todo el verano");
    }

    @Test
    void keepsTheBriefPathAsGivenInProblems() {
        Path absolute = folder.briefWith("campaign: summer-splash-2026", "campaign: Summer");
        Path relative = Path.of("").toAbsolutePath().relativize(absolute);

        BriefException e = catchThrowableOfType(BriefException.class, () -> parser.parse(relative));

        assertThat(relative.isAbsolute()).isFalse();
        assertThat(e.lines()).containsExactly(
                relative + ":1:11 campaign: \"Summer\" is not a valid id (lowercase letters, digits and '-')");
    }

    private static Brief withoutSource(Brief b) {
        return new Brief(null, b.campaign(), b.name(), b.brand(), b.market(), b.audience(), b.message(), b.cta(),
                b.disclaimer(), b.ratios(), b.products());
    }
}
