package org.creativeautomation.engine.asset;

import java.io.IOException;
import java.lang.ref.SoftReference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Decoded images by the SHA-256 of their bytes or by their file (path, size and modification time),
 * so that a run decodes each hero once: validating the brief, ingesting the asset and rendering its
 * creatives all see the same pixels. A 9-megapixel hero
 * takes about 36 MB decoded, so entries are soft (the collector may drop them under memory pressure,
 * and they are then decoded again) and only the most recently used few are kept.
 */
public final class DecodedImageCache {
    private final int capacity;
    private final Map<String, SoftReference<DecodedImage>> entries;
    private final Map<String, Object> decoding = new ConcurrentHashMap<>();

    public DecodedImageCache(int capacity) {
        this.capacity = capacity;
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, SoftReference<DecodedImage>> eldest) {
                return size() > DecodedImageCache.this.capacity;
            }
        };
    }

    /** A cache that keeps nothing: every call decodes. */
    public static DecodedImageCache none() {
        return new DecodedImageCache(0);
    }

    /**
     * The image decoded from the bytes with this key (a hash or a {@link #fileKey}), decoding it with {@code decode} when it is not
     * held. Two threads asking for the same image at once decode it once.
     */
    public DecodedImage get(String key, Supplier<DecodedImage> decode) {
        DecodedImage held = peek(key);
        if (held != null) {
            return held;
        }
        synchronized (decoding.computeIfAbsent(key, k -> new Object())) {
            try {
                held = peek(key);
                if (held != null) {
                    return held;
                }
                DecodedImage decoded = decode.get();
                put(key, decoded);
                return decoded;
            } finally {
                decoding.remove(key);
            }
        }
    }

    /** The key of a file's current content without reading it: its real path, size and modification time. */
    public static String fileKey(Path file) throws IOException {
        Path real = file.toRealPath();
        return "file:" + real + "|" + Files.size(real) + "|" + Files.getLastModifiedTime(real).toMillis();
    }

    /** The image held under this key, if it is still held. */
    public Optional<DecodedImage> find(String key) {
        return Optional.ofNullable(peek(key));
    }

    /** Holds an image decoded elsewhere under another key (the hash once it is known). */
    public void put(String key, DecodedImage image) {
        if (capacity > 0) {
            synchronized (entries) {
                entries.put(key, new SoftReference<>(image));
            }
        }
    }

    private DecodedImage peek(String key) {
        synchronized (entries) {
            SoftReference<DecodedImage> ref = entries.get(key);
            DecodedImage image = ref == null ? null : ref.get();
            if (ref != null && image == null) {
                entries.remove(key);
            }
            return image;
        }
    }
}
