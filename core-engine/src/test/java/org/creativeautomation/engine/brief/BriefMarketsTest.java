package org.creativeautomation.engine.brief;

import org.creativeautomation.engine.compose.Ratio;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A brief's markets: one or several, locales from the market data when left out, ratios from its platforms. */
class BriefMarketsTest {
    private static final String ONE_MARKET = "market:\n  region: US\n  locales: [en-US, es-US]\n";
    private static final String RATIOS = "ratios: [\"1:1\", \"9:16\", \"16:9\"]\n";

    @TempDir
    Path temp;
    private BriefFolder folder;

    @BeforeEach
    void setUp() {
        folder = new BriefFolder(temp);
    }

    private Path briefWithMarkets(String markets) {
        return folder.write("brief.yaml", BriefFolder.VALID_YAML.replace(ONE_MARKET, markets)
                .replace("message:\n  en-US: Stay fresh all summer\n  es-US: Frescura todo el verano\n",
                        "message:\n  en-US: Stay fresh all summer\n")
                .replace("cta: { en-US: Shop now, es-US: Compra ya }\n", "cta: { en-US: Shop now }\n"));
    }

    @Test
    void readsSeveralMarketsWithTheirLocalesInOrder() {
        Path file = briefWithMarkets("markets:\n  - {region: US, locales: [en-US, es-US]}\n"
                + "  - {region: DE, locales: [de-DE]}\n");

        Brief brief = new BriefParser().parse(file);

        assertThat(brief.markets()).containsExactly(new Market("US", List.of("en-US", "es-US")),
                new Market("DE", List.of("de-DE")));
        assertThat(brief.locales()).containsExactly("en-US", "es-US", "de-DE");
        assertThat(brief.regionOf("de-DE")).isEqualTo("DE");
        assertThat(brief.regionOf("es-US")).isEqualTo("US");
        assertThat(brief.market().region()).as("the first market is the home market").isEqualTo("US");
    }

    @Test
    void aMarketWithoutLocalesSpeaksTheLocalesOfItsRegionInTheMarketData() {
        Path file = briefWithMarkets("markets:\n  - {region: US, locales: [en-US]}\n  - {region: CH}\n");

        Brief brief = new BriefParser().parse(file);

        assertThat(brief.locales()).containsExactly("en-US", "de-CH", "fr-CH", "it-CH");
        assertThat(brief.regionOf("fr-CH")).isEqualTo("CH");
    }

    @Test
    void aRegionTheMarketDataDoesNotKnowNeedsItsLocales() {
        Path file = briefWithMarkets("markets:\n  - {region: US, locales: [en-US]}\n  - {region: GL}\n");

        assertThat(folder.problemsParsing(file)).containsExactly("brief.yaml:6:5 markets[1].locales: required field "
                + "is missing (the market data has no default locales for GL; list them, such as [en-US], the "
                + "default first)");
    }

    @Test
    void aLocaleBelongsToOneMarketOnly() {
        Path file = briefWithMarkets("markets:\n  - {region: US, locales: [en-US, es-US]}\n"
                + "  - {region: MX, locales: [es-US]}\n");

        assertThat(folder.problemsParsing(file)).containsExactly("brief.yaml:6:27 markets[1].locales: locale es-US is "
                + "already in markets[0] (a locale belongs to one market)");
    }

    @Test
    void marketAndMarketsTogetherAreRefused() {
        Path file = briefWithMarkets(ONE_MARKET + "markets:\n  - {region: DE}\n");

        assertThat(folder.problemsParsing(file)).containsExactly("brief.yaml:8:3 markets: give market or markets, not "
                + "both (markets is a list of markets such as [{region: US}, {region: DE}])");
    }

    @Test
    void anEmptyListOfMarketsIsRefused() {
        Path file = briefWithMarkets("markets: []\n");

        assertThat(folder.problemsParsing(file)).contains("brief.yaml:4:10 markets: no markets (at least one, such as "
                + "{region: US, locales: [en-US]})");
    }

    @Test
    void withoutRatiosTheBriefTakesTheRatiosOfItsMarketsPlatforms() {
        Path china = folder.write("brief.yaml", BriefFolder.VALID_YAML.replace(RATIOS, "")
                .replace(ONE_MARKET, "market:\n  region: CN\n  locales: [zh-CN]\n")
                .replace("message:\n  en-US: Stay fresh all summer\n  es-US: Frescura todo el verano\n",
                        "message: 整个夏天都清爽\n")
                .replace("cta: { en-US: Shop now, es-US: Compra ya }\n", ""));

        Brief brief = new BriefParser().parse(china);

        // WeChat, Douyin, Weibo and Xiaohongshu take no 2:1 banner.
        assertThat(brief.ratios()).containsExactly(Ratio.SQUARE, Ratio.STORY, Ratio.LANDSCAPE, Ratio.PORTRAIT);
    }

    @Test
    void withoutRatiosAndWithARegionTheDataDoesNotKnowEveryRatioIsMade() {
        Path file = folder.write("brief.yaml", BriefFolder.VALID_YAML.replace(RATIOS, "")
                .replace(ONE_MARKET, "market:\n  region: GL\n  locales: [en-US, es-US]\n"));

        assertThat(new BriefParser().parse(file).ratios()).containsExactly(Ratio.values());
    }
}
