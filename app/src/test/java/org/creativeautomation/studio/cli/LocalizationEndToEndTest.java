package org.creativeautomation.studio.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.creativeautomation.engine.brand.BrandFonts;
import org.creativeautomation.engine.brand.BrandKit;
import org.creativeautomation.engine.brand.BrandKitLoader;
import org.creativeautomation.engine.compose.CopyCapacity;
import org.creativeautomation.engine.compose.Ratio;
import org.creativeautomation.engine.compose.TypeFaces;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An English brief for the US, Germany, Saudi Arabia and Japan, run with the studio command line:
 * offline (the English words kept, marked), with a machine translator behind a server that speaks
 * OpenAI's chat completions API (marked machine text), and after translators' XLIFF comes back
 * (their words, from the translation memory).
 */
class LocalizationEndToEndTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path BRIEF = RepoPaths.root().resolve("examples/global-launch/brief.yaml");
    private static final List<String> TARGETS = List.of("de-DE", "ar-SA", "ja-JP");

    private static final Map<String, Map<String, String>> MACHINE = Map.of(
            "de-DE", Map.of("Stay fresh all summer with Acme", "Den ganzen Sommer frisch mit Acme",
                    "Shop now", "Jetzt shoppen", "Please recycle.", "Bitte recyceln."),
            "ar-SA", Map.of("Stay fresh all summer with Acme", "انتعش طوال الصيف مع Acme",
                    "Shop now", "تسوق الآن", "Please recycle.", "يرجى إعادة التدوير."),
            "ja-JP", Map.of("Stay fresh all summer with Acme", "Acmeで夏じゅう爽やかに",
                    "Shop now", "今すぐ購入", "Please recycle.", "リサイクルにご協力ください。"));

    private static final Map<String, Map<String, String>> HUMAN = Map.of(
            "de-DE", Map.of("Stay fresh all summer with Acme", "Bleib den ganzen Sommer frisch mit Acme",
                    "Shop now", "Jetzt kaufen", "Please recycle.", "Pfandflasche. Bitte recyceln."),
            "ar-SA", Map.of("Stay fresh all summer with Acme", "ابقَ منتعشًا طوال الصيف مع Acme",
                    "Shop now", "تسوّق الآن", "Please recycle.", "يرجى إعادة التدوير."),
            "ja-JP", Map.of("Stay fresh all summer with Acme", "Acmeで、夏じゅう爽やかに。",
                    "Shop now", "今すぐ購入", "Please recycle.", "リサイクルにご協力ください。"));

    @StartStop
    private final MockWebServer server = new MockWebServer();
    private final ChatCompletionsTranslator translator = new ChatCompletionsTranslator(MACHINE);

    @TempDir
    Path temp;

    @BeforeEach
    void answerAsATranslator() {
        server.setDispatcher(translator);
    }

    private Map<String, String> env() {
        return Map.of("HOME", temp.toString(), "OPENAI_API_KEY", "sk-test-l10n",
                "OPENAI_BASE_URL", server.url("/v1").toString());
    }

    private CliRun studio(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--home", temp.resolve("home").toString()));
        return CliRun.of(env(), all.toArray(String[]::new));
    }

    private CliRun run(String out, String... options) {
        List<String> args = new ArrayList<>(List.of("run", BRIEF.toString(), "--out", temp.resolve(out).toString()));
        args.addAll(List.of(options));
        CliRun result = studio(args.toArray(String[]::new));
        assertThat(result.exitCode()).as(result.err()).isZero();
        return result;
    }

    @Test
    void runsOfflineWithMarkedFallbacksThenWithMarkedMachineTextThenWithTheTranslatorsWords() throws Exception {
        // 1. Offline: the English words stand in, and every one of them is a finding.
        CliRun offline = run("offline");

        assertThat(offline.err()).contains("copy de-DE: copy from source (untranslated: l10n.untranslated findings)");
        assertThat(offline.out()).contains("copy: de-DE source, ar-SA source, ja-JP source")
                .contains("9 texts left untranslated (l10n.untranslated)");
        for (JsonNode creative : creatives("offline")) {
            String locale = creative.get("locale").asText();
            JsonNode copy = creative.get("copy");
            assertThat(copy.get("message").asText()).isEqualTo("Stay fresh all summer with Acme");
            assertThat(copy.get("origin").asText()).isEqualTo(locale.equals("en-US") ? "brief" : "source");
            assertThat(checks("offline", creative.get("path").asText()))
                    .filteredOn(id -> id.startsWith("l10n."))
                    .isEqualTo(locale.equals("en-US") ? List.of()
                            : List.of("l10n.untranslated", "l10n.untranslated", "l10n.untranslated"));
        }
        assertThat(creatives("offline")).hasSize(20);
        assertThat(server.getRequestCount()).isZero();

        // 2. With a machine translator: one request per text and locale, told the glossary and the length budget.
        CliRun machine = run("machine", "--translator", "openai");

        assertThat(server.getRequestCount()).isEqualTo(9);
        assertThat(translator.texts()).containsOnly("Stay fresh all summer with Acme", "Shop now", "Please recycle.");
        for (int i = 0; i < translator.requests.size(); i++) {
            String system = translator.systemMessages().get(i);
            String text = translator.texts().get(i);
            String locale = TARGETS.stream().filter(t -> system.contains(", " + t + ")")).findFirst().orElseThrow();
            assertThat(system).contains("Do not translate these names and terms; write them exactly as given: "
                    + "\"Acme Beverages\", \"Citrus Cooler\", \"Acme\".");
            assertThat(system).contains("Length budget: at most " + budget(locale, text) + " characters; the source has "
                    + text.length() + ".");
            assertThat(system).contains("Brand tone: Fresh, friendly and upbeat.");
        }
        assertThat(translator.systemMessages()).anySatisfy(s -> assertThat(s)
                .contains("into German (Germany, de-DE)")
                .contains("Write prices in EUR as 12.345,67\u00A0€")
                .contains("require it to contain, exactly as written, \"Pfandflasche. Bitte recyceln.\""));
        assertThat(machine.out()).contains("copy: de-DE machine, ar-SA machine, ja-JP machine")
                .contains("9 machine-translated texts awaiting approval");
        for (JsonNode creative : creatives("machine")) {
            String locale = creative.get("locale").asText();
            if (locale.equals("en-US")) {
                continue;
            }
            JsonNode copy = creative.get("copy");
            assertThat(copy.get("origin").asText()).isEqualTo("machine");
            assertThat(copy.get("cta").asText()).isEqualTo(MACHINE.get(locale).get("Shop now"));
            assertThat(copy.at("/translated/message/by").asText()).isEqualTo("openai");
            assertThat(copy.at("/translated/message/from").asText()).isEqualTo("en-US");
            assertThat(checks("machine", creative.get("path").asText())).filteredOn(id -> id.startsWith("l10n."))
                    .containsExactly("l10n.machine-translation", "l10n.machine-translation", "l10n.machine-translation");
        }

        // 3. The machine's text is kept: a later run without a translator asks nobody and stays marked.
        run("again");
        assertThat(server.getRequestCount()).isEqualTo(9);
        assertThat(creatives("again")).filteredOn(c -> c.get("locale").asText().equals("ja-JP"))
                .allSatisfy(c -> assertThat(c.at("/copy/origin").asText()).isEqualTo("machine"));

        // 4. XLIFF for translators: a file per target locale, the machine's text a candidate, no target yet.
        Path xliff = temp.resolve("xliff");
        CliRun export = studio("l10n", "export", BRIEF.toString(), "--out", xliff.toString());
        assertThat(export.exitCode()).as(export.err()).isZero();
        assertThat(xliff.resolve("de-DE.xlf")).isRegularFile();
        assertThat(xliff.resolve("ar-SA.xlf")).isRegularFile();
        assertThat(xliff.resolve("ja-JP.xlf")).isRegularFile();
        String german = Files.readString(xliff.resolve("de-DE.xlf"));
        assertThat(german).contains("version=\"2.0\"").contains("srcLang=\"en-US\"").contains("trgLang=\"de-DE\"")
                .contains("<mtc:match ref=\"#s-cta\" type=\"mt\" origin=\"openai\"")
                .contains("<target>Jetzt shoppen</target>")
                .doesNotContain("<target>Jetzt kaufen</target>");

        // 5. The translators fill in the targets; importing approves them.
        List<String> files = new ArrayList<>();
        for (String locale : TARGETS) {
            files.add(translate(xliff.resolve(locale + ".xlf"), HUMAN.get(locale)).toString());
        }
        List<String> importArgs = new ArrayList<>(List.of("l10n", "import", BRIEF.toString()));
        importArgs.addAll(files);
        CliRun imported = studio(importArgs.toArray(String[]::new));
        assertThat(imported.exitCode()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("de-DE.xlf: 3 translations approved (de-DE)");

        // 6. The next run uses the translators' words, from the memory, and nothing is marked any more.
        run("human");
        assertThat(server.getRequestCount()).as("no translator was asked again").isEqualTo(9);
        for (JsonNode creative : creatives("human")) {
            String locale = creative.get("locale").asText();
            JsonNode copy = creative.get("copy");
            List<String> checks = checks("human", creative.get("path").asText());
            assertThat(checks).noneMatch(id -> id.startsWith("l10n."));
            if (locale.equals("en-US")) {
                assertThat(copy.get("origin").asText()).isEqualTo("brief");
                continue;
            }
            assertThat(copy.get("origin").asText()).isEqualTo("memory");
            assertThat(copy.get("message").asText()).isEqualTo(HUMAN.get(locale).get("Stay fresh all summer with Acme"));
            assertThat(copy.get("disclaimer").asText()).isEqualTo(HUMAN.get(locale).get("Please recycle."));
            assertThat(copy.at("/translated/cta/by").asText()).isEqualTo("xliff:" + locale + ".xlf");
            assertThat(copy.at("/translated/cta/match").asInt()).isEqualTo(100);
            if (locale.equals("de-DE")) {
                assertThat(checks).as("the German disclaimer now carries the kit's wording for DE")
                        .doesNotContain("legal.disclaimer-missing");
            }
        }
    }

    @Test
    void anApprovedMachineTranslationIsUsedAsMemoryWhileOtherLocalesStayMarked() throws IOException {
        run("machine", "--translator", "openai");

        CliRun approve = studio("l10n", "approve", BRIEF.toString(), "--locale", "de-DE");

        assertThat(approve.exitCode()).as(approve.err()).isZero();
        assertThat(approve.out()).contains("Approved 3 texts into the translation memory:")
                .contains("de-DE cta: \"Jetzt shoppen\" (was: machine translation (openai))");
        CliRun status = studio("l10n", "status", BRIEF.toString());
        assertThat(status.out()).contains("de-DE    memory").contains("ar-SA    machine")
                .contains("cta         machine (openai)");
        run("approved");
        JsonNode germanCreative = creatives("approved").stream()
                .filter(c -> c.get("locale").asText().equals("de-DE")).findFirst().orElseThrow();
        assertThat(germanCreative.at("/copy/origin").asText()).isEqualTo("memory");
        assertThat(germanCreative.at("/copy/translated/cta/by").asText()).isEqualTo("approved:machine:openai");
        assertThat(creatives("approved")).filteredOn(c -> c.get("locale").asText().equals("ar-SA"))
                .allSatisfy(c -> assertThat(c.at("/copy/origin").asText()).isEqualTo("machine"));
    }

    @Test
    void untranslatedCopyCannotBeApprovedAndNothingElseIsApprovedWithIt() {
        run("offline");

        CliRun approve = studio("l10n", "approve", BRIEF.toString(), "--locale", "de-DE", "--locale", "fr-FR");

        assertThat(approve.exitCode()).isEqualTo(2);
        assertThat(approve.err()).contains("--locale de-DE: the message is not translated (it is the en-US text)")
                .contains("--locale fr-FR: not a locale of brief.yaml (en-US, de-DE, ar-SA, ja-JP)");
        assertThat(studio("l10n", "status", BRIEF.toString()).out()).contains("de-DE    source");
    }

    @Test
    void validateSaysWhichLocalesTakeTheirCopyFromTranslation() {
        CliRun validate = studio("validate", BRIEF.toString());

        assertThat(validate.exitCode()).as(validate.err()).isZero();
        assertThat(validate.out()).contains("1 product x 5 ratios x 4 locales = 20 creatives")
                .contains("copy to translate when the campaign runs: de-DE, ar-SA, ja-JP");
    }

    @Test
    void anUnknownOrUnconfiguredTranslatorIsABadInputBeforeAnythingIsWritten() {
        CliRun unknown = studio("run", BRIEF.toString(), "--out", temp.resolve("u").toString(), "--translator", "deepl");
        CliRun unconfigured = CliRun.of(Map.of("HOME", temp.toString()), "run", BRIEF.toString(), "--out",
                temp.resolve("n").toString(), "--home", temp.resolve("home").toString(), "--translator", "openai");

        CliRun dryRun = studio("run", BRIEF.toString(), "--dry-run", "--translator", "deepl");

        assertThat(dryRun.exitCode()).isEqualTo(2);
        assertThat(dryRun.err()).contains("--translator deepl: unknown text provider");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("--translator deepl: unknown text provider (installed: ")
                .contains("openai").contains("anthropic");
        assertThat(unconfigured.exitCode()).isEqualTo(2);
        assertThat(unconfigured.err()).contains("--translator openai: not configured").contains("OPENAI_API_KEY");
        assertThat(temp.resolve("u")).doesNotExist();
        assertThat(temp.resolve("n")).doesNotExist();
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void studioYamlNamesTheTranslatorOfRunsThatNameNone() throws IOException {
        CliRun set = studio("settings", "set", "run.translator", "openai");
        assertThat(set.exitCode()).as(set.err()).isZero();

        run("from-settings");

        assertThat(server.getRequestCount()).isEqualTo(9);
        assertThat(creatives("from-settings")).filteredOn(c -> !c.get("locale").asText().equals("en-US"))
                .allSatisfy(c -> assertThat(c.at("/copy/origin").asText()).isEqualTo("machine"));
    }

    @Test
    void aBrokenXliffFileIsABadInputNamingItsLineAndStoresNothing() throws IOException {
        Path xliff = temp.resolve("xliff");
        assertThat(studio("l10n", "export", BRIEF.toString(), "--out", xliff.toString()).exitCode()).isZero();
        Path good = translate(xliff.resolve("de-DE.xlf"), HUMAN.get("de-DE"));
        Path broken = xliff.resolve("ja-JP.xlf");
        Files.writeString(broken, Files.readString(broken).replace("</segment>", "</segmnt>"));

        CliRun imported = studio("l10n", "import", BRIEF.toString(), good.toString(), broken.toString());

        assertThat(imported.exitCode()).isEqualTo(2);
        assertThat(imported.err()).startsWith(broken + ":").contains("malformed XML");
        assertThat(studio("l10n", "status", BRIEF.toString()).out()).as("the good file was not stored either")
                .contains("de-DE    source");
    }

    @Test
    void anExportIntoAFileIsABadInput() throws IOException {
        Path file = Files.writeString(temp.resolve("not-a-folder"), "x");

        CliRun export = studio("l10n", "export", BRIEF.toString(), "--out", file.toString());

        assertThat(export.exitCode()).isEqualTo(2);
        assertThat(export.err()).contains("--out " + file + ": not a folder");
        assertThat(Files.readString(file)).isEqualTo("x");
    }

    /** What a translator does with an exported file: a target for every unit, from the phrase book. */
    private static Path translate(Path file, Map<String, String> phrases) throws IOException {
        String xml = Files.readString(file);
        for (Map.Entry<String, String> phrase : phrases.entrySet()) {
            String source = "<source>" + phrase.getKey() + "</source>\n      </segment>";
            assertThat(xml).contains(source);
            xml = xml.replace(source, "<source>" + phrase.getKey() + "</source><target>" + phrase.getValue()
                    + "</target>\n      </segment>");
        }
        Files.writeString(file, xml);
        return file;
    }

    /** The length budget the translator should be told: what the acme kit's text zones hold for the brief's ratios. */
    private static int budget(String locale, String text) {
        BrandKit kit = new BrandKitLoader().load(RepoPaths.root().resolve("brand-kits/acme-beverages"));
        BrandFonts fonts = BrandFonts.of(kit);
        CopyCapacity.Budget budget = new CopyCapacity().of(kit, new TypeFaces(fonts.headline(1f), fonts.body(1f)),
                List.of(Ratio.values()), locale);
        return switch (text) {
            case "Shop now" -> budget.cta();
            case "Please recycle." -> budget.disclaimer();
            default -> budget.message();
        };
    }

    private List<JsonNode> creatives(String out) throws IOException {
        JsonNode manifest = JSON.readTree(temp.resolve(out).resolve("manifest.json").toFile());
        return StreamSupport.stream(manifest.get("creatives").spliterator(), false).toList();
    }

    private final Map<String, JsonNode> reports = new HashMap<>();

    /** The check ids of a creative's findings in compliance.json, in order. */
    private List<String> checks(String out, String path) throws IOException {
        JsonNode report = reports.computeIfAbsent(out, o -> {
            try {
                return JSON.readTree(temp.resolve(o).resolve("compliance.json").toFile());
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        JsonNode creative = StreamSupport.stream(report.get("creatives").spliterator(), false)
                .filter(c -> c.get("path").asText().equals(path)).findFirst().orElseThrow();
        return StreamSupport.stream(creative.get("findings").spliterator(), false)
                .map(f -> f.get("check").asText()).toList();
    }
}
