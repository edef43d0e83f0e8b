package org.creativeautomation.engine.pipeline;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.List;

/** {@code manifest.json}: every creative of a campaign's output folder and how it was made. */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonPropertyOrder({"campaign", "name", "brandKit", "engineVersion", "format", "creatives", "stats"})
public record Manifest(
        String campaign,
        String name,
        KitRef brandKit,
        String engineVersion,
        String format,
        List<Entry> creatives,
        Stats stats) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record KitRef(String id, String version) {
    }

    /**
     * One creative.
     *
     * @param path   relative to the output folder, '/' separated
     * @param key    hash of everything the creative depends on; equal key and file hash mean up to date
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonPropertyOrder({"product", "ratio", "locale", "path", "width", "height", "sha256", "key", "hero", "copy", "layoutIssues"})
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
            Copy copy,
            List<String> layoutIssues) {
    }

    /** The words on the creative and where they came from ("brief" for now). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Copy(String message, String cta, String disclaimer, String origin) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonPropertyOrder({"creatives", "rendered", "upToDate", "removed", "generated", "cached", "elapsedMs"})
    public record Stats(int creatives, int rendered, int upToDate, int removed, int generated, int cached, long elapsedMs) {
    }
}
