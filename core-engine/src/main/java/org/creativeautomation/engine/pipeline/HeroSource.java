package org.creativeautomation.engine.pipeline;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Arrays;
import java.util.Locale;

/** Where a product's hero image came from, written in lower case in manifests. */
public enum HeroSource {
    /** The product's input asset from the brief. */
    INPUT,
    /** A generation with the same key made earlier, from the generation cache. */
    CACHED,
    /** Generated during this run. */
    GENERATED;

    @JsonValue
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static HeroSource fromLabel(String label) {
        return Arrays.stream(values()).filter(s -> s.label().equals(label)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown hero source " + label));
    }
}
