package org.creativeautomation.engine.spi;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Read-only settings handed to a provider factory: values given by the caller first, then the
 * environment (the studio passes the process environment layered over its studio.yaml, so a
 * variable set for one command wins over a stored setting). Plugins read keys such as
 * {@code OPENAI_API_KEY} through here rather than
 * {@code System.getenv}, so tests and the studio decide what a plugin sees.
 */
public final class ProviderSettings {

    private final Map<String, String> values;
    private final UnaryOperator<String> environment;

    private ProviderSettings(Map<String, String> values, UnaryOperator<String> environment) {
        this.values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
        this.environment = Objects.requireNonNull(environment, "environment");
    }

    /** Settings backed by the given values and environment, nothing else. */
    public static ProviderSettings of(Map<String, String> values, Map<String, String> environment) {
        Map<String, String> env = Map.copyOf(environment);
        return new ProviderSettings(values, env::get);
    }

    /** Settings backed by the given values and the process environment. */
    public static ProviderSettings withSystemEnvironment(Map<String, String> values) {
        return new ProviderSettings(values, System::getenv);
    }

    /** A configured value, else an environment variable of that name; blank counts as absent. */
    public Optional<String> get(String name) {
        String value = values.get(name);
        if (value == null || value.isBlank()) {
            value = environment.apply(name);
        }
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value);
    }

    /** Like {@link #get} but wrapped so it never reaches a log line. */
    public Optional<Secret> secret(String name) {
        return get(name).map(Secret::of);
    }

    @Override
    public String toString() {
        // Names only: values may be credentials.
        return "ProviderSettings" + values.keySet();
    }
}
