package org.creativeautomation.plugins.stablediffusion;

import org.creativeautomation.engine.spi.ProviderSettings;

import java.time.Duration;
import java.util.Optional;

/**
 * Typed reads of a plugin's optional settings, each with a default. A value that does not parse
 * is a configuration mistake: it fails with the setting's name and what was expected instead of
 * silently falling back to the default.
 */
public final class SettingsReader {
    private final ProviderSettings settings;

    public SettingsReader(ProviderSettings settings) {
        this.settings = settings;
    }

    public Optional<String> text(String name) {
        return settings.get(name).map(String::trim);
    }

    public String text(String name, String fallback) {
        return text(name).orElse(fallback);
    }

    /** A whole number from {@code min} to {@code max}. */
    public int wholeNumber(String name, int fallback, int min, int max) {
        Optional<String> value = text(name);
        if (value.isEmpty()) {
            return fallback;
        }
        try {
            int number = Integer.parseInt(value.get());
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException ignored) {
            // reported below with the expected range
        }
        throw new IllegalArgumentException(name + " must be a whole number from " + min + " to " + max
                + ", was '" + value.get() + "'");
    }

    /** A longest image side: a multiple of 8 from 64 to {@code max}. */
    public int imageSide(String name, int fallback, int max) {
        int side = wholeNumber(name, fallback, FittedSize.MIN_SIDE, max);
        if (side % 8 != 0) {
            throw new IllegalArgumentException(name + " must be a multiple of 8 (Stable Diffusion works on"
                    + " 8x8 pixel latents), was " + side);
        }
        return side;
    }

    /** A decimal number from {@code min} to {@code max}. */
    public double decimal(String name, double fallback, double min, double max) {
        Optional<String> value = text(name);
        if (value.isEmpty()) {
            return fallback;
        }
        try {
            double number = Double.parseDouble(value.get());
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException ignored) {
            // reported below with the expected range
        }
        throw new IllegalArgumentException(name + " must be a number from " + min + " to " + max
                + ", was '" + value.get() + "'");
    }

    /** A duration given in whole seconds. */
    public Duration seconds(String name, Duration fallback, int maxSeconds) {
        Optional<String> value = text(name);
        return value.isEmpty() ? fallback : Duration.ofSeconds(wholeNumber(name, 0, 1, maxSeconds));
    }
}
