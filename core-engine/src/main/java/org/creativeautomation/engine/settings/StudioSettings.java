package org.creativeautomation.engine.settings;

import org.creativeautomation.engine.document.Location;
import org.creativeautomation.engine.spi.ProviderSettings;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The studio's settings as a run uses them, secrets decrypted (in memory only). Precedence, from
 * strongest: a command-line option, then an environment variable of the setting's provider name
 * (e.g. {@code OPENAI_API_KEY}), then studio.yaml, then the built-in default. So a one-off
 * {@code OPENAI_API_KEY=... studio run} overrides the stored key without touching it.
 */
public final class StudioSettings {
    public static final StudioSettings NONE = new StudioSettings(Map.of(), Map.of());

    private final Map<Setting, String> values;
    private final Map<Setting, Location> locations;

    StudioSettings(Map<Setting, String> values, Map<Setting, Location> locations) {
        Map<Setting, String> v = new EnumMap<>(Setting.class);
        v.putAll(values);
        Map<Setting, Location> l = new EnumMap<>(Setting.class);
        l.putAll(locations);
        this.values = Collections.unmodifiableMap(v);
        this.locations = Collections.unmodifiableMap(l);
    }

    public Optional<String> get(Setting setting) {
        return Optional.ofNullable(values.get(setting));
    }

    /** Where studio.yaml states the setting, for messages about its value. */
    public Optional<Location> locationOf(Setting setting) {
        return Optional.ofNullable(locations.get(setting));
    }

    /** The default provider chain of runs that name none; empty when studio.yaml has none. */
    public List<String> providers() {
        return get(Setting.RUN_PROVIDERS).map(ids -> List.of(ids.split(","))).orElse(List.of());
    }

    /** The content moderator of runs that name none; empty for none. */
    public Optional<String> moderation() {
        return get(Setting.RUN_MODERATION);
    }

    /** The translator of runs that name none; empty for none (copy then comes from the translation memory). */
    public Optional<String> translator() {
        return get(Setting.RUN_TRANSLATOR);
    }

    /** The default output format of runs that name none. */
    public Optional<String> format() {
        return get(Setting.RUN_FORMAT);
    }

    /**
     * What plugins read: the environment where it sets a name (non-blank), else studio.yaml's value.
     * The stored values sit beneath the environment, so {@link ProviderSettings#get} sees the
     * environment first.
     */
    public ProviderSettings providerSettings(Map<String, String> environment) {
        Map<String, String> layered = new LinkedHashMap<>();
        values.forEach((setting, value) -> setting.providerName().ifPresent(name -> layered.put(name, value)));
        environment.forEach((name, value) -> {
            if (name != null && value != null && !value.isBlank()) {
                layered.put(name, value);
            }
        });
        return ProviderSettings.of(Map.of(), layered);
    }

    @Override
    public String toString() {
        // Keys only: values may be credentials.
        return "StudioSettings" + values.keySet();
    }
}
