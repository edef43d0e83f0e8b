package org.creativeautomation.engine.settings;

import org.creativeautomation.engine.document.Location;

import java.nio.file.Path;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * studio.yaml as it is written: each setting's stored text (secrets still sealed; a list as
 * {@code "a,b"}) and where in the file it was written (null for values not read from the file).
 */
public record StoredSettings(Path file, Map<Setting, Stored> values) {

    /** One setting's stored text and its place in the file. */
    public record Stored(String text, Location at) {
        public Stored {
            Objects.requireNonNull(text, "text");
        }
    }

    public StoredSettings {
        Objects.requireNonNull(file, "file");
        Map<Setting, Stored> copy = new EnumMap<>(Setting.class);
        copy.putAll(values);
        values = Collections.unmodifiableMap(copy);
    }

    static StoredSettings empty(Path file) {
        return new StoredSettings(file, Map.of());
    }

    public Optional<Stored> get(Setting setting) {
        return Optional.ofNullable(values.get(setting));
    }

    public boolean isEmpty() {
        return values.isEmpty();
    }

    StoredSettings with(Setting setting, String text) {
        Map<Setting, Stored> changed = new EnumMap<>(Setting.class);
        changed.putAll(values);
        changed.put(setting, new Stored(text, null));
        return new StoredSettings(file, changed);
    }

    StoredSettings without(Setting setting) {
        Map<Setting, Stored> changed = new EnumMap<>(Setting.class);
        changed.putAll(values);
        changed.remove(setting);
        return new StoredSettings(file, changed);
    }

    @Override
    public String toString() {
        // Keys only: even sealed secrets have no business in logs.
        return "StoredSettings" + values.keySet();
    }
}
