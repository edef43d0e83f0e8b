package org.creativeautomation.engine.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
    @TempDir
    Path dir;

    @Test
    void createsParentFoldersAndWritesTheBytes() throws IOException {
        Path target = dir.resolve("out/spring/1x1/en.png");

        AtomicFiles.write(target, new byte[] {1, 2, 3});

        assertThat(Files.readAllBytes(target)).containsExactly(1, 2, 3);
    }

    @Test
    void replacesTheTargetWholly() throws IOException {
        Path target = dir.resolve("manifest.json");
        Files.writeString(target, "a much longer old content that must not leave a tail behind");

        AtomicFiles.write(target, "new".getBytes(StandardCharsets.UTF_8));

        assertThat(Files.readString(target)).isEqualTo("new");
        assertThat(filesIn(dir)).containsExactly("manifest.json");
    }

    @Test
    void keepsTheOldContentAndLeavesNoTempFileWhenTheWriterFailsMidway() throws IOException {
        Path target = dir.resolve("manifest.json");
        Files.writeString(target, "old");

        assertThatThrownBy(() -> AtomicFiles.write(target, out -> {
            out.write("half of the new con".getBytes(StandardCharsets.UTF_8));
            out.flush();
            throw new IOException("disk went away");
        })).isInstanceOf(IOException.class).hasMessage("disk went away");

        assertThat(Files.readString(target)).isEqualTo("old");
        assertThat(filesIn(dir)).containsExactly("manifest.json");
    }

    @Test
    void leavesNoTempFileWhenTheWriterThrowsAnUncheckedException() throws IOException {
        Path target = dir.resolve("report.pdf");

        assertThatThrownBy(() -> AtomicFiles.write(target, out -> {
            out.write(new byte[100_000]);
            throw new IllegalStateException("renderer bug");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(target).doesNotExist();
        assertThat(filesIn(dir)).isEmpty();
    }

    @Test
    void aFileWrittenForItsOwnerOnlyReplacesAReadableOneWithThosePermissions() throws IOException {
        Path target = dir.resolve("studio.yaml");
        Files.writeString(target, "old");
        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-r--r--"));

        AtomicFiles.write(target, "new".getBytes(StandardCharsets.UTF_8), PosixFilePermissions.fromString("rw-------"));

        assertThat(Files.readString(target)).isEqualTo("new");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(target))).isEqualTo("rw-------");
        assertThat(filesIn(dir)).containsExactly("studio.yaml");
    }

    @Test
    void createNewWritesOnlyWhenTheFileIsNotThereYet() throws IOException {
        Path target = dir.resolve("keys/studio.key");

        boolean first = AtomicFiles.createNew(target, "one".getBytes(StandardCharsets.UTF_8),
                PosixFilePermissions.fromString("rw-------"));
        boolean second = AtomicFiles.createNew(target, "two".getBytes(StandardCharsets.UTF_8),
                PosixFilePermissions.fromString("rw-------"));

        assertThat(first).isTrue();
        assertThat(second).isFalse();
        assertThat(Files.readString(target)).isEqualTo("one");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(target))).isEqualTo("rw-------");
        assertThat(filesIn(target.getParent())).containsExactly("studio.key");
    }

    @Test
    void writerClosingTheStreamDoesNotLoseTheContent() throws IOException {
        Path target = dir.resolve("a.txt");

        AtomicFiles.write(target, out -> {
            out.write("closed early".getBytes(StandardCharsets.UTF_8));
            out.close();
        });

        assertThat(Files.readString(target)).isEqualTo("closed early");
    }

    private static java.util.List<String> filesIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
