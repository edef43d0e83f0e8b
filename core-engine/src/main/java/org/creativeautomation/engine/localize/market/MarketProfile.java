package org.creativeautomation.engine.localize.market;

import org.creativeautomation.engine.compose.Ratio;
import org.creativeautomation.engine.compose.TextDirection;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * What a campaign needs to know about one region it runs in, from the market data file. The
 * region's legal rules are not here: they are the market rules of the legal checks.
 *
 * @param region     ISO 3166-1 alpha-2 code
 * @param locales    the locales a campaign there speaks when its brief lists none, default first
 * @param currency   ISO 4217 code
 * @param prices     how a price of 12345.67 is written there, e.g. {@code 12.345,67 €}
 * @param numbers    how 12345.67 is written, e.g. {@code 12.345,67}
 * @param dates      how dates are written, as a {@link java.time.format.DateTimeFormatter} pattern
 * @param direction  how the region's default locale reads
 * @param platforms  the ad platforms that matter there, most important first
 */
public record MarketProfile(String region, List<String> locales, String currency, String prices, String numbers,
                            String dates, TextDirection direction, List<Platform> platforms) {
    public MarketProfile {
        locales = List.copyOf(locales);
        platforms = List.copyOf(platforms);
    }

    /** The region's name in English, e.g. Germany. */
    public String name() {
        return new Locale("", region).getDisplayCountry(Locale.ENGLISH);
    }

    /** Every ratio a platform of the region takes, in the engine's order of ratios. */
    public List<Ratio> ratios() {
        return Arrays.stream(Ratio.values())
                .filter(ratio -> platforms.stream().anyMatch(p -> p.ratios().contains(ratio)))
                .toList();
    }
}
