package org.creativeautomation.engine.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerationCacheTest {
    private static final byte[] IMAGE = {(byte) 0x89, 'P', 'N', 'G', 1, 2, 3};

    @TempDir
    Path dir;

    private StudioDatabase database;
    private BlobStore blobs;
    private GenerationCache cache;

    @BeforeEach
    void open() {
        database = StudioDatabase.open(dir.resolve("studio.db"));
        blobs = new BlobStore(dir.resolve("blobs"));
        cache = new GenerationCache(database, blobs);
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void returnsWhatWasPutWithTheImageHashFilledIn() throws Exception {
        String key = Sha256.hexOf("offline", "gradient-1", "a red shoe", "1024", "1024", "42");
        CachedGeneration entry = new CachedGeneration(key, "offline", "gradient-1", "a red shoe", 1024, 1024, 42L, null);

        CachedGeneration stored = cache.put(entry, IMAGE);

        assertThat(stored).isEqualTo(entry.withBlob(Sha256.hex(IMAGE)));
        assertThat(cache.find(key)).contains(stored);
        assertThat(blobs.read(stored.blobSha256())).isEqualTo(IMAGE);
    }

    @Test
    void keepsLargeSeedsExactly() throws Exception {
        CachedGeneration entry = new CachedGeneration("k", "p", "m", "prompt", 8, 8, Long.MIN_VALUE + 7, null);

        cache.put(entry, IMAGE);

        assertThat(cache.find("k").orElseThrow().seed()).isEqualTo(Long.MIN_VALUE + 7);
    }

    @Test
    void missesForAnUnknownKey() {
        assertThat(cache.find("never-generated")).isEmpty();
    }

    @Test
    void missesWhenTheImageBlobWasDeleted() throws Exception {
        CachedGeneration stored = cache.put(new CachedGeneration("k", "p", "m", "prompt", 8, 8, 1L, null), IMAGE);
        Files.delete(blobs.pathOf(stored.blobSha256()));

        assertThat(cache.find("k")).isEmpty();
    }

    @Test
    void newerEntryReplacesTheOlderForTheSameKey() throws Exception {
        cache.put(new CachedGeneration("k", "p", "m", "prompt", 8, 8, 1L, null), IMAGE);
        byte[] newer = {9, 9, 9};

        CachedGeneration stored = cache.put(new CachedGeneration("k", "p", "m2", "prompt", 8, 8, 2L, null), newer);

        assertThat(cache.find("k")).contains(stored);
        assertThat(stored.blobSha256()).isEqualTo(Sha256.hex(newer));
    }

    @Test
    void refusesAnEntryNamingADifferentBlob() {
        CachedGeneration entry = new CachedGeneration("k", "p", "m", "prompt", 8, 8, 1L, Sha256.hex(new byte[] {1}));

        assertThatThrownBy(() -> cache.put(entry, IMAGE)).isInstanceOf(IllegalArgumentException.class);
        assertThat(cache.find("k")).isEmpty();
    }
}
