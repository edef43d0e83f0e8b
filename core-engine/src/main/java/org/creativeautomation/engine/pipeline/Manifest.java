package org.creativeautomation.engine.pipeline;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import org.creativeautomation.engine.comply.ComplianceStatus;

import java.util.List;

/** {@code manifest.json}: every creative of a campaign's output folder and how it was made. */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonPropertyOrder({"campaign", "name", "brandKit", "market", "engineVersion", "format", "products", "creatives", "stats"})
public record Manifest(
        String campaign,
        String name,
        KitRef brandKit,
        String market,
        String engineVersion,
        String format,
        List<ProductRef> products,
        List<Entry> creatives,
        Stats stats) {

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

    /** The words on the creative and where they came from ("brief" for now). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Copy(String message, String cta, String disclaimer, String origin) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonPropertyOrder({"creatives", "rendered", "upToDate", "removed", "generated", "cached", "elapsedMs",
            "passed", "warned", "failed"})
    public record Stats(int creatives, int rendered, int upToDate, int removed, int generated, int cached, long elapsedMs,
                        int passed, int warned, int failed) {
    }
}
