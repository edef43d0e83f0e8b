package org.creativeautomation.engine.report;

import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDBorderStyleDictionary;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageFitWidthDestination;
import org.creativeautomation.engine.comply.ComplianceStatus;
import org.creativeautomation.engine.comply.Owner;
import org.creativeautomation.engine.comply.Severity;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import static org.creativeautomation.engine.report.ProofStyle.CONTENT_LEFT;
import static org.creativeautomation.engine.report.ProofStyle.CONTENT_RIGHT;
import static org.creativeautomation.engine.report.ProofStyle.CONTENT_WIDTH;
import static org.creativeautomation.engine.report.ProofStyle.INK;
import static org.creativeautomation.engine.report.ProofStyle.MUTED;
import static org.creativeautomation.engine.report.ProofStyle.NAVY;
import static org.creativeautomation.engine.report.ProofStyle.NAVY_TINT;
import static org.creativeautomation.engine.report.ProofStyle.PAGE;
import static org.creativeautomation.engine.report.ProofStyle.PANEL;
import static org.creativeautomation.engine.report.ProofStyle.RULE;
import static org.creativeautomation.engine.report.ProofStyle.WHITE;

/**
 * Page 1: what was checked (campaign, brand kit and version, date), how it went (creatives by
 * status, findings by owning team), where each product is, and how to read the rest.
 */
final class CoverPage {
    /** Where a product's pages start, for the products table and its links. */
    record ProductStart(ProofProduct product, PDPage page, int pageNumber) {
    }

    private static final float BAND_HEIGHT = 118;
    private static final float COLUMN_TOP = PAGE.getHeight() - BAND_HEIGHT - 30;
    private static final float LEFT_WIDTH = 330;
    private static final float RIGHT_LEFT = CONTENT_LEFT + LEFT_WIDTH + 40;
    private static final float RIGHT_WIDTH = CONTENT_RIGHT - RIGHT_LEFT;
    private static final float LEGEND_HEIGHT = 58;
    private static final float LEGEND_BOTTOM = 46;
    private static final float ROW = 16;

    private final PageDrawing d;
    private final ProofFonts fonts;
    private final PDPage page;

    CoverPage(PageDrawing drawing, PDPage page) {
        this.d = drawing;
        this.fonts = drawing.fonts();
        this.page = page;
    }

    void draw(ProofSheetInput input, List<ProductStart> products) throws IOException {
        SheetTotals totals = SheetTotals.of(input.creatives());
        band(input, totals);
        details(input, totals);
        statusCards(totals);
        ownerTable(totals);
        productsTable(products);
        legend();
    }

    private void band(ProofSheetInput input, SheetTotals totals) throws IOException {
        float top = PAGE.getHeight();
        d.fillRect(0, top - BAND_HEIGHT, PAGE.getWidth(), BAND_HEIGHT, NAVY);
        d.text("PROOF SHEET", CONTENT_LEFT, top - 40, fonts.bold(), 9, NAVY_TINT);
        d.textFitted(input.campaignName(), CONTENT_LEFT, top - 74, CONTENT_WIDTH - 200, fonts.bold(), 26, WHITE);
        d.textFitted("Campaign " + input.campaign() + "  ·  brand kit " + input.brandKitName(), CONTENT_LEFT,
                top - 98, CONTENT_WIDTH - 200, fonts.regular(), 10, NAVY_TINT);
        d.textRight(PageFrame.date(input.date()), CONTENT_RIGHT, top - 40, fonts.bold(), 11, WHITE);
        d.textRight(count(input.products().size(), "product") + "  ·  " + count(totals.creatives(), "creative"),
                CONTENT_RIGHT, top - 58, fonts.regular(), 9, NAVY_TINT);
    }

    private void details(ProofSheetInput input, SheetTotals totals) throws IOException {
        float y = sectionTitle("Campaign", CONTENT_LEFT, LEFT_WIDTH, COLUMN_TOP);
        String[][] rows = {
                {"Campaign", input.campaignName()},
                {"Campaign id", input.campaign()},
                {"Brand kit", input.brandKitName()},
                {"Kit id", input.brandKitId()},
                {"Kit version", input.brandKitVersion()},
                {"Date", PageFrame.date(input.date())},
                {"Products", Integer.toString(input.products().size())},
                {"Creatives", Integer.toString(totals.creatives())},
        };
        for (String[] row : rows) {
            d.text(row[0], CONTENT_LEFT, y, fonts.regular(), 8.5f, MUTED);
            d.textFitted(row[1], CONTENT_LEFT + 96, y, LEFT_WIDTH - 96, fonts.bold(), 9.5f, INK);
            y -= 19;
        }
    }

