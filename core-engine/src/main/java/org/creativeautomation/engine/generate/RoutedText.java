package org.creativeautomation.engine.generate;

import org.creativeautomation.engine.spi.TextResult;

import java.util.List;
import java.util.Objects;

/** The text router's answer: the text, who wrote it, and every attempt that led to it. */
public record RoutedText(TextResult result, String provider, List<Attempt> attempts) {

    public RoutedText {
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(provider, "provider");
        attempts = List.copyOf(attempts);
    }
}
