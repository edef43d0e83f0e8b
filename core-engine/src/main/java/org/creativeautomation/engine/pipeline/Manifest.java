package org.creativeautomation.engine.pipeline;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import org.creativeautomation.engine.comply.ComplianceStatus;

import java.util.List;
import java.util.Map;

/** {@code manifest.json}: every creative of a campaign's output folder and how it was made. */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonPropertyOrder({"campaign", "name", "brandKit", "market", "markets", "engineVersion", "format", "products",
        "creatives", "stats"})
public record Manifest(
        String campaign,
        String name,
        KitRef brandKit,
        String market,
        List<MarketRef> markets,
        String engineVersion,
        String format,
        List<ProductRef> products,
        List<Entry> creatives,
        Stats stats) {

    /**
     * A market the campaign runs in, with the conventions its copy follows ({@code market} above is
     * the first one's region, for readers of older manifests).
     *
     * @param currency  ISO 4217 code; absent when the market data does not know the region
     * @param direction ltr or rtl; absent when the market data does not know the region
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record MarketRef(String region, List<String> locales, String currency, String direction) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record KitRef(String id, String version, String name) {
    }

    /** A product of the campaign, with the name people know it by. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ProductRef(String id, String name) {
    }

    /**
     * One creative.
     *
     * @param path   relative to the output folder, '/' separated
     * @param key    hash of everything the creative depends on; equal key and file hash mean up to date
     * @param expansion how the canvas was widened where the hero could not fill the ratio uncut (a
     *                  provider's generative expand or the composer's extension, and why); absent when
     *                  the hero fills it or the run's providers are the offline generator alone
     * @param digitalSourceType the IPTC digital source type written in the file's XMP (a synthetic or
     *                          AI-generated hero), absent for creatives made from a photograph
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonPropertyOrder({"product", "ratio", "locale", "path", "width", "height", "sha256", "key", "hero", "expansion",
            "copy", "layoutIssues", "compliance", "digitalSourceType"})
    public record Entry(
            String product,
            String ratio,
            String locale,
            String path,
            int width,
            int height,
            String sha256,
            String key,
            HeroInfo hero,
            @JsonInclude(JsonInclude.Include.NON_NULL) ExpansionInfo expansion,
            Copy copy,
            List<String> layoutIssues,
            ComplianceSummary compliance,
            String digitalSourceType) {
    }

    /**
     * The creative's compliance verdict; its findings are in {@code compliance.json}.
     *
     * @param key hash of what the checks read (the creative's key, the checks' revision, the market)
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonPropertyOrder({"status", "errors", "warnings", "key"})
    public record ComplianceSummary(ComplianceStatus status, int errors, int warnings, String key) {
    }

    /**
     * The words on the creative and where they came from.
     *
     * @param origin     the least trusted origin of its texts: {@code brief}, {@code memory} (an approved
     *                   translation), {@code machine} (a machine translation no person has approved yet) or
     *                   {@code source} (the untranslated text of another locale)
     * @param translated for each text not from the brief ({@code message}, {@code cta}, {@code disclaimer}),
     *                   where it came from; absent when every text is the brief's
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonPropertyOrder({"message", "cta", "disclaimer", "origin", "translated"})
    public record Copy(String message, String cta, String disclaimer, String origin,
                       @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, TextOrigin> translated) {
        public Copy(String message, String cta, String disclaimer, String origin) {
            this(message, cta, disclaimer, origin, Map.of());
        }
    }

    /**
     * Where one translated text came from.
     *
     * @param from  the locale it was translated from
     * @param by    the translator's provider (machine), or how the memory got it ({@code xliff:de-DE.xlf},
     *              {@code approved:machine:openai}); absent for the untranslated source
     * @param match for memory text, how alike its source and this text's source are (100: the same text)
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"origin", "from", "by", "match"})
    public record TextOrigin(String origin, String from, String by, Integer match) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonPropertyOrder({"creatives", "rendered", "upToDate", "removed", "generated", "cached", "elapsedMs",
            "passed", "warned", "failed"})
    public record Stats(int creatives, int rendered, int upToDate, int removed, int generated, int cached, long elapsedMs,
                        int passed, int warned, int failed) {
    }
}
