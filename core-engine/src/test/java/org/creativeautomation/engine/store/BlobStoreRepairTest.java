package org.creativeautomation.engine.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BlobStoreRepairTest {
    @TempDir
    Path dir;

    @Test
    void puttingTheBytesAgainRepairsADamagedBlob() throws IOException {
        BlobStore blobs = new BlobStore(dir);
        byte[] bytes = "hero image bytes".getBytes(StandardCharsets.UTF_8);
        String sha = blobs.put(bytes);
        Files.writeString(blobs.pathOf(sha), "garbage");
        assertThatThrownBy(() -> blobs.read(sha)).isInstanceOf(IOException.class).hasMessageContaining("damaged");

        blobs.put(bytes);

        assertThat(blobs.read(sha)).isEqualTo(bytes);
    }
}
