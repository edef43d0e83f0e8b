package org.creativeautomation.engine.localize.xliff;

import org.creativeautomation.engine.document.Location;
import org.creativeautomation.engine.document.Problem;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads what a translator sends back: an XLIFF 2.0 (or 2.1) document's languages and, per unit, the
 * source and target text of its segments (joined, when a translator's tool split a unit into several
 * segments). Annotation markers ({@code <mrk>}) keep their text; inline codes ({@code <ph>},
 * {@code <pc>}, ...) have no place in a line of ad copy and are refused. Every problem is reported
 * with its line and column, all of them at once where the document can be read to its end. DTDs and
 * external entities are refused: a file from outside must not make the studio read other files.
 */
public final class XliffReader {
    private static final Set<String> VERSIONS = Set.of("2.0", "2.1");
    private static final Set<String> INLINE_CODES = Set.of("ph", "pc", "sc", "ec", "sm", "em");
    private static final String XLIFF_1 = "urn:oasis:names:tc:xliff:document:1.2";

    private final XMLInputFactory factory;

    public XliffReader() {
        factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        trySetting(XMLConstants.ACCESS_EXTERNAL_DTD);
        trySetting(XMLConstants.ACCESS_EXTERNAL_SCHEMA);
    }

    private void trySetting(String property) {
        try {
            factory.setProperty(property, "");
        } catch (IllegalArgumentException e) {
            // a StAX implementation without the property reads no external resources anyway with DTDs off
        }
    }

