package org.creativeautomation.engine.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BlobStoreTest {
    private static final String HELLO_SHA = "2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824";

    @TempDir
    Path dir;

    @Test
    void storesABlobUnderTwoFolderLevelsOfItsHash() throws IOException {
        BlobStore store = new BlobStore(dir.resolve("blobs"));

        String sha = store.put("hello".getBytes(StandardCharsets.UTF_8));

        assertThat(sha).isEqualTo(HELLO_SHA);
        Path expected = dir.resolve("blobs/sha256/2c/f2/" + HELLO_SHA);
        assertThat(store.pathOf(sha)).isEqualTo(expected);
        assertThat(expected).hasContent("hello");
        assertThat(store.contains(sha)).isTrue();
        assertThat(store.read(sha)).isEqualTo("hello".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void storesIdenticalBytesOnceAndDoesNotRewriteThem() throws IOException {
        BlobStore store = new BlobStore(dir);
        String sha = store.put("hello".getBytes(StandardCharsets.UTF_8));
        FileTime old = FileTime.fromMillis(1_000_000_000_000L);
        Files.setLastModifiedTime(store.pathOf(sha), old);

        String again = store.put("hello".getBytes(StandardCharsets.UTF_8));

        assertThat(again).isEqualTo(sha);
        assertThat(Files.getLastModifiedTime(store.pathOf(sha))).isEqualTo(old);
        assertThat(allFiles()).containsExactly(store.pathOf(sha));
    }

    @Test
    void putFileStoresAtTheSameAddressAsPutAndLeavesNoTempFile() throws IOException {
        BlobStore store = new BlobStore(dir.resolve("blobs"));
        byte[] content = new byte[300_000];
        for (int i = 0; i < content.length; i++) {
            content[i] = (byte) (i * 31);
        }
        Path source = Files.write(dir.resolve("source.bin"), content);

        String sha = store.putFile(source);
        String again = store.putFile(source);

        assertThat(sha).isEqualTo(Sha256.hex(content)).isEqualTo(again);
        assertThat(store.read(sha)).isEqualTo(content);
        assertThat(allFiles()).containsExactlyInAnyOrder(source, store.pathOf(sha));
    }

    @Test
    void refusesMalformedHashes() {
        BlobStore store = new BlobStore(dir);

        for (String bad : List.of("abc", HELLO_SHA.toUpperCase(), "../../etc/passwd", HELLO_SHA + "0",
                HELLO_SHA.substring(0, 63) + "g")) {
            assertThatThrownBy(() -> store.pathOf(bad)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> store.contains(bad)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> store.read(bad)).isInstanceOf(IllegalArgumentException.class);
        }
        assertThatThrownBy(() -> store.pathOf(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void readRefusesABlobWhoseContentNoLongerMatchesItsHash() throws IOException {
        BlobStore store = new BlobStore(dir);
        String sha = store.put("hello".getBytes(StandardCharsets.UTF_8));
        Files.writeString(store.pathOf(sha), "hellO");

        assertThatThrownBy(() -> store.read(sha)).isInstanceOf(IOException.class).hasMessageContaining("damaged");
    }

    @Test
    void knowsWhatItDoesNotHold() {
        BlobStore store = new BlobStore(dir);

        assertThat(store.contains(HELLO_SHA)).isFalse();
        assertThatThrownBy(() -> store.read(HELLO_SHA)).isInstanceOf(IOException.class);
    }

    private List<Path> allFiles() throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).toList();
        }
    }
}
