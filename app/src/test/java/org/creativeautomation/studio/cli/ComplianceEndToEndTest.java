package org.creativeautomation.studio.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/** Compliance through the real commands: findings files, the proof sheet, --strict, check and report. */
class ComplianceEndToEndTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path temp;

    private CliRun studio(String... args) {
        List<String> all = new java.util.ArrayList<>(List.of(args));
        all.add("--home");
        all.add(temp.resolve("home").toString());
        return CliRun.of(Map.of("HOME", temp.toString()), all.toArray(String[]::new));
    }

    @Test
    void theExampleRunWritesFindingsVerdictsAndAProofSheet() throws IOException {
        Path out = temp.resolve("out");
        CliRun run = studio("run", RepoPaths.root().resolve("examples/summer-splash/brief.yaml").toString(),
                "--out", out.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode report = JSON.readTree(out.resolve("compliance.json").toFile());
        assertThat(report.get("creatives")).hasSize(20);
        for (JsonNode creative : report.get("creatives")) {
            assertThat(creative.get("status").asText()).as(creative.toString()).isEqualTo("pass");
            assertThat(creative.get("path").asText()).isNotBlank();
        }
        JsonNode manifest = JSON.readTree(out.resolve("manifest.json").toFile());
        for (JsonNode creative : manifest.get("creatives")) {
            assertThat(creative.at("/compliance/status").asText()).isEqualTo("pass");
            assertThat(creative.at("/compliance/errors").asInt()).isZero();
        }
        assertThat(run.out()).contains("compliance: 20 pass, 0 warn, 0 fail");
        try (PDDocument pdf = Loader.loadPDF(out.resolve("proof-sheet.pdf").toFile())) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(pdf.getNumberOfPages()).isGreaterThanOrEqualTo(3);
            assertThat(text).contains("Summer Splash 2026").contains("acme-beverages").contains("Citrus Cooler")
                    .contains("9:16").contains("es-US").contains("Approver");
        }
    }

    @Test
    void findingsOfABadBriefAreReportedAndStrictExitsThree() throws IOException {
        Path dir = Files.createDirectories(temp.resolve("risky"));
        Files.writeString(dir.resolve("brief.yaml"), """
                campaign: risky-claims
                brand: acme-beverages
                market: {region: US, locales: [en-US]}
                audience: anyone
                message: Guaranteed to cure your thirst
                cta: Shop now
                ratios: ["1:1"]
                products: [{id: water, name: Water, description: sparkling water in a can}]
                """);
        Path out = temp.resolve("risky-out");

        CliRun lenient = studio("run", dir.resolve("brief.yaml").toString(), "--out", out.toString());
        CliRun strict = studio("run", dir.resolve("brief.yaml").toString(), "--out", out.toString(), "--strict");

        assertThat(lenient.exitCode()).as(lenient.err()).isZero();
        assertThat(strict.exitCode()).isEqualTo(3);
        assertThat(strict.err()).contains("--strict");
        JsonNode findings = JSON.readTree(out.resolve("compliance.json").toFile()).at("/creatives/0/findings");
        List<String> checks = StreamSupport.stream(findings.spliterator(), false).map(f -> f.get("check").asText()).toList();
        assertThat(checks).contains("legal.prohibited", "legal.disclaimer-missing");
        JsonNode prohibited = StreamSupport.stream(findings.spliterator(), false)
                .filter(f -> f.get("check").asText().equals("legal.prohibited")).findFirst().orElseThrow();
        assertThat(prohibited.get("severity").asText()).isEqualTo("error");
        assertThat(prohibited.get("owner").asText()).isEqualTo("legal");
        assertThat(prohibited.get("box").get("w").asInt()).isPositive();
        assertThat(JSON.readTree(out.resolve("compliance.json").toFile()).at("/creatives/0/status").asText())
                .isEqualTo("fail");
    }

    @Test
    void checkJudgesAnImageMadeElsewhere() throws IOException {
        BufferedImage flat = new BufferedImage(1080, 1080, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = flat.createGraphics();
        g.setColor(new Color(30, 60, 200));
        g.fillRect(0, 0, 1080, 1080);
        g.dispose();
        Path image = temp.resolve("flat.png");
        ImageIO.write(flat, "png", image.toFile());

        CliRun text = studio("check", image.toString(), "--brand", "acme-beverages");
        CliRun json = studio("check", image.toString(), "--brand", "acme-beverages", "--json", "--strict");

        assertThat(text.exitCode()).as(text.err()).isZero();
        assertThat(text.out()).contains("FAIL").contains("quality.blank").contains("1 image checked, 1 with errors");
        assertThat(json.exitCode()).isEqualTo(3);
        JsonNode findings = JSON.readTree(json.out());
        assertThat(findings.isArray()).isTrue();
        assertThat(StreamSupport.stream(findings.spliterator(), false).map(f -> f.get("check").asText()))
                .contains("quality.blank");
        JsonNode first = findings.get(0);
        assertThat(first.has("severity") && first.has("owner") && first.has("message") && first.has("measured")
                && first.has("expected") && first.has("box") && first.has("image")).isTrue();
    }

    @Test
    void checkPassesTheStudiosOwnCreatives() throws IOException {
        Path out = temp.resolve("out");
        assertThat(studio("run", RepoPaths.root().resolve("examples/trail-launch/brief.json").toString(),
                "--out", out.toString()).exitCode()).isZero();

        CliRun check = studio("check", out.toString(), "--brand", "stride-athletics", "--market", "DE", "--strict");

        assertThat(check.exitCode()).as(check.out()).isZero();
        assertThat(check.out()).contains("20 images checked, 0 with errors");
    }

    @Test
    void reportRebuildsTheProofSheetAndRefusesAFolderWithoutOutputs() throws IOException {
        Path out = temp.resolve("out");
        assertThat(studio("run", RepoPaths.root().resolve("examples/summer-splash/brief.yaml").toString(),
                "--out", out.toString()).exitCode()).isZero();
        Files.delete(out.resolve("proof-sheet.pdf"));

        CliRun report = CliRun.of(Map.of(), "report", out.toString());
        CliRun empty = CliRun.of(Map.of(), "report", Files.createDirectories(temp.resolve("empty")).toString());

        assertThat(report.exitCode()).as(report.err()).isZero();
        assertThat(out.resolve("proof-sheet.pdf")).isRegularFile();
        assertThat(empty.exitCode()).isEqualTo(2);
        assertThat(empty.err()).contains("manifest.json");
    }
}