    /** @throws XliffException naming every problem, each at its line and column */
    public XliffFile read(Path file) {
        List<Problem> problems = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file)) {
            XMLStreamReader xml = factory.createXMLStreamReader(in);
            try {
                XliffFile read = document(file, xml, problems);
                if (problems.isEmpty()) {
                    return read;
                }
            } finally {
                xml.close();
            }
        } catch (NoSuchFileException e) {
            problems.add(new Problem(null, null, file + ": file not found"));
        } catch (IOException e) {
            problems.add(new Problem(null, null, file + ": cannot read (" + e.getMessage() + ")"));
        } catch (XMLStreamException e) {
            javax.xml.stream.Location at = e.getLocation();
            problems.add(new Problem(at == null ? Location.startOf(file)
                    : new Location(file, Math.max(1, at.getLineNumber()), Math.max(1, at.getColumnNumber())),
                    null, "malformed XML: " + firstLine(e.getMessage())));
        }
        throw new XliffException(problems);
    }

    private XliffFile document(Path file, XMLStreamReader xml, List<Problem> problems) throws XMLStreamException {
        while (xml.hasNext() && xml.next() != XMLStreamConstants.START_ELEMENT) {
            if (xml.getEventType() == XMLStreamConstants.DTD) {
                problems.add(new Problem(at(file, xml), null, "a DTD is not allowed in XLIFF 2.0"));
                return null;
            }
        }
        if (xml.getEventType() != XMLStreamConstants.START_ELEMENT) {
            problems.add(new Problem(Location.startOf(file), null, "the file has no XML element"));
            return null;
        }
        if (XLIFF_1.equals(xml.getNamespaceURI())) {
            problems.add(new Problem(at(file, xml), "xliff", "this is XLIFF 1.2; the studio exchanges XLIFF 2.0 "
                    + "(export again with studio l10n export, or save as XLIFF 2.0)"));
            return null;
        }
        if (!isCore(xml, "xliff")) {
            problems.add(new Problem(at(file, xml), null, "<" + xml.getLocalName() + "> is not an XLIFF 2.0 document "
                    + "(expected <xliff xmlns=\"" + XliffWriter.CORE + "\">)"));
            return null;
        }
        Location root = at(file, xml);
        String version = xml.getAttributeValue(null, "version");
        if (version == null || !VERSIONS.contains(version)) {
            problems.add(new Problem(root, "xliff.version", version == null ? "missing (expected 2.0)"
                    : "\"" + version + "\" is not a version the studio reads (2.0 or 2.1)"));
        }
        String srcLang = required(file, xml, "srcLang", "the source language, such as en-US", problems);
        String trgLang = required(file, xml, "trgLang", "the target language, such as de-DE", problems);
        String fileId = null;
        String original = null;
        List<XliffUnit> units = new ArrayList<>();
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT && isCore(xml, "file") && fileId == null) {
                fileId = xml.getAttributeValue(null, "id");
                original = xml.getAttributeValue(null, "original");
            } else if (event == XMLStreamConstants.START_ELEMENT && isCore(xml, "unit")) {
                XliffUnit unit = unit(file, xml, problems);
                if (unit != null) {
                    units.add(unit);
                }
            }
        }
        return new XliffFile(srcLang, trgLang, fileId, original, List.of(), units);
    }

    /** A unit, read up to its end tag; null when it has a problem (reported). */
    private XliffUnit unit(Path file, XMLStreamReader xml, List<Problem> problems) throws XMLStreamException {
        Location start = at(file, xml);
        String id = xml.getAttributeValue(null, "id");
        if (id == null || id.isBlank()) {
            problems.add(new Problem(start, "unit", "missing id (the text it holds: message, cta or disclaimer)"));
        }
        StringBuilder source = new StringBuilder();
        StringBuilder target = null;
        int problemsBefore = problems.size();
        int depth = 1;
        while (depth > 0) {
            int event = xml.next();
            if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            } else if (event == XMLStreamConstants.START_ELEMENT) {
                if (isCore(xml, "segment") || isCore(xml, "ignorable")) {
                    String[] texts = segment(file, xml, id, problems);
                    source.append(texts[0]);
                    if (texts[1] != null) {
                        target = (target == null ? new StringBuilder() : target).append(texts[1]);
                    }
                } else {
                    skip(xml);
                }
            }
        }
        if (problems.size() > problemsBefore || id == null || id.isBlank()) {
            return null;
        }
        String translated = target == null || target.toString().isBlank() ? null : target.toString().strip();
        return new XliffUnit(id, source.toString().strip(), translated, null, List.of(), List.of(), List.of(), start);
    }

    /** The source and target text of a segment (target null when it has none), read up to its end tag. */
    private String[] segment(Path file, XMLStreamReader xml, String unit, List<Problem> problems)
            throws XMLStreamException {
        String source = "";
        String target = null;
        int depth = 1;
        while (depth > 0) {
            int event = xml.next();
            if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            } else if (event == XMLStreamConstants.START_ELEMENT) {
                if (isCore(xml, "source")) {
                    source = content(file, xml, unit, problems);
                } else if (isCore(xml, "target")) {
                    target = content(file, xml, unit, problems);
                } else {
                    skip(xml);
                }
            }
        }
        return new String[]{source, target};
    }

    /** The text of a source or target, read up to its end tag. */
    private String content(Path file, XMLStreamReader xml, String unit, List<Problem> problems)
            throws XMLStreamException {
        String element = xml.getLocalName();
        StringBuilder text = new StringBuilder();
        int depth = 1;
        while (depth > 0) {
            int event = xml.next();
            switch (event) {
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
                        text.append(xml.getText());
                case XMLStreamConstants.END_ELEMENT -> depth--;
                case XMLStreamConstants.START_ELEMENT -> {
                    if (isCore(xml, "mrk")) {
                        depth++;
                    } else if (isCore(xml, "cp")) {
                        codePoint(file, xml, unit, problems).ifPresent(text::appendCodePoint);
                        skip(xml);
                    } else if (INLINE_CODES.contains(xml.getLocalName())) {
                        problems.add(new Problem(at(file, xml), "unit " + unit + " " + element, "<"
                                + xml.getLocalName() + "> is an inline code; ad copy is plain text (remove it, keep "
                                + "its words)"));
                        skip(xml);
                    } else {
                        skip(xml);
                    }
                }
                default -> {
                    // comments and processing instructions are no text
                }
            }
        }
        return text.toString();
    }

    private static java.util.Optional<Integer> codePoint(Path file, XMLStreamReader xml, String unit,
                                                         List<Problem> problems) {
        String hex = xml.getAttributeValue(null, "hex");
        try {
            int cp = Integer.parseInt(hex, 16);
            if (Character.isValidCodePoint(cp)) {
                return java.util.Optional.of(cp);
            }
        } catch (NumberFormatException | NullPointerException e) {
            // reported below
        }
        problems.add(new Problem(at(file, xml), "unit " + unit + " cp", "\"" + hex + "\" is not a code point in hex"));
        return java.util.Optional.empty();
    }

    /** Skips the element the reader stands on, with everything inside it. */
    private static void skip(XMLStreamReader xml) throws XMLStreamException {
        int depth = 1;
        while (depth > 0) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }

    private static String required(Path file, XMLStreamReader xml, String attribute, String expected,
                                   List<Problem> problems) {
        String value = xml.getAttributeValue(null, attribute);
        if (value == null || value.isBlank()) {
            problems.add(new Problem(at(file, xml), "xliff." + attribute, "missing (" + expected + ")"));
            return null;
        }
        return value.strip();
    }

    private static boolean isCore(XMLStreamReader xml, String name) {
        return XliffWriter.CORE.equals(xml.getNamespaceURI()) && name.equals(xml.getLocalName());
    }

    private static Location at(Path file, XMLStreamReader xml) {
        javax.xml.stream.Location at = xml.getLocation();
        return new Location(file, Math.max(1, at.getLineNumber()), Math.max(1, at.getColumnNumber()));
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "syntax error";
        }
        // The JDK's messages start with "ParseError at [row,col]:[...]"; the location is reported apart.
        String text = message.replaceFirst("(?s)^ParseError at \\[row,col\\]:\\[\\d+,\\d+\\]\\s*Message:\\s*", "");
        return text.lines().findFirst().orElse("syntax error").strip();
    }
}
