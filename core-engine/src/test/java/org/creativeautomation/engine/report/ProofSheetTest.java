package org.creativeautomation.engine.report;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDComboBox;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.pdmodel.interactive.form.PDTextField;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.creativeautomation.engine.comply.CheckId;
import org.creativeautomation.engine.comply.ComplianceStatus;
import org.creativeautomation.engine.comply.Finding;
import org.creativeautomation.engine.comply.Severity;
import org.creativeautomation.engine.compose.Box;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Writes proof sheets for a fixture campaign and reads them back as text, form fields and pixels. */
class ProofSheetTest {
    @TempDir
    Path dir;

    private Path writeCampaign() throws IOException {
        Path pdf = dir.resolve("out").resolve(ProofSheet.FILE_NAME);
        ProofSheet.write(ProofFixtures.campaign(dir.resolve("creatives")), pdf);
        return pdf;
    }

    @Test
    void writesACoverThenEachProductOnItsOwnPagesInOrder() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(writeCampaign().toFile())) {
            int waterPage = firstPageWith(pdf, "Sparkling Water");
            int juicePage = firstPageWith(pdf, "Cold-Pressed Orange Juice");

            assertThat(pdf.getNumberOfPages()).isGreaterThanOrEqualTo(3);
            assertThat(waterPage).isEqualTo(1);
            assertThat(juicePage).isGreaterThan(waterPage);
            assertThat(text(pdf, juicePage - 1, juicePage - 1)).doesNotContain("Cold-Pressed Orange Juice");
        }
    }

    @Test
    void coverNamesTheCampaignTheKitWithItsVersionTheDateAndTheTotalsByStatus() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(writeCampaign().toFile())) {
            String cover = text(pdf, 0, 0);

            assertThat(cover).contains("Spring Launch — Fresh Start", "spring-launch", "Acme Beverages",
                    "acme-beverages", "1.4.0", "12 March 2025");
            // Fixture: per product four creatives fail, three warn, three pass; the cards sit side by side.
            assertThat(cover).contains("6 6 8", "PASS 30% WARN 30% FAIL 40%");
            // Findings by owner: brand 8 errors, 0 warnings, 6 info; all 42.
            assertThat(cover).contains("Brand 8 0 6 14", "Legal 8 0 0 8", "Quality 0 14 6 20", "All 16 14 12 42");
        }
    }

    @Test
    void productPagesShowEveryCaptionFindingAndTheApprovalBlock() throws IOException {
        ProofSheetInput input = ProofFixtures.campaign(dir.resolve("creatives"));
        Path target = dir.resolve("proof-sheet.pdf");
        ProofSheet.write(input, target);

        try (PDDocument pdf = Loader.loadPDF(target.toFile())) {
            String text = text(pdf, 1, pdf.getNumberOfPages() - 1);
            for (ProofProduct product : input.products()) {
                assertThat(text).contains(product.name());
                for (ProofCreative creative : product.creatives()) {
                    assertThat(text).contains(creative.ratio() + " · " + creative.locale());
                    for (Finding finding : creative.findings()) {
                        assertThat(text).contains(finding.check().id(), finding.message());
                    }
                }
            }
            assertThat(text).contains("Approver", "Decision", "Comment", "é ü ✓");
        }
    }

    @Test
    void everyProductHasItsOwnFillableApprovalFields() throws IOException {
        ProofSheetInput input = ProofFixtures.campaign(dir.resolve("creatives"));
        Path target = dir.resolve("proof-sheet.pdf");
        ProofSheet.write(input, target);

        try (PDDocument pdf = Loader.loadPDF(target.toFile())) {
            PDAcroForm form = pdf.getDocumentCatalog().getAcroForm();
            assertThat(form.getFields()).hasSize(4 * input.products().size());
            for (ProofProduct product : input.products()) {
                for (ApprovalField kind : ApprovalField.values()) {
                    PDField field = form.getField(kind.fieldName(product.id()));
                    assertThat(field).as(kind + " of " + product.id()).isNotNull();
                    PDPage page = field.getWidgets().get(0).getPage();
                    int index = pdf.getPages().indexOf(page);
                    assertThat(text(pdf, index, index)).contains(product.name(), "Approver");
                }
                PDField decision = form.getField(ApprovalField.DECISION.fieldName(product.id()));
                assertThat(decision).isInstanceOf(PDComboBox.class);
                assertThat(((PDComboBox) decision).getOptions()).containsExactly("Approve", "Request changes");
                PDField comment = form.getField(ApprovalField.COMMENT.fieldName(product.id()));
                assertThat(((PDTextField) comment).isMultiline()).isTrue();
            }
        }
    }

    @Test
    void approvalFieldsCanBeFilledInAndReadBack() throws IOException {
        Path filled = dir.resolve("filled.pdf");
        try (PDDocument pdf = Loader.loadPDF(writeCampaign().toFile())) {
            PDAcroForm form = pdf.getDocumentCatalog().getAcroForm();
            form.getField(ApprovalField.APPROVER.fieldName("sparkling-water")).setValue("Dana Lee");
            form.getField(ApprovalField.DECISION.fieldName("sparkling-water")).setValue("Request changes");
            pdf.save(filled.toFile());
        }
        try (PDDocument pdf = Loader.loadPDF(filled.toFile())) {
            PDAcroForm form = pdf.getDocumentCatalog().getAcroForm();
            assertThat(form.getField("approval_sparkling-water_approver").getValueAsString()).isEqualTo("Dana Lee");
            assertThat(form.getField("approval_sparkling-water_decision").getValueAsString())
                    .isEqualTo("[Request changes]");
        }
    }

    @Test
    void everyPageRendersWithVisibleContent() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(writeCampaign().toFile())) {
            PDFRenderer renderer = new PDFRenderer(pdf);
            for (int i = 0; i < pdf.getNumberOfPages(); i++) {
                BufferedImage page = renderer.renderImageWithDPI(i, 50);
                assertThat(luminanceStdDev(page)).as("page %d", i + 1).isGreaterThan(10);
            }
        }
    }

    @Test
    void coverShowsTheThreeStatusColours() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(writeCampaign().toFile())) {
            BufferedImage cover = new PDFRenderer(pdf).renderImageWithDPI(0, 50);

            assertThat(countNear(cover, ProofStyle.PASS)).isGreaterThan(1000);
            assertThat(countNear(cover, ProofStyle.WARN)).isGreaterThan(1000);
            assertThat(countNear(cover, ProofStyle.FAIL)).isGreaterThan(1000);
        }
    }

    @Test
    void drawsAFindingsBoxOnTheThumbnailWhereItIsOnTheCanvas() throws IOException {
        // A grey square creative with one info finding on the right third of the canvas: the only blue
        // in the thumbnail's cell can come from that box and its marker.
        Path image = ProofFixtures.png(dir.resolve("grey.png"), 540, 540, Color.GRAY);
        Finding right = Finding.of(CheckId.QUALITY_BLURRY, Severity.INFO, "Soft edge", new Box(760, 300, 280, 400),
                null, null);
        ProofProduct product = new ProofProduct("grey", "Grey", List.of(
                new ProofCreative("1:1", "en-US", image, 1080, 1080, ComplianceStatus.PASS, List.of(right))));
        Path target = dir.resolve("proof-sheet.pdf");
        ProofSheet.write(single(product), target);

        try (PDDocument pdf = Loader.loadPDF(target.toFile())) {
            BufferedImage page = new PDFRenderer(pdf).renderImageWithDPI(1, 72);
            int cellLeft = Math.round(ProofStyle.CONTENT_LEFT);
            int cellWidth = Math.round(ProductPages.CELL_WIDTH);
            int cellTop = Math.round(ProofStyle.PAGE.getHeight() - ProofStyle.CONTENT_TOP + 44);
            List<int[]> blue = new ArrayList<>();
            for (int y = cellTop; y < cellTop + ProductPages.THUMB_HEIGHT; y++) {
                for (int x = cellLeft; x < cellLeft + cellWidth; x++) {
                    int rgb = page.getRGB(x, y);
                    int r = (rgb >> 16) & 0xFF;
                    int b = rgb & 0xFF;
                    if (b - r > 100) {
                        blue.add(new int[] {x, y});
                    }
                }
            }
            float thumbCentre = cellLeft + cellWidth / 2f;
            assertThat(blue).hasSizeGreaterThan(50);
            assertThat(blue).allSatisfy(p -> assertThat(p[0]).isGreaterThan((int) thumbCentre));
        }
    }

    @Test
    void writesTheFileWhereNoneWasAndLeavesNothingElseBehind() throws IOException {
        Path out = dir.resolve("out");
        Path target = out.resolve(ProofSheet.FILE_NAME);
        assertThat(target).doesNotExist();

        ProofSheet.write(ProofFixtures.campaign(dir.resolve("creatives")), target);

        assertThat(target).isRegularFile();
        assertThat(Files.readString(target, StandardCharsets.ISO_8859_1)).startsWith("%PDF-");
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly(ProofSheet.FILE_NAME);
        }
    }

    @Test
    void replacesAnExistingSheet() throws IOException {
        Path target = dir.resolve(ProofSheet.FILE_NAME);
        Files.writeString(target, "an old, broken sheet");

        ProofSheet.write(ProofFixtures.campaign(dir.resolve("creatives")), target);

        try (PDDocument pdf = Loader.loadPDF(target.toFile())) {
            assertThat(text(pdf, 0, 0)).contains("Spring Launch — Fresh Start");
        }
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder(ProofSheet.FILE_NAME,
                    "creatives");
        }
    }

    @Test
    void embedsDejaVuSubsetsForAllTextAndStaysSmall() throws IOException {
        Path target = writeCampaign();
        try (PDDocument pdf = Loader.loadPDF(target.toFile())) {
            List<PDFont> fonts = new ArrayList<>();
            for (PDPage page : pdf.getPages()) {
                PDResources resources = page.getResources();
                for (COSName name : resources.getFontNames()) {
                    fonts.add(resources.getFont(name));
                }
            }
            assertThat(fonts).isNotEmpty().allSatisfy(font -> {
                assertThat(font).isInstanceOf(PDType0Font.class);
                assertThat(font.isEmbedded()).isTrue();
                assertThat(font.getName()).matches("[A-Z]{6}\\+DejaVuSans(-Bold)?");
            });
        }
        // Two fonts of ~700 KB each become subsets; twenty thumbnails are small JPEGs.
        assertThat(Files.size(target)).isLessThan(400_000);
    }

    @Test
    void embedsThumbnailsRatherThanFullSizeCreatives() throws IOException {
        Path big = ProofFixtures.png(dir.resolve("big.png"), 3000, 1500, Color.ORANGE);
        ProofProduct product = new ProofProduct("big", "Big", List.of(
                new ProofCreative("2:1", "en-US", big, 3000, 1500, ComplianceStatus.PASS, List.of())));
        Path target = dir.resolve("proof-sheet.pdf");
        ProofSheet.write(single(product), target);

        try (PDDocument pdf = Loader.loadPDF(target.toFile())) {
            List<PDImageXObject> images = new ArrayList<>();
            for (PDPage page : pdf.getPages()) {
                for (COSName name : page.getResources().getXObjectNames()) {
                    PDXObject object = page.getResources().getXObject(name);
                    if (object instanceof PDImageXObject image) {
                        images.add(image);
                    }
                }
            }
            assertThat(images).singleElement().satisfies(image -> {
                assertThat(Math.max(image.getWidth(), image.getHeight()))
                        .isLessThanOrEqualTo(ThumbnailImages.MAX_LONG_SIDE_PX);
                assertThat(image.getSuffix()).isEqualTo("jpg");
            });
        }
    }

    @Test
    void showsCharactersTheFontLacksAsQuestionMarksInsteadOfFailing() throws IOException {
        Path image = ProofFixtures.png(dir.resolve("c.png"), 108, 108, Color.PINK);
        Finding odd = Finding.of(CheckId.LEGAL_RISKY_CLAIM, Severity.WARNING, "Claim \u6F22 risky\u0007 here",
                null, "\u2603 snow", null);
        ProofProduct product = new ProofProduct("creme", "Crème brûlée — süß ✓", List.of(
                new ProofCreative("1:1", "de-DE", image, 1080, 1080, ComplianceStatus.WARN, List.of(odd))));
        Path target = dir.resolve("proof-sheet.pdf");

        ProofSheet.write(single(product), target);

        try (PDDocument pdf = Loader.loadPDF(target.toFile())) {
            String text = text(pdf, 1, pdf.getNumberOfPages() - 1);
            assertThat(text).contains("Crème brûlée — süß ✓", "Claim ? risky here", "☃ snow");
        }
    }

    @Test
    void writesPlainLettersRatherThanLigaturesSoCheckIdsCanBeSearchedAndCopied() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(writeCampaign().toFile())) {
            // PDFTextStripper would fold ligatures back into letters, so look at the glyphs themselves.
            List<TextPosition> glyphs = glyphs(pdf);

            assertThat(glyphs).extracting(TextPosition::getUnicode)
                    .noneMatch(u -> u.codePoints().anyMatch(cp -> cp >= 0xFB00 && cp <= 0xFB06));
            assertThat(text(pdf, 1, pdf.getNumberOfPages() - 1)).contains("palette.off-brand", "Fill in");
        }
    }

    @Test
    void showsAPlaceholderForACreativeWhoseImageIsMissing() throws IOException {
        ProofProduct product = new ProofProduct("ghost", "Ghost", List.of(new ProofCreative("9:16", "en-US",
                dir.resolve("nowhere.png"), 1080, 1920, ComplianceStatus.PASS, List.of())));
        Path target = dir.resolve("proof-sheet.pdf");

        ProofSheet.write(single(product), target);

        try (PDDocument pdf = Loader.loadPDF(target.toFile())) {
            assertThat(text(pdf, 1, 1)).contains("image missing", "9:16 · en-US");
        }
    }

    @Test
    void continuesALongProductOnNumberedPagesWithAllTextInsideTheMargins() throws IOException {
        Path image = ProofFixtures.png(dir.resolve("c.png"), 108, 192, Color.CYAN);
        List<Finding> many = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            many.add(Finding.of(CheckId.TEXT_SIZE, Severity.WARNING, "Finding " + i + " "
                            + "says a great deal about the size of the text ".repeat(i % 4 + 1)
                            + "x".repeat(i % 5 == 0 ? 120 : 0),
                    new Box(10 * i, 20 * i, 100, 60), "size " + i + " px at 1080 px width", ">= 28 px"));
        }
        String longName = "An Extraordinarily Long Product Name ".repeat(6);
        ProofProduct product = new ProofProduct("long", longName, List.of(
                new ProofCreative("9:16", "en-US", image, 1080, 1920, ComplianceStatus.WARN, many)));
        Path target = dir.resolve("proof-sheet.pdf");
        ProofSheet.write(new ProofSheetInput("c", "A Campaign Name That Goes On ".repeat(5), "kit", "2.0.0",
                "Kit", ProofFixtures.DATE, List.of(product)), target);

        try (PDDocument pdf = Loader.loadPDF(target.toFile())) {
            int pages = pdf.getNumberOfPages();
            assertThat(pages).isGreaterThanOrEqualTo(4);
            for (int i = 0; i < pages; i++) {
                assertThat(text(pdf, i, i)).contains("Page " + (i + 1) + " of " + pages);
            }
            assertThat(text(pdf, 1, pages - 1)).contains("Finding 59 says");
            float left = ProofStyle.MARGIN - 0.5f;
            float right = ProofStyle.PAGE.getWidth() - ProofStyle.MARGIN + 0.5f;
            for (TextPosition glyph : glyphs(pdf)) {
                assertThat(glyph.getXDirAdj()).as(glyph.getUnicode()).isGreaterThanOrEqualTo(left);
                assertThat(glyph.getXDirAdj() + glyph.getWidthDirAdj()).as(glyph.getUnicode())
                        .isLessThanOrEqualTo(right);
            }
            assertThat(pdf.getDocumentCatalog().getAcroForm().getFields()).hasSize(4);
        }
    }

    private static ProofSheetInput single(ProofProduct product) {
        return new ProofSheetInput("c", "Campaign", "kit", "1.0.0", "Kit", ProofFixtures.DATE, List.of(product));
    }

    /** Text of pages {@code from..to} (0-based, inclusive), in reading order, whitespace collapsed. */
    private static String text(PDDocument pdf, int from, int to) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setSortByPosition(true);
        stripper.setStartPage(from + 1);
        stripper.setEndPage(to + 1);
        return stripper.getText(pdf).replaceAll("\\s+", " ");
    }

    private static int firstPageWith(PDDocument pdf, String needle) throws IOException {
        for (int i = 1; i < pdf.getNumberOfPages(); i++) {
            if (text(pdf, i, i).contains(needle)) {
                return i;
            }
        }
        return -1;
    }

    private static List<TextPosition> glyphs(PDDocument pdf) throws IOException {
        List<TextPosition> glyphs = new ArrayList<>();
        PDFTextStripper collector = new PDFTextStripper() {
            @Override
            protected void processTextPosition(TextPosition text) {
                glyphs.add(text);
            }
        };
        collector.getText(pdf);
        return glyphs;
    }

    private static double luminanceStdDev(BufferedImage image) {
        double sum = 0;
        double squares = 0;
        int n = image.getWidth() * image.getHeight();
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                double l = 0.2126 * ((rgb >> 16) & 0xFF) + 0.7152 * ((rgb >> 8) & 0xFF) + 0.0722 * (rgb & 0xFF);
                sum += l;
                squares += l * l;
            }
        }
        double mean = sum / n;
        return Math.sqrt(squares / n - mean * mean);
    }

    private static int countNear(BufferedImage image, Color colour) {
        int count = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                int dr = ((rgb >> 16) & 0xFF) - colour.getRed();
                int dg = ((rgb >> 8) & 0xFF) - colour.getGreen();
                int db = (rgb & 0xFF) - colour.getBlue();
                if (dr * dr + dg * dg + db * db < 20 * 20) {
                    count++;
                }
            }
        }
        return count;
    }
}
