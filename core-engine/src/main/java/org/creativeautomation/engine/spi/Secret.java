package org.creativeautomation.engine.spi;

import java.util.Objects;

/**
 * A credential such as an API key. Not a record, so neither {@code toString()} nor a generated
 * accessor name invites printing it: the value only comes out through {@link #reveal()}, and log
 * lines that format a Secret show {@code ***}.
 */
public final class Secret {

    private final String value;

    private Secret(String value) {
        this.value = Objects.requireNonNull(value, "value");
    }

    public static Secret of(String value) {
        return new Secret(value);
    }

    /** The raw value, for the one place that puts it on the wire. */
    public String reveal() {
        return value;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Secret secret && secret.value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return "***";
    }
}
