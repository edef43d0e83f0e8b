package org.creativeautomation.engine.localize.xliff;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class XliffReaderTest {
    private final XliffReader reader = new XliffReader();

    @TempDir
    Path temp;

    private Path file(String xml) throws IOException {
        Path file = temp.resolve("de-DE.xlf");
        Files.writeString(file, xml);
        return file;
    }

    private List<String> problems(Path file) {
        return catchThrowableOfType(XliffException.class, () -> reader.read(file)).lines();
    }

    @Test
    void readsWhatTheWriterWrote() {
        XliffUnit unit = new XliffUnit("message", "Stay fresh & cool <now>", "Bleib frisch", "final",
                List.of(new XliffUnit.Note("length", "At most 40 characters.")),
                List.of(new XliffUnit.Candidate("mt", "openai", 100, "Stay fresh & cool <now>", "Bleib kühl")),
                List.of("Acme"), null);
        byte[] xml = new XliffWriter().write(new XliffFile("en-US", "de-DE", "summer", "brief.yaml",
                List.of(new XliffUnit.Note("tone", "Friendly.")), List.of(unit)));

        XliffFile read = reader.read(write(xml));

        assertThat(read.srcLang()).isEqualTo("en-US");
        assertThat(read.trgLang()).isEqualTo("de-DE");
        assertThat(read.fileId()).isEqualTo("summer");
        assertThat(read.units()).singleElement().satisfies(u -> {
            assertThat(u.id()).isEqualTo("message");
            assertThat(u.source()).as("the candidate's source is not the unit's").isEqualTo("Stay fresh & cool <now>");
            assertThat(u.target()).isEqualTo("Bleib frisch");
            assertThat(u.location().line()).isGreaterThan(1);
        });
    }

    private Path write(byte[] xml) {
        try {
            Path file = temp.resolve("written.xlf");
            Files.write(file, xml);
            return file;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void joinsTheSegmentsOfAUnitATranslatorsToolSplitAndKeepsTheTextOfMarkers() throws IOException {
        Path file = file("""
                <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en-US" trgLang="de-DE">
                  <file id="f1">
                    <unit id="disclaimer">
                      <segment><source>Please recycle. </source><target>Bitte recyceln. </target></segment>
                      <segment><source>No sugar.</source><target><mrk id="m1" translate="no">Kein</mrk> Zucker<cp hex="0021"/></target></segment>
                    </unit>
                    <unit id="cta"><segment><source>Shop now</source></segment></unit>
                  </file>
                </xliff>
                """);

        XliffFile read = reader.read(file);

        assertThat(read.units()).extracting(XliffUnit::id, XliffUnit::source, XliffUnit::target).containsExactly(
                org.assertj.core.groups.Tuple.tuple("disclaimer", "Please recycle. No sugar.", "Bitte recyceln. Kein Zucker!"),
                org.assertj.core.groups.Tuple.tuple("cta", "Shop now", null));
    }

    @Test
    void refusesXliff12WithAHint() throws IOException {
        Path file = file("""
                <?xml version="1.0"?>
                <xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file/></xliff>
                """);

        assertThat(problems(file)).singleElement().asString().startsWith(file + ":2:")
                .contains("this is XLIFF 1.2; the studio exchanges XLIFF 2.0");
    }

    @Test
    void reportsMalformedXmlAtItsLine() throws IOException {
        Path file = file("""
                <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en-US" trgLang="de-DE">
                  <file id="f1">
                    <unit id="cta"><segment><source>Shop now</source><target>Jetzt kaufen</segment></unit>
                """);

        assertThat(problems(file)).singleElement().asString().startsWith(file + ":3:").contains("malformed XML");
    }

    @Test
    void refusesInlineCodesAndMissingLanguagesAllAtOnce() throws IOException {
        Path file = file("""
                <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en-US">
                  <file id="f1">
                    <unit id="message">
                      <segment><source>Stay fresh</source><target>Bleib <ph id="1"/>frisch</target></segment>
                    </unit>
                  </file>
                </xliff>
                """);

        assertThat(problems(file)).satisfiesExactly(
                p -> assertThat(p).startsWith(file + ":1:").contains("xliff.trgLang: missing"),
                p -> assertThat(p).startsWith(file + ":4:").contains("unit message target: <ph> is an inline code"));
    }

    @Test
    void neverReadsAnotherFileThroughAnExternalEntity() throws IOException {
        Path secret = temp.resolve("secret.txt");
        Files.writeString(secret, "top secret");
        Path file = file("<?xml version=\"1.0\"?>\n<!DOCTYPE x [<!ENTITY s SYSTEM \"" + secret.toUri() + "\">]>\n"
                + "<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.0\" srcLang=\"en-US\" "
                + "trgLang=\"de-DE\"><file id=\"f\"><unit id=\"cta\"><segment><source>Shop</source>"
                + "<target>&s;</target></segment></unit></file></xliff>");

        XliffException e = catchThrowableOfType(XliffException.class, () -> reader.read(file));

        assertThat(e).isNotNull();
        assertThat(String.join("\n", e.lines())).doesNotContain("top secret");
    }
}
