package org.creativeautomation.engine.localize.xliff;

import org.creativeautomation.engine.brief.Brief;
import org.creativeautomation.engine.localize.CampaignCopy;
import org.creativeautomation.engine.localize.CopyLocalizer;
import org.creativeautomation.engine.localize.CopyOrigin;
import org.creativeautomation.engine.localize.L10nFixtures;
import org.creativeautomation.engine.localize.market.MarketProfiles;
import org.creativeautomation.engine.localize.memory.MemoryStatus;
import org.creativeautomation.engine.localize.memory.TranslationMemory;
import org.creativeautomation.engine.store.StudioDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

import javax.xml.XMLConstants;
import javax.xml.namespace.NamespaceContext;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Export for translators, import of their work: what the files hold and what the memory gets. */
class XliffExchangeTest {
    private static final Map<String, String> NAMESPACES = Map.of("x", XliffWriter.CORE, "mtc", XliffWriter.MATCHES,
            "gls", XliffWriter.GLOSSARY);

    @TempDir
    Path temp;
    private StudioDatabase database;
    private TranslationMemory memory;
    private CopyLocalizer localizer;
    private Brief brief;

    @BeforeEach
    void open() {
        database = StudioDatabase.open(temp.resolve("studio.db"));
        memory = new TranslationMemory(database, Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneOffset.UTC));
        localizer = new CopyLocalizer(memory, MarketProfiles.shipped());
        brief = L10nFixtures.brief(temp.resolve("campaign"), L10nFixtures.WORLD_BRIEF);
    }

    @AfterEach
    void close() {
        database.close();
    }

    private List<XliffExporter.Written> export() {
        CampaignCopy copy = localizer.localize(brief, L10nFixtures.ACME, L10nFixtures.ACME_FACES, null);
        return new XliffExporter(MarketProfiles.shipped(), localizer).export(brief, L10nFixtures.ACME,
                L10nFixtures.ACME_FACES, copy, temp.resolve("xliff"));
    }

    @Test
    void writesOneXliff20FilePerTargetLocaleWithWhatATranslatorNeeds() throws Exception {
        memory.recordMachine("en-US", "de-DE", "Shop now", "Jetzt shoppen", "openai", "world-launch");
        memory.approve(List.of(new TranslationMemory.Approval("en-US", "ja-JP", "Shop now", "今すぐ購入",
                "xliff:ja-JP.xlf", "world-launch")));

        List<XliffExporter.Written> written = export();

        assertThat(written).extracting(w -> w.file().getFileName().toString())
                .containsExactly("de-DE.xlf", "ar-SA.xlf", "ja-JP.xlf");
        Document german = xml(temp.resolve("xliff/de-DE.xlf"));
        assertThat(text(german, "/x:xliff/@version")).isEqualTo("2.0");
        assertThat(text(german, "/x:xliff/@srcLang")).isEqualTo("en-US");
        assertThat(text(german, "/x:xliff/@trgLang")).isEqualTo("de-DE");
        assertThat(text(german, "/x:xliff/x:file/@id")).isEqualTo("world-launch");
        assertThat(text(german, "//x:unit[@id='message']/x:segment/x:source")).isEqualTo("Stay fresh all summer with Acme");
        assertThat(text(german, "//x:unit[@id='message']/x:segment/@state")).isEqualTo("initial");
        assertThat(count(german, "//x:unit[@id='message']/x:segment/x:target")).isZero();
        assertThat(text(german, "//x:unit[@id='message']/x:notes/x:note[@category='length']"))
                .startsWith("At most ").contains("The source has 31.");
        assertThat(text(german, "//x:unit[@id='message']/gls:glossary/gls:glossEntry/gls:term")).isEqualTo("Acme");
        assertThat(text(german, "//x:unit[@id='cta']/mtc:matches/mtc:match/@type")).isEqualTo("mt");
        assertThat(text(german, "//x:unit[@id='cta']/mtc:matches/mtc:match/@origin")).isEqualTo("openai");
        assertThat(text(german, "//x:unit[@id='cta']/mtc:matches/mtc:match/x:target")).isEqualTo("Jetzt shoppen");
        assertThat(count(german, "//x:unit[@id='cta']/x:segment/x:target")).as("machine text is no translation yet")
                .isZero();
        assertThat(text(german, "/x:xliff/x:file/x:notes/x:note[@category='market']"))
                .isEqualTo("Germany: prices in EUR as 12.345,67\u00A0€, numbers as 12.345,67, dates as dd.MM.yyyy");
        Document japanese = xml(temp.resolve("xliff/ja-JP.xlf"));
        assertThat(text(japanese, "//x:unit[@id='cta']/x:segment/x:target")).isEqualTo("今すぐ購入");
        assertThat(text(japanese, "//x:unit[@id='cta']/x:segment/@state")).isEqualTo("final");
        assertThat(written.get(2).toTranslate()).isEqualTo(1);
    }

    @Test
    void importedTranslationsAreApprovedAndUsedByTheNextLocalization() throws IOException {
        export();
        Path german = fill(temp.resolve("xliff/de-DE.xlf"), Map.of("Stay fresh all summer with Acme",
                "Bleib den ganzen Sommer frisch mit Acme", "Shop now", "Jetzt kaufen"));

        List<XliffImporter.Imported> imported = new XliffImporter(memory).importFiles(brief, List.of(german));

        assertThat(imported).singleElement().satisfies(i -> {
            assertThat(i.targetLocale()).isEqualTo("de-DE");
            assertThat(i.approved()).isEqualTo(2);
            assertThat(i.notes()).isEmpty();
        });
        CampaignCopy next = localizer.localize(brief, L10nFixtures.ACME, L10nFixtures.ACME_FACES, null);
        assertThat(next.forLocale("de-DE").origin()).isEqualTo(CopyOrigin.MEMORY);
        assertThat(next.forLocale("de-DE").creativeCopy().cta()).isEqualTo("Jetzt kaufen");
        assertThat(next.forLocale("de-DE").texts().values()).allSatisfy(t -> assertThat(t.by()).isEqualTo("xliff:de-DE.xlf"));
        assertThat(memory.exact("en-US", "de-DE", "Shop now").orElseThrow().status()).isEqualTo(MemoryStatus.APPROVED);
        assertThat(next.forLocale("ar-SA").origin()).isEqualTo(CopyOrigin.SOURCE);
    }

    @Test
    void aUnitWhoseSourceTheBriefHasSinceChangedIsKeptButNoted() throws IOException {
        export();
        Path german = temp.resolve("xliff/de-DE.xlf");
        Files.writeString(german, Files.readString(german).replace("<source>Shop now</source>",
                "<source>Shop today</source><target>Heute kaufen</target>"));

        XliffImporter.Imported imported = new XliffImporter(memory).importFiles(brief, List.of(german)).get(0);

        assertThat(imported.approved()).isEqualTo(1);
        assertThat(imported.empty()).isEqualTo(1);
        assertThat(imported.notes()).containsExactly("unit cta: the brief's cta has changed since the export; the "
                + "translation is kept in the memory, but this brief does not use it");
        assertThat(memory.exact("en-US", "de-DE", "Shop today").orElseThrow().targetText()).isEqualTo("Heute kaufen");
    }

    @Test
    void aFileOfAnotherCampaignsLocaleOrTextsStoresNothingFromAnyFile() throws IOException {
        export();
        Path german = fill(temp.resolve("xliff/de-DE.xlf"), Map.of("Shop now", "Jetzt kaufen"));
        Path french = temp.resolve("xliff/fr-FR.xlf");
        Files.writeString(french, Files.readString(german).replace("trgLang=\"de-DE\"", "trgLang=\"fr-FR\""));
        Path english = temp.resolve("xliff/en-US.xlf");
        Files.writeString(english, Files.readString(german).replace("trgLang=\"de-DE\"", "trgLang=\"en-US\""));

        XliffException e = catchThrowableOfType(XliffException.class,
                () -> new XliffImporter(memory).importFiles(brief, List.of(german, french, english)));

        assertThat(e.lines()).satisfiesExactly(
                line -> assertThat(line).isEqualTo(french + ":1:1 xliff.trgLang: \"fr-FR\" is not a locale of "
                        + "brief.yaml (en-US, de-DE, ar-SA, ja-JP)"),
                line -> assertThat(line).startsWith(english + ":").contains("unit message: the brief gives the en-US "
                        + "message itself (change it in the brief)"),
                line -> assertThat(line).startsWith(english + ":").contains("unit cta: the brief gives the en-US cta"));
        assertThat(memory.entries("en-US", "de-DE")).as("nothing half-written").isEmpty();
    }

    /** What a translator does: a target for each unit whose source has one in {@code translations}. */
    private static Path fill(Path file, Map<String, String> translations) throws IOException {
        String xml = Files.readString(file);
        for (Map.Entry<String, String> t : translations.entrySet()) {
            String source = "<source>" + t.getKey() + "</source>";
            // The segment's source is the one right before </segment>; candidates' sources are followed by <target>.
            int at = xml.indexOf(source + "\n      </segment>");
            assertThat(at).as("a segment with source %s", t.getKey()).isNotNegative();
            xml = xml.substring(0, at) + source + "<target>" + t.getValue() + "</target>"
                    + xml.substring(at + source.length());
        }
        Files.writeString(file, xml);
        return file;
    }

    private static Document xml(Path file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(file.toFile());
    }

    private static String text(Document doc, String path) throws Exception {
        return (String) xpath().evaluate(path, doc, XPathConstants.STRING);
    }

    private static int count(Document doc, String path) throws Exception {
        return ((Double) xpath().evaluate("count(" + path + ")", doc, XPathConstants.NUMBER)).intValue();
    }

    private static XPath xpath() {
        XPath xpath = XPathFactory.newInstance().newXPath();
        xpath.setNamespaceContext(new NamespaceContext() {
            @Override
            public String getNamespaceURI(String prefix) {
                return NAMESPACES.getOrDefault(prefix, XMLConstants.NULL_NS_URI);
            }

            @Override
            public String getPrefix(String uri) {
                return null;
            }

            @Override
            public Iterator<String> getPrefixes(String uri) {
                return null;
            }
        });
        return xpath;
    }
}
