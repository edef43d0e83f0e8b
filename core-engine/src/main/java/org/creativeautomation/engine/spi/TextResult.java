package org.creativeautomation.engine.spi;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** A text provider's answer, what it cost, and provider facts worth keeping. */
public record TextResult(String text, double costUsd, Map<String, String> metadata) {

    public TextResult {
        Objects.requireNonNull(text, "text");
        metadata = Collections.unmodifiableMap(new LinkedHashMap<>(metadata));
    }
}
