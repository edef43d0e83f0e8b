package org.creativeautomation.engine.brief;

import org.creativeautomation.engine.document.InvalidDocumentException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Briefs that cannot be read as a document at all. */
class BriefDocumentErrorTest {
    @TempDir
    Path dir;

    private BriefFolder folder;
    private final BriefParser parser = new BriefParser();

    @BeforeEach
    void createFolder() {
        folder = new BriefFolder(dir);
    }

    @Test
    void reportsMalformedYamlAtTheParsersLineAndColumn() {
        Path file = folder.write("brief.yaml", "campaign: x\nmarket:\n  region: US\n    locales: [en-US]\n");

        assertThat(folder.problemsParsing(file)).containsExactly("brief.yaml:4:12 malformed YAML: mapping values are not allowed here");
    }

    @Test
    void reportsAnUnclosedListWhereTheParserGaveUpAndWhatItExpected() {
        Path file = folder.write("brief.yaml", BriefFolder.VALID_YAML.replace("locales: [en-US, es-US]", "locales: [en-US, es-US"));

        // the list runs on into the next line, where "audience:" cannot be a list item
        assertThat(folder.problemsParsing(file)).containsExactly("brief.yaml:7:9 malformed YAML: expected ',' or ']', "
                + "but got : (while parsing a flow sequence)");
    }

    @Test
    void reportsMalformedJsonAtTheParsersLineAndColumn() {
        Path file = folder.write("brief.json", "{\n  \"campaign\": \"x\",\n  \"brand\": \"acme\"\n  \"audience\": \"y\"\n}\n");

        assertThat(folder.problemsParsing(file)).containsExactly("brief.json:4:3 malformed JSON: Unexpected character "
                + "('\"' (code 34)): was expecting comma to separate Object entries");
    }

    @Test
    void keepsTheDocumentFailureAsTheCause() {
        Path file = folder.write("brief.json", "{ \"campaign\": ");

        BriefException e = catchThrowableOfType(BriefException.class, () -> parser.parse(file));

        assertThat(e).hasCauseInstanceOf(InvalidDocumentException.class);
        assertThat(e.problems()).isEqualTo(((InvalidDocumentException) e.getCause()).problems());
    }

    @Test
    void reportsAMissingBriefFileAsOneProblem() {
        assertThat(folder.problemsParsing(dir.resolve("missing.yaml"))).containsExactly("missing.yaml: file not found");
    }

    @Test
    void rejectsAFileThatIsNeitherYamlNorJson() {
        Path file = folder.write("brief.txt", BriefFolder.VALID_YAML);

        assertThat(folder.problemsParsing(file)).containsExactly("brief.txt: unsupported file type (expected .yaml, .yml or .json)");
    }

    @Test
    void rejectsAnEmptyBriefFile() {
        Path file = folder.write("brief.yaml", "");

        assertThat(folder.problemsParsing(file)).containsExactly("brief.yaml:1:1 the file is empty (expected a YAML map of fields)");
    }
}
