package org.creativeautomation.engine.document;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class FieldReaderTest {
    private final Problems problems = new Problems();

    @Test
    void takesANumberAsTextUnlessOnlyStringsAreAllowed() {
        DocNode.MapNode doc = read("code: 2026\n");

        Optional<String> anyScalar = new FieldReader(problems).string(doc.get("code"), new FieldPath("code"));
        Optional<String> stringsOnly = new FieldReader(problems, FieldReader.TextScalars.STRINGS_ONLY)
                .string(doc.get("code"), new FieldPath("code"));

        assertThat(anyScalar).contains("2026");
        assertThat(stringsOnly).isEmpty();
        assertThat(lines()).containsExactly("doc.yaml:1:7 code: expected a string, found a number");
    }

    @Test
    void readsWholeNumbersWithinTheirRange() {
        DocNode.MapNode doc = read("a: 3\nb: 2.5\nc: 9\nd: three\ne: .inf\n");
        FieldReader reader = new FieldReader(problems);
        NumberRange oneToEight = NumberRange.between(1, 8);

        List<Optional<Integer>> values = List.of("a", "b", "c", "d", "e").stream()
                .map(key -> reader.wholeNumber(doc.get(key), new FieldPath(key), oneToEight))
                .toList();

        assertThat(values).containsExactly(Optional.of(3), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty());
        assertThat(lines()).containsExactly(
                "doc.yaml:2:4 b: expected a whole number, found 2.5",
                "doc.yaml:3:4 c: 9 is out of range (1 to 8)",
                "doc.yaml:4:4 d: expected a whole number, found a string",
                "doc.yaml:5:4 e: .inf is not a finite number (expected a whole number)");
    }

    @Test
    void reportsAnInvalidIdWithTheRule() {
        DocNode.MapNode doc = read("id: Energy Bar\n");

        Optional<String> id = new FieldReader(problems).id(doc.get("id"), new FieldPath("id"));

        assertThat(id).isEmpty();
        assertThat(lines()).containsExactly("doc.yaml:1:5 id: \"Energy Bar\" is not a valid id (lowercase letters, digits and '-')");
    }

    private DocNode.MapNode read(String yaml) {
        return (DocNode.MapNode) new DocumentReader().parse(Path.of("doc.yaml"), yaml, DocumentReader.Format.YAML, problems);
    }

    private List<String> lines() {
        return problems.sorted().stream().map(Problem::format).toList();
    }
}