    private void statusCards(SheetTotals totals) throws IOException {
        float top = sectionTitle("Creatives by status", RIGHT_LEFT, RIGHT_WIDTH, COLUMN_TOP) + 10;
        float gap = 10;
        float width = (RIGHT_WIDTH - 2 * gap) / 3;
        float height = 62;
        float x = RIGHT_LEFT;
        for (ComplianceStatus status : ComplianceStatus.values()) {
            int n = totals.count(status);
            d.fillRoundRect(x, top - height, width, height, 6, ProofStyle.fill(status));
            d.text(Integer.toString(n), x + 12, top - 34, fonts.bold(), 24, ProofStyle.onFill(status));
            d.text(status.name(), x + 12, top - 51, fonts.bold(), 9, ProofStyle.onFill(status));
            if (totals.creatives() > 0) {
                d.textRight(Math.round(100.0 * n / totals.creatives()) + "%", x + width - 12, top - 51,
                        fonts.regular(), 9, ProofStyle.onFill(status));
            }
            x += width + gap;
        }
        // The share of each status at a glance, in one bar.
        float barY = top - height - 14;
        float barX = RIGHT_LEFT;
        d.fillRoundRect(RIGHT_LEFT, barY, RIGHT_WIDTH, 6, 3, PANEL);
        for (ComplianceStatus status : ComplianceStatus.values()) {
            if (totals.creatives() == 0) {
                break;
            }
            float w = RIGHT_WIDTH * totals.count(status) / totals.creatives();
            if (w > 0) {
                d.fillRect(barX, barY, w, 6, ProofStyle.fill(status));
                barX += w;
            }
        }
    }

    private void ownerTable(SheetTotals totals) throws IOException {
        float y = sectionTitle("Findings by owner", RIGHT_LEFT, RIGHT_WIDTH, COLUMN_TOP - 116);
        float[] rights = {RIGHT_LEFT + 190, RIGHT_LEFT + 260, RIGHT_LEFT + 330, CONTENT_RIGHT};
        Severity[] severities = Severity.values();
        for (int i = 0; i < severities.length; i++) {
            String label = label(severities[i]);
            float w = d.width(label, fonts.bold(), 7);
            d.fillCircle(rights[i] - w - 7, y + 2.5f, 3, ProofStyle.fill(severities[i]));
            d.textRight(label, rights[i], y, fonts.bold(), 7, MUTED);
        }
        d.textRight("TOTAL", rights[3], y, fonts.bold(), 7, MUTED);
        y -= ROW;
        for (Owner owner : Owner.values()) {
            d.text(capitalised(owner.label()), RIGHT_LEFT, y, fonts.regular(), 9, INK);
            for (int i = 0; i < severities.length; i++) {
                int n = totals.count(owner, severities[i]);
                d.textRight(Integer.toString(n), rights[i], y, fonts.regular(), 9, n == 0 ? MUTED : INK);
            }
            d.textRight(Integer.toString(totals.count(owner)), rights[3], y, fonts.bold(), 9, INK);
            y -= ROW;
        }
        d.line(RIGHT_LEFT, y + ROW - 5, CONTENT_RIGHT, y + ROW - 5, RULE, 0.6f);
        y -= 2;
        d.text("All", RIGHT_LEFT, y, fonts.bold(), 9, INK);
        for (int i = 0; i < severities.length; i++) {
            d.textRight(Integer.toString(totals.count(severities[i])), rights[i], y, fonts.bold(), 9, INK);
        }
        d.textRight(Integer.toString(totals.findings()), rights[3], y, fonts.bold(), 9, INK);
    }

