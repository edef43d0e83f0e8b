package org.creativeautomation.engine.localize.xliff;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes an {@link XliffFile} as XLIFF 2.0: core elements, translation candidates
 * ({@code mtc:matches}) for machine translations and similar approved ones, and the glossary
 * module ({@code gls:glossary}) for the terms that stay as written. Indented, UTF-8.
 */
public final class XliffWriter {
    public static final String CORE = "urn:oasis:names:tc:xliff:document:2.0";
    public static final String MATCHES = "urn:oasis:names:tc:xliff:matches:2.0";
    public static final String GLOSSARY = "urn:oasis:names:tc:xliff:glossary:2.0";

    private final XMLOutputFactory factory = XMLOutputFactory.newFactory();

    public byte[] write(XliffFile file) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            XMLStreamWriter xml = factory.createXMLStreamWriter(bytes, "UTF-8");
            Indented out = new Indented(xml);
            xml.writeStartDocument("UTF-8", "1.0");
            out.newline(0);
            xml.setDefaultNamespace(CORE);
            xml.setPrefix("mtc", MATCHES);
            xml.setPrefix("gls", GLOSSARY);
            xml.writeStartElement(CORE, "xliff");
            xml.writeDefaultNamespace(CORE);
            xml.writeNamespace("mtc", MATCHES);
            xml.writeNamespace("gls", GLOSSARY);
            xml.writeAttribute("version", "2.0");
            xml.writeAttribute("srcLang", file.srcLang());
            xml.writeAttribute("trgLang", file.trgLang());
            out.start(1, CORE, "file");
            xml.writeAttribute("id", file.fileId());
            xml.writeAttribute("original", file.original());
            notes(out, 2, file.notes());
            for (XliffUnit unit : file.units()) {
                unit(out, unit);
            }
            out.end(1);
            out.end(0);
            out.newline(0);
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write XLIFF: " + e.getMessage(), e);
        }
        return bytes.toByteArray();
    }

    private static void unit(Indented out, XliffUnit unit) throws XMLStreamException {
        XMLStreamWriter xml = out.xml();
        String segment = "s-" + unit.id();
        out.start(2, CORE, "unit");
        xml.writeAttribute("id", unit.id());
        xml.writeAttribute("name", unit.id());
        if (!unit.candidates().isEmpty()) {
            out.start(3, MATCHES, "matches");
            for (XliffUnit.Candidate c : unit.candidates()) {
                out.start(4, MATCHES, "match");
                xml.writeAttribute("ref", "#" + segment);
                xml.writeAttribute("type", c.type());
                if (c.origin() != null) {
                    xml.writeAttribute("origin", c.origin());
                }
                xml.writeAttribute("similarity", Integer.toString(c.similarity()));
                out.text(5, CORE, "source", c.source());
                out.text(5, CORE, "target", c.target());
                out.end(4);
            }
            out.end(3);
        }
        if (!unit.doNotTranslate().isEmpty()) {
            out.start(3, GLOSSARY, "glossary");
            for (String term : unit.doNotTranslate()) {
                out.start(4, GLOSSARY, "glossEntry");
                out.text(5, GLOSSARY, "term", term);
                out.text(5, GLOSSARY, "translation", term);
                out.text(5, GLOSSARY, "definition", "A name or term that stays as written in every language.");
                out.end(4);
            }
            out.end(3);
        }
        notes(out, 3, unit.notes());
        out.start(3, CORE, "segment");
        xml.writeAttribute("id", segment);
        xml.writeAttribute("state", unit.state());
        out.text(4, CORE, "source", unit.source());
        if (unit.target() != null) {
            out.text(4, CORE, "target", unit.target());
        }
        out.end(3);
        out.end(2);
    }

    private static void notes(Indented out, int depth, List<XliffUnit.Note> notes) throws XMLStreamException {
        if (notes.isEmpty()) {
            return;
        }
        out.start(depth, CORE, "notes");
        for (XliffUnit.Note note : notes) {
            out.start(depth + 1, CORE, "note");
            out.xml().writeAttribute("category", note.category());
            out.xml().writeCharacters(note.text());
            out.xml().writeEndElement();
        }
        out.end(depth);
    }

    /** Elements on lines of their own, indented two spaces a level; text stays inside its element. */
    private record Indented(XMLStreamWriter xml) {
        void newline(int depth) throws XMLStreamException {
            xml.writeCharacters("\n" + "  ".repeat(depth));
        }

        void start(int depth, String namespace, String name) throws XMLStreamException {
            newline(depth);
            xml.writeStartElement(namespace, name);
        }

        void end(int depth) throws XMLStreamException {
            newline(depth);
            xml.writeEndElement();
        }

        void text(int depth, String namespace, String name, String text) throws XMLStreamException {
            start(depth, namespace, name);
            xml.writeCharacters(text);
            xml.writeEndElement();
        }
    }
}
