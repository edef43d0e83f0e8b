package org.creativeautomation.server.blobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpooledUploadTest {
    @TempDir
    Path dir;

    @Test
    void sweepDeletesOnlyOldPartialUploads() throws Exception {
        Path old = Files.writeString(dir.resolve("upload-1.part"), "x");
        Files.setLastModifiedTime(old, FileTime.from(Instant.parse("2026-01-01T00:00:00Z")));
        Path fresh = Files.writeString(dir.resolve("upload-2.part"), "x");
        Files.setLastModifiedTime(fresh, FileTime.from(Instant.parse("2026-03-01T00:00:00Z")));
        Path other = Files.writeString(dir.resolve("notes.txt"), "x");
        Files.setLastModifiedTime(other, FileTime.from(Instant.parse("2026-01-01T00:00:00Z")));

        int deleted = SpooledUpload.sweep(dir, Instant.parse("2026-02-01T00:00:00Z"));

        assertThat(deleted).isEqualTo(1);
        assertThat(old).doesNotExist();
        assertThat(fresh).exists();
        assertThat(other).exists();
    }
}
