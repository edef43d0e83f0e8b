package org.creativeautomation.engine.document;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

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
    void reportsWhereAnUnclosedFlowSequenceEndsAndWhatWasExpected() throws Exception {
        Problem problem = syntaxProblem("brief.yaml", "campaign: x\nratios: [\"1:1\", \"9:16\"\nproducts:\n  - id: a\n");

        assertThat(problem.location().line()).isEqualTo(3);
        assertThat(problem.location().column()).isEqualTo(1);
        assertThat(problem.message()).isEqualTo(
                "malformed YAML: expected ',' or ']', but got <scalar> (while parsing a flow sequence)");
    }

    @Test
    void reportsTheMisindentedLineOfABlockList() throws Exception {
        Problem problem = syntaxProblem("brief.yaml", "campaign: x\nproducts:\n  - id: a\n   name: b\n");

        assertThat(problem.location().line()).isEqualTo(4);
        assertThat(problem.location().column()).isEqualTo(4);
        assertThat(problem.message()).isEqualTo("malformed YAML: expected <block end>, but found "
                + "'<block mapping start>' (while parsing a block collection)");
    }

    @Test
    void reportsAYamlProblemWithoutContextAsItIs() throws Exception {
        Problem problem = syntaxProblem("brief.yaml", "campaign: x\n  brand: y\n");

        assertThat(problem.format()).endsWith("brief.yaml:2:8 malformed YAML: mapping values are not allowed here");
    }

    private Problem syntaxProblem(String name, String text) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        InvalidDocumentException e = catchThrowableOfType(InvalidDocumentException.class,
                () -> new DocumentReader().read(file, new Problems()));
        assertThat(e.problems()).hasSize(1);
        return e.problems().get(0);
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
