package org.creativeautomation.engine.settings;

import org.creativeautomation.engine.store.AtomicFiles;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The key that seals secret settings, kept apart from studio.yaml in a file only its owner may
 * read (0600), so that a copied or shared studio.yaml reveals nothing. Created on the first secret
 * stored; a key file others can read is refused, as ssh refuses such a private key.
 */
public final class SettingsKeyFile {
    /** Owner read and write, nothing for anyone else. */
    public static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    private static final int KEY_BYTES = 32;
    private static final Set<PosixFilePermission> OTHERS = EnumSet.of(PosixFilePermission.GROUP_READ,
            PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.OTHERS_READ,
            PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_EXECUTE);

    private final Path file;
    private final SecureRandom random;

    public SettingsKeyFile(Path file, SecureRandom random) {
        this.file = file;
        this.random = random;
    }

    public Path file() {
        return file;
    }

    /** The key, when the file exists. */
    public Optional<SecretKey> read() {
        byte[] text;
        try {
            checkOwnerOnly();
            text = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new SettingsException(file + ": cannot read the settings key (" + e.getMessage() + ")");
        }
        byte[] key;
        try {
            key = Base64.getDecoder().decode(new String(text, StandardCharsets.US_ASCII).strip());
        } catch (IllegalArgumentException e) {
            key = new byte[0];
        }
        if (key.length != KEY_BYTES) {
            throw new SettingsException(file + ": not a settings key (expected " + KEY_BYTES
                    + " bytes in base64); secrets stored with the original key cannot be read without it");
        }
        return Optional.of(new SecretKeySpec(key, "AES"));
    }

    /** The key, created first when there is none yet. */
    public SecretKey readOrCreate() {
        Optional<SecretKey> existing = read();
        if (existing.isPresent()) {
            return existing.get();
        }
        byte[] key = new byte[KEY_BYTES];
        random.nextBytes(key);
        byte[] text = (Base64.getEncoder().encodeToString(key) + "\n").getBytes(StandardCharsets.US_ASCII);
        try {
            if (!AtomicFiles.createNew(file, text, OWNER_ONLY)) {
                // Another studio process made one first: use theirs, or its secrets would not decrypt.
                return read().orElseThrow(() -> new SettingsException(file + ": the settings key vanished"));
            }
        } catch (IOException e) {
            throw new SettingsException(file + ": cannot create the settings key (" + e.getMessage() + ")");
        }
        return new SecretKeySpec(key, "AES");
    }

    private void checkOwnerOnly() throws IOException {
        PosixFileAttributeView posix = Files.getFileAttributeView(file, PosixFileAttributeView.class);
        if (posix == null) {
            // Not a POSIX file system: its ACLs are the owner's business, not checkable here.
            return;
        }
        Set<PosixFilePermission> permissions = posix.readAttributes().permissions();
        if (permissions.stream().anyMatch(OTHERS::contains)) {
            throw new SettingsException(file + ": other users may read the settings key (permissions "
                    + PosixFilePermissions.toString(permissions) + "); run: chmod 600 " + file);
        }
    }
}
