package org.creativeautomation.engine.localize.market;

import org.creativeautomation.engine.compose.Ratio;
import org.creativeautomation.engine.compose.TextDirection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Currency;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class MarketProfilesTest {
    private static final MarketProfiles SHIPPED = MarketProfiles.shipped();

    @TempDir
    Path temp;

    @Test
    void theShippedDataKnowsEveryRegionTheLegalMarketRulesName() {
        assertThat(SHIPPED.regionCodes()).contains("US", "GB", "DE", "FR", "ES", "MX", "CA", "JP", "SA", "AE", "NO");
    }

    @Test
    void everyShippedRegionPaysInItsOwnCurrency() {
        for (MarketProfile profile : SHIPPED.all()) {
            assertThat(profile.currency()).as(profile.region())
                    .isEqualTo(Currency.getInstance(new Locale("", profile.region())).getCurrencyCode());
        }
    }

    @Test
    void everyShippedRegionReadsInTheDirectionOfItsDefaultLocale() {
        for (MarketProfile profile : SHIPPED.all()) {
            assertThat(profile.direction()).as(profile.region())
                    .isEqualTo(TextDirection.of(profile.locales().get(0), null));
            assertThat(profile.locales().get(0)).as(profile.region() + "'s default locale is of the region")
                    .endsWith("-" + profile.region());
        }
    }

    @Test
    void everyShippedDatePatternFormatsADate() {
        for (MarketProfile profile : SHIPPED.all()) {
            String written = DateTimeFormatter.ofPattern(profile.dates()).format(LocalDate.of(2026, 7, 31));
            assertThat(written).as(profile.region()).contains("2026").contains("31");
        }
    }

    @Test
    void aRegionsRatiosAreThoseItsPlatformsTake() {
        assertThat(SHIPPED.forRegion("US").orElseThrow().ratios()).containsExactly(Ratio.values());
        assertThat(SHIPPED.forRegion("cn").orElseThrow().ratios())
                .containsExactly(Ratio.SQUARE, Ratio.STORY, Ratio.LANDSCAPE, Ratio.PORTRAIT);
        assertThat(SHIPPED.forRegion("SA").orElseThrow().direction()).isEqualTo(TextDirection.RIGHT_TO_LEFT);
        assertThat(SHIPPED.forRegion("DE").orElseThrow().prices()).isEqualTo("12.345,67\u00A0€");
        assertThat(SHIPPED.forRegion("GL")).isEmpty();
    }

    @Test
    void reportsEveryProblemOfAMarketFileAtItsLine() throws IOException {
        Path file = temp.resolve("markets.yaml");
        Files.writeString(file, """
                platforms:
                  instagram: {name: Instagram, ratios: ["1:1", "3:2"]}
                regions:
                  DE:
                    locales: [de-DE]
                    currency: EURO
                    prices: "12.345,67 €"
                    numbers: "1.234"
                    dates: dd.MM.yyyy
                    direction: sideways
                    platforms: [instagram, tiktok]
                  Germany:
                    locales: [de-DE]
                """);

        MarketDataException e = catchThrowableOfType(MarketDataException.class, () -> MarketProfiles.load(file));

        assertThat(e.lines()).containsExactly(
                file + ":2:48 platforms.instagram.ratios[1]: \"3:2\" is not a supported ratio (one of 1:1, 9:16, 16:9, 4:5, 2:1)",
                file + ":6:15 regions.DE.currency: \"EURO\" is not an ISO 4217 currency code (such as EUR)",
                file + ":8:14 regions.DE.numbers: \"1.234\" does not write the number 12345.67 (e.g. 12.345,67)",
                file + ":10:16 regions.DE.direction: \"sideways\" is not a reading direction (ltr or rtl)",
                file + ":11:28 regions.DE.platforms[1]: \"tiktok\" is not a platform of this file (known: instagram)",
                file + ":12:3 regions.Germany: \"Germany\" is not a region (an ISO 3166-1 alpha-2 code in capitals, such as DE)");
    }
}
