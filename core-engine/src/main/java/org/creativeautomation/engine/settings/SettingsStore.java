package org.creativeautomation.engine.settings;

import org.creativeautomation.engine.document.Location;
import org.creativeautomation.engine.document.Problem;
import org.creativeautomation.engine.store.StudioHome;

import javax.crypto.SecretKey;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The settings of one studio home: studio.yaml and the key file that seals its secrets. Reading
 * for a run decrypts the secrets and refuses a secret written in plain text; editing keeps every
 * other value as stored, so a setting can be fixed even while another cannot be decrypted.
 */
public final class SettingsStore {
    private final SettingsFile file;
    private final SettingsKeyFile keyFile;
    private final Path lockFile;
    private final SecureRandom random;

    public SettingsStore(StudioHome home) {
        this(home, new SecureRandom());
    }

    public SettingsStore(StudioHome home, SecureRandom random) {
        this.file = new SettingsFile(home.settingsFile());
        this.keyFile = new SettingsKeyFile(home.settingsKey(), random);
        this.lockFile = home.root().resolve(".studio.yaml.lock");
        this.random = random;
    }

    public Path file() {
        return file.file();
    }

    public Path keyFile() {
        return keyFile.file();
    }

    /** studio.yaml as written, secrets sealed. */
    public StoredSettings stored() {
        return file.read();
    }

    /**
     * The settings a run uses, secrets decrypted.
     *
     * @throws SettingsException for a malformed file, a secret in plain text, or one that does not decrypt
     */
    public StudioSettings load() {
        StoredSettings stored = file.read();
        Map<Setting, String> values = new EnumMap<>(Setting.class);
        Map<Setting, Location> locations = new EnumMap<>(Setting.class);
        List<Problem> problems = new ArrayList<>();
        SecretCipher cipher = null;
        for (Map.Entry<Setting, StoredSettings.Stored> entry : stored.values().entrySet()) {
            Setting setting = entry.getKey();
            StoredSettings.Stored value = entry.getValue();
            locations.put(setting, value.at());
            if (!setting.isSecret()) {
                values.put(setting, value.text());
                continue;
            }
            if (!SecretCipher.isSealed(value.text())) {
                problems.add(new Problem(value.at(), setting.key(), "a secret in plain text: remove it and store it"
                        + " with `studio settings set " + setting.key() + "`, which keeps it encrypted"));
                continue;
            }
            if (cipher == null) {
                Optional<SecretKey> key = keyFile.read();
                if (key.isEmpty()) {
                    problems.add(new Problem(value.at(), setting.key(), "encrypted, but the key file "
                            + keyFile.file() + " is missing; store it again with `studio settings set "
                            + setting.key() + "`"));
                    continue;
                }
                cipher = new SecretCipher(key.get(), random);
            }
            Optional<String> plain = cipher.unseal(setting, value.text());
            if (plain.isEmpty()) {
                problems.add(new Problem(value.at(), setting.key(), "cannot be decrypted with " + keyFile.file()
                        + " (the value was edited or the key file replaced); store it again with"
                        + " `studio settings set " + setting.key() + "`"));
                continue;
            }
            values.put(setting, plain.get());
        }
        if (!problems.isEmpty()) {
            throw new SettingsException(problems);
        }
        return new StudioSettings(values, locations);
    }

    /**
     * Checks and stores one setting, sealing it when it is a secret.
     *
     * @throws SettingsException when the value is not one the setting takes (nothing is written)
     */
    public void set(Setting setting, String value) {
        Setting.Checked checked = setting.check(value);
        if (!checked.isOk()) {
            throw new SettingsException(setting.key() + ": " + checked.problem());
        }
        edit(stored -> stored.with(setting, setting.isSecret()
                ? new SecretCipher(keyFile.readOrCreate(), random).seal(setting, checked.value())
                : checked.value()));
    }

    /** Removes one setting; false when it was not set. */
    public boolean unset(Setting setting) {
        boolean[] present = new boolean[1];
        edit(stored -> {
            present[0] = stored.get(setting).isPresent();
            return stored.without(setting);
        });
        return present[0];
    }

    /** Whether a stored secret decrypts with the key file; empty when it is not set or not a secret. */
    public Optional<Boolean> decrypts(Setting setting, StoredSettings stored) {
        if (!setting.isSecret()) {
            return Optional.empty();
        }
        return stored.get(setting).map(value -> SecretCipher.isSealed(value.text()) && keyFile.read()
                .flatMap(key -> new SecretCipher(key, random).unseal(setting, value.text())).isPresent());
    }

    /** Reads, changes and writes studio.yaml with other studio processes kept out, so no edit is lost. */
    private void edit(UnaryOperator<StoredSettings> change) {
        try {
            Files.createDirectories(lockFile.getParent());
            try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                 FileLock ignored = channel.lock()) {
                file.write(change.apply(file.read()));
            }
        } catch (IOException e) {
            throw new SettingsException(file.file() + ": cannot be changed (" + e.getMessage() + ")");
        }
    }
}
