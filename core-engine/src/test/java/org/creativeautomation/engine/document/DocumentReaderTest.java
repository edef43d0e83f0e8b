package org.creativeautomation.engine.document;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class DocumentReaderTest {
    @TempDir
    Path dir;

    @Test
    void readsJsonSavedWithAByteOrderMark() throws Exception {
        Path file = dir.resolve("brief.json");
        Files.write(file, ("\uFEFF{\"campaign\": \"x\"}").getBytes(StandardCharsets.UTF_8));

        DocNode root = new DocumentReader().read(file, new Problems());

        assertThat(root).isInstanceOf(DocNode.MapNode.class);
        assertThat(((DocNode.ScalarNode) ((DocNode.MapNode) root).get("campaign")).text()).isEqualTo("x");
    }

    @Test
    void readsYamlWithWindowsLineEndingsAndKeepsLineNumbers() throws Exception {
        Path file = dir.resolve("brief.yaml");
        Files.write(file, "\uFEFFa: 1\r\nb: two\r\n".getBytes(StandardCharsets.UTF_8));

        DocNode.MapNode root = (DocNode.MapNode) new DocumentReader().read(file, new Problems());

        assertThat(root.get("b").location().line()).isEqualTo(2);
        assertThat(((DocNode.ScalarNode) root.get("b")).text()).isEqualTo("two");
    }
}