    private void productsTable(List<ProductStart> products) throws IOException {
        float top = COLUMN_TOP - 244;
        float y = sectionTitle("Products", CONTENT_LEFT, CONTENT_WIDTH, top);
        float[] rights = {0, 0, CONTENT_LEFT + 470, CONTENT_LEFT + 530, CONTENT_LEFT + 590, CONTENT_LEFT + 650,
                CONTENT_LEFT + 715, CONTENT_RIGHT};
        String[] titles = {"PRODUCT", "ID", "CREATIVES", "PASS", "WARN", "FAIL", "FINDINGS", "PAGE"};
        d.text(titles[0], CONTENT_LEFT, y, fonts.bold(), 7, MUTED);
        d.text(titles[1], CONTENT_LEFT + 250, y, fonts.bold(), 7, MUTED);
        for (int i = 2; i < titles.length; i++) {
            d.textRight(titles[i], rights[i], y, fonts.bold(), 7, MUTED);
        }
        y -= ROW;
        int room = (int) Math.floor((y - (LEGEND_BOTTOM + LEGEND_HEIGHT + 8)) / ROW) + 1;
        int shown = products.size() <= room ? products.size() : room - 1;
        for (ProductStart start : products.subList(0, Math.max(0, shown))) {
            ProofProduct p = start.product();
            d.textFitted(p.name(), CONTENT_LEFT, y, 240, fonts.bold(), 9, INK);
            d.textFitted(p.id(), CONTENT_LEFT + 250, y, 150, fonts.regular(), 8.5f, MUTED);
            d.textRight(Integer.toString(p.creatives().size()), rights[2], y, fonts.regular(), 9, INK);
            ComplianceStatus[] statuses = {ComplianceStatus.PASS, ComplianceStatus.WARN, ComplianceStatus.FAIL};
            for (int i = 0; i < statuses.length; i++) {
                ComplianceStatus status = statuses[i];
                long n = p.creatives().stream().filter(c -> c.status() == status).count();
                d.textRight(Long.toString(n), rights[3 + i], y, n == 0 ? fonts.regular() : fonts.bold(), 9,
                        n == 0 ? MUTED : ProofStyle.text(status));
            }
            int findings = p.creatives().stream().mapToInt(c -> c.findings().size()).sum();
            d.textRight(Integer.toString(findings), rights[6], y, fonts.regular(), 9, INK);
            d.textRight(Integer.toString(start.pageNumber()), rights[7], y, fonts.bold(), 9, ProofStyle.INFO);
            link(new PDRectangle(CONTENT_LEFT, y - 5, CONTENT_WIDTH, ROW), start.page());
            d.line(CONTENT_LEFT, y - 5, CONTENT_RIGHT, y - 5, RULE, 0.4f);
            y -= ROW;
        }
        if (shown < products.size()) {
            d.text("… and " + count(products.size() - shown, "more product") + " on the pages that follow",
                    CONTENT_LEFT, y, fonts.regular(), 8.5f, MUTED);
        }
    }

    private void legend() throws IOException {
        float top = LEGEND_BOTTOM + LEGEND_HEIGHT;
        d.fillRoundRect(CONTENT_LEFT, LEGEND_BOTTOM, CONTENT_WIDTH, LEGEND_HEIGHT, 6, PANEL);
        float x = CONTENT_LEFT + 14;
        d.text("How to read this sheet", x, top - 16, fonts.bold(), 8.5f, INK);

        float y = top - 36;
        String[] meanings = {"no errors or warnings", "warnings to review", "errors that block approval"};
        ComplianceStatus[] statuses = ComplianceStatus.values();
        for (int i = 0; i < statuses.length; i++) {
            x += d.pill(statuses[i].name(), x, y - 3, 12, fonts.bold(), 7, ProofStyle.fill(statuses[i]),
                    ProofStyle.onFill(statuses[i])) + 5;
            x += d.text(meanings[i], x, y, fonts.regular(), 7.5f, MUTED) + 16;
        }
        x += 8;
        for (Severity severity : Severity.values()) {
            d.tintRect(x, y - 2, 14, 9, ProofStyle.fill(severity), 0.18f);
            d.strokeRect(x, y - 2, 14, 9, ProofStyle.fill(severity), 1.2f);
            x += 18;
            x += d.text(severity.label(), x, y, fonts.regular(), 7.5f, MUTED) + 12;
        }
        d.text("Numbered boxes on a thumbnail mark where a finding applies; the numbers match the product's "
                        + "findings table. Each product ends with an approval block to fill in.",
                CONTENT_LEFT + 14, top - 50, fonts.regular(), 7.5f, MUTED);
    }

    /** A section title with a rule under it. Returns the baseline for the first line below. */
    private float sectionTitle(String title, float x, float width, float top) throws IOException {
        d.text(title, x, top, fonts.bold(), 11, INK);
        d.line(x, top - 7, x + width, top - 7, RULE, 0.8f);
        return top - 24;
    }

    private void link(PDRectangle area, PDPage target) throws IOException {
        PDAnnotationLink link = new PDAnnotationLink();
        link.setRectangle(area);
        PDBorderStyleDictionary noBorder = new PDBorderStyleDictionary();
        noBorder.setWidth(0);
        link.setBorderStyle(noBorder);
        PDPageFitWidthDestination destination = new PDPageFitWidthDestination();
        destination.setPage(target);
        link.setDestination(destination);
        page.getAnnotations().add(link);
    }

    private static String label(Severity severity) {
        return switch (severity) {
            case ERROR -> "ERRORS";
            case WARNING -> "WARNINGS";
            case INFO -> "INFO";
        };
    }

    private static String capitalised(String word) {
        return word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1);
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
