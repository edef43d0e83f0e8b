package org.creativeautomation.engine.report;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.creativeautomation.engine.comply.ComplianceStatus;
import org.creativeautomation.engine.comply.Finding;
import org.creativeautomation.engine.compose.Box;

import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static org.creativeautomation.engine.report.ProofStyle.CONTENT_LEFT;
import static org.creativeautomation.engine.report.ProofStyle.CONTENT_RIGHT;
import static org.creativeautomation.engine.report.ProofStyle.CONTENT_WIDTH;
import static org.creativeautomation.engine.report.ProofStyle.INK;
import static org.creativeautomation.engine.report.ProofStyle.MUTED;
import static org.creativeautomation.engine.report.ProofStyle.PANEL;
import static org.creativeautomation.engine.report.ProofStyle.RULE;
import static org.creativeautomation.engine.report.ProofStyle.WHITE;

/**
 * A product's pages: a title, the grid of its creatives (one row per locale when it has at most five
 * ratios) with their badges and finding boxes, the numbered findings table, and the approval block.
 * Long products continue on further pages; every continuation repeats the product's name.
 */
final class ProductPages {
    static final int COLUMNS = 5;
    private static final float GAP = 12;
    static final float CELL_WIDTH = (CONTENT_WIDTH - (COLUMNS - 1) * GAP) / COLUMNS;
    static final float THUMB_HEIGHT = 136;
    private static final float THUMB_PADDING = 6;
    private static final float CAPTION_HEIGHT = 20;
    private static final float ROW_HEIGHT = THUMB_HEIGHT + CAPTION_HEIGHT + 10;
    private static final float MARKER_RADIUS = 5.5f;

    private static final float TABLE_SIZE = 8;
    private static final float TABLE_LEADING = 10;
    private static final float CELL_PADDING = 4;
    private static final float TABLE_HEADER_HEIGHT = 16;
    /** #, severity, creative, check, owner, message, measured, expected; message takes the rest. */
    private static final float[] COLUMN_WIDTHS = {24, 58, 78, 128, 48, 0, 100, 100};
    private static final int CHECK_COLUMN = 3;
    private static final int OWNER_COLUMN = 4;
    private static final int MESSAGE_COLUMN = 5;
    private static final int EXPECTED_COLUMN = 7;
    private static final String[] COLUMN_TITLES = {"#", "Severity", "Creative", "Check", "Owner", "Message",
            "Measured", "Expected"};

    private static final float APPROVAL_HEIGHT = 124;

    private final ProofFonts fonts;
    private final ThumbnailImages thumbnails;
    private final ApprovalForm form;
    private final PageFlow flow;
    private final float[] columnX = new float[COLUMN_WIDTHS.length];
    private final float[] columnW = new float[COLUMN_WIDTHS.length];

    ProductPages(PDDocument document, ProofFonts fonts, ThumbnailImages thumbnails, ApprovalForm form) {
        this.fonts = fonts;
        this.thumbnails = thumbnails;
        this.form = form;
        this.flow = new PageFlow(document, fonts);
        float fixed = 0;
        for (float w : COLUMN_WIDTHS) {
            fixed += w;
        }
        float x = CONTENT_LEFT;
        for (int i = 0; i < COLUMN_WIDTHS.length; i++) {
            columnW[i] = i == MESSAGE_COLUMN ? CONTENT_WIDTH - fixed : COLUMN_WIDTHS[i];
            columnX[i] = x;
            x += columnW[i];
        }
    }

    /** Lays out {@code product} from a new page. Returns the index of its first page. */
    int write(ProofProduct product) throws IOException {
        int first = flow.newPage();
        List<ProofCreative> creatives = gridOrder(product.creatives());
        List<NumberedFinding> findings = NumberedFinding.number(creatives);
        title(product, findings.size());
        grid(product, creatives, findings);
        findingsTable(product, findings);
        approval(product);
        flow.close();
        return first;
    }

    /**
     * Locale by locale, each in the order of the ratios' first appearance, so that with up to five
     * ratios every row of the grid is one locale and every column one ratio.
     */
    static List<ProofCreative> gridOrder(List<ProofCreative> creatives) {
        List<String> locales = creatives.stream().map(ProofCreative::locale).distinct().toList();
        List<String> ratios = creatives.stream().map(ProofCreative::ratio).distinct().toList();
        return creatives.stream()
                .sorted(Comparator.<ProofCreative>comparingInt(c -> locales.indexOf(c.locale()))
                        .thenComparingInt(c -> ratios.indexOf(c.ratio())))
                .toList();
    }

    private void title(ProofProduct product, int findingCount) throws IOException {
        PageDrawing d = flow.drawing();
        float top = flow.y();
        float pillsWidth = statusPills(product, CONTENT_RIGHT, top - 17);
        d.textFitted(product.name(), CONTENT_LEFT, top - 16, CONTENT_WIDTH - pillsWidth - 24, fonts.bold(), 16, INK);
        String details = "Product " + product.id() + "  ·  " + plural(product.creatives().size(), "creative")
                + "  ·  " + plural(findingCount, "finding");
        d.textFitted(details, CONTENT_LEFT, top - 31, CONTENT_WIDTH, fonts.regular(), 8.5f, MUTED);
        flow.down(44);
    }

    private void continuedTitle(ProofProduct product, String section) throws IOException {
        flow.newPage();
        PageDrawing d = flow.drawing();
        float top = flow.y();
        String suffix = "  —  " + section + " (continued)";
        float suffixWidth = d.width(suffix, fonts.regular(), 10);
        float nameWidth = d.textFitted(product.name(), CONTENT_LEFT, top - 12, CONTENT_WIDTH - suffixWidth,
                fonts.bold(), 12, INK);
        d.text(suffix, CONTENT_LEFT + nameWidth, top - 12, fonts.regular(), 10, MUTED);
        flow.down(28);
    }

    /** PASS/WARN/FAIL counts as badges ending at {@code right}. Returns their total width. */
    private float statusPills(ProofProduct product, float right, float y) throws IOException {
        PageDrawing d = flow.drawing();
        float x = right;
        float total = 0;
        List<ComplianceStatus> order = List.of(ComplianceStatus.FAIL, ComplianceStatus.WARN, ComplianceStatus.PASS);
        for (ComplianceStatus status : order) {
            long count = product.creatives().stream().filter(c -> c.status() == status).count();
            String label = status.name() + "  " + count;
            float w = d.pillWidth(label, 16, fonts.bold(), 8);
            x -= w;
            if (count == 0) {
                d.pill(label, x, y, 16, fonts.bold(), 8, PANEL, MUTED);
            } else {
                d.pill(label, x, y, 16, fonts.bold(), 8, ProofStyle.fill(status), ProofStyle.onFill(status));
            }
            total += w;
            x -= 6;
            total += 6;
        }
        return total;
    }

    private void grid(ProofProduct product, List<ProofCreative> creatives, List<NumberedFinding> findings)
            throws IOException {
        if (creatives.isEmpty()) {
            flow.drawing().text("This product has no creatives.", CONTENT_LEFT, flow.y() - 12, fonts.regular(), 9,
                    MUTED);
            flow.down(24);
            return;
        }
        int ratios = (int) creatives.stream().map(ProofCreative::ratio).distinct().count();
        int columns = Math.min(ratios, COLUMNS);
        List<List<ProofCreative>> rows = rows(creatives, columns);
        for (List<ProofCreative> row : rows) {
            if (!flow.fits(ROW_HEIGHT)) {
                continuedTitle(product, "creatives");
            }
            float top = flow.y();
            for (int i = 0; i < row.size(); i++) {
                ProofCreative creative = row.get(i);
                float x = CONTENT_LEFT + i * (CELL_WIDTH + GAP);
                cell(creative, findings.stream().filter(f -> f.creative() == creative).toList(), x, top);
            }
            flow.down(ROW_HEIGHT);
        }
    }

    /**
     * Rows of at most {@code columns}; a new locale starts a new row so that columns stay ratios even
     * when a locale lacks one.
     */
    private static List<List<ProofCreative>> rows(List<ProofCreative> creatives, int columns) {
        List<List<ProofCreative>> rows = new ArrayList<>();
        List<ProofCreative> row = new ArrayList<>();
        for (ProofCreative creative : creatives) {
            boolean newLocale = !row.isEmpty() && !row.get(0).locale().equals(creative.locale());
            if (row.size() == columns || newLocale) {
                rows.add(row);
                row = new ArrayList<>();
            }
            row.add(creative);
        }
        rows.add(row);
        return rows;
    }

    private void cell(ProofCreative creative, List<NumberedFinding> findings, float x, float top) throws IOException {
        PageDrawing d = flow.drawing();
        float bottom = top - THUMB_HEIGHT;
        d.fillRoundRect(x, bottom, CELL_WIDTH, THUMB_HEIGHT, 4, PANEL);

        float roomW = CELL_WIDTH - 2 * THUMB_PADDING;
        float roomH = THUMB_HEIGHT - 2 * THUMB_PADDING;
        float scale = Math.min(roomW / creative.width(), roomH / creative.height());
        float w = creative.width() * scale;
        float h = creative.height() * scale;
        float ix = x + (CELL_WIDTH - w) / 2;
        float iy = bottom + (THUMB_HEIGHT - h) / 2;

        Optional<PDImageXObject> image = thumbnails.load(creative, w, h);
        if (image.isPresent()) {
            d.image(image.get(), ix, iy, w, h);
        } else {
            d.fillRect(ix, iy, w, h, WHITE);
            d.textCentered("image missing", ix + w / 2, iy + h / 2 - 3, fonts.regular(), 7, MUTED);
        }
        d.strokeRect(ix, iy, w, h, RULE, 0.5f);
        findingBoxes(findings, ix, iy, h, scale, w);

        float captionY = bottom - 13;
        String badge = creative.status().name();
        float badgeWidth = d.pillWidth(badge, 12, fonts.bold(), 7);
        d.pill(badge, x + CELL_WIDTH - badgeWidth, captionY - 3, 12, fonts.bold(), 7,
                ProofStyle.fill(creative.status()), ProofStyle.onFill(creative.status()));
        d.textFitted(creative.caption(), x, captionY, CELL_WIDTH - badgeWidth - 6, fonts.bold(), 8.5f, INK);
    }

    /**
     * Each finding's box, scaled from canvas pixels onto the thumbnail, tinted and outlined in its
     * severity's colour, with its number at the top left corner. Markers that would cover one
     * another move right.
     */
    private void findingBoxes(List<NumberedFinding> findings, float ix, float iy, float h, float scale, float w)
            throws IOException {
        PageDrawing d = flow.drawing();
        List<NumberedFinding> boxed = findings.stream().filter(f -> f.finding().box() != null).toList();
        if (boxed.isEmpty()) {
            return;
        }
        d.beginClip(ix, iy, w, h);
        for (NumberedFinding f : boxed) {
            Box box = f.finding().box();
            Color colour = ProofStyle.fill(f.finding().severity());
            float bx = ix + box.x() * scale;
            float by = iy + h - (box.y() + box.height()) * scale;
            float bw = Math.max(1, box.width() * scale);
            float bh = Math.max(1, box.height() * scale);
            d.tintRect(bx, by, bw, bh, colour, 0.18f);
            d.strokeRect(bx, by, bw, bh, colour, 1.2f);
        }
        d.endClip();
        List<float[]> placed = new ArrayList<>();
        float r = MARKER_RADIUS;
        for (NumberedFinding f : boxed) {
            Box box = f.finding().box();
            float cx = clamp(ix + box.x() * scale, ix + r, ix + w - r);
            float cy = clamp(iy + h - box.y() * scale, iy + r, iy + h - r);
            while (overlaps(placed, cx, cy, r) && cx + 2 * r <= ix + w - r) {
                cx += 2 * r + 1;
            }
            placed.add(new float[] {cx, cy});
            d.fillCircle(cx, cy, r + 0.8f, WHITE);
            d.marker(f.number(), cx, cy, r, ProofStyle.fill(f.finding().severity()),
                    ProofStyle.onFill(f.finding().severity()));
        }
    }

    private static boolean overlaps(List<float[]> placed, float cx, float cy, float r) {
        return placed.stream().anyMatch(p -> Math.hypot(p[0] - cx, p[1] - cy) < 2 * r);
    }

    private static float clamp(float v, float min, float max) {
        return Math.max(min, Math.min(max, v));
    }

    private void findingsTable(ProofProduct product, List<NumberedFinding> findings) throws IOException {
        flow.down(6);
        if (findings.isEmpty()) {
            if (!flow.fits(40)) {
                continuedTitle(product, "findings");
            }
            sectionTitle("Findings", "none");
            flow.drawing().text("No findings: every creative of this product passes every check.", CONTENT_LEFT,
                    flow.y() - 10, fonts.regular(), 9, MUTED);
            flow.down(22);
            return;
        }
        List<TableRow> rows = findings.stream().map(this::tableRow).toList();
        if (!flow.fits(22 + TABLE_HEADER_HEIGHT + rows.get(0).height())) {
            continuedTitle(product, "findings");
        }
        sectionTitle("Findings", Integer.toString(findings.size()));
        tableHeader();
        boolean shaded = false;
        for (TableRow row : rows) {
            if (!flow.fits(row.height())) {
                continuedTitle(product, "findings");
                tableHeader();
            }
            drawRow(row, shaded);
            shaded = !shaded;
        }
    }

    private void sectionTitle(String title, String count) throws IOException {
        PageDrawing d = flow.drawing();
        float w = d.text(title, CONTENT_LEFT, flow.y() - 12, fonts.bold(), 11, INK);
        d.text(count, CONTENT_LEFT + w + 6, flow.y() - 12, fonts.regular(), 9, MUTED);
        flow.down(22);
    }

    private void tableHeader() throws IOException {
        PageDrawing d = flow.drawing();
        float baseline = flow.y() - 10;
        for (int i = 0; i < COLUMN_TITLES.length; i++) {
            d.text(COLUMN_TITLES[i].toUpperCase(Locale.ROOT), columnX[i], baseline,
                    fonts.bold(), 6.5f, MUTED);
        }
        d.line(CONTENT_LEFT, flow.y() - TABLE_HEADER_HEIGHT, CONTENT_RIGHT, flow.y() - TABLE_HEADER_HEIGHT, RULE, 0.8f);
        flow.down(TABLE_HEADER_HEIGHT);
    }

    /**
     * A findings row, broken into lines once so that its height is known before it is placed; the
     * cells are those of the columns after the number and the severity.
     */
    private record TableRow(NumberedFinding numbered, List<List<String>> cells) {
        float height() {
            int lines = cells.stream().mapToInt(List::size).max().orElse(1);
            return Math.max(18, lines * TABLE_LEADING + 2 * CELL_PADDING - 2);
        }
    }

    private TableRow tableRow(NumberedFinding numbered) {
        Finding f = numbered.finding();
        String[] texts = {numbered.creative().caption(), f.check().id(), f.owner().label(), f.message(),
                orDash(f.measured()), orDash(f.expected())};
        List<List<String>> cells = new ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            int column = i + 2;
            PDFont font = column == CHECK_COLUMN ? fonts.bold() : fonts.regular();
            cells.add(flow.drawing().breaker().lines(texts[i], font, TABLE_SIZE, columnW[column] - CELL_PADDING));
        }
        return new TableRow(numbered, cells);
    }

    private static String orDash(String text) {
        return text == null || text.isBlank() ? "—" : text;
    }

    private void drawRow(TableRow row, boolean shaded) throws IOException {
        PageDrawing d = flow.drawing();
        float top = flow.y();
        float height = row.height();
        if (shaded) {
            d.fillRect(CONTENT_LEFT, top - height, CONTENT_WIDTH, height, new Color(0xF8, 0xF9, 0xFA));
        }
        Finding f = row.numbered().finding();
        float baseline = top - CELL_PADDING - 6.5f;
        d.marker(row.numbered().number(), columnX[0] + 8, baseline + 3, 7, ProofStyle.fill(f.severity()),
                ProofStyle.onFill(f.severity()));
        d.pill(f.severity().label().toUpperCase(Locale.ROOT), columnX[1], baseline - 2.5f, 12, fonts.bold(), 6.5f,
                ProofStyle.fill(f.severity()), ProofStyle.onFill(f.severity()));
        for (int i = 0; i < row.cells().size(); i++) {
            int column = i + 2;
            PDFont font = column == CHECK_COLUMN ? fonts.bold() : fonts.regular();
            Color colour = column == OWNER_COLUMN || column == EXPECTED_COLUMN ? MUTED : INK;
            d.lines(row.cells().get(i), columnX[column], baseline, TABLE_LEADING, font, TABLE_SIZE, colour);
        }
        d.line(CONTENT_LEFT, top - height, CONTENT_RIGHT, top - height, RULE, 0.5f);
        flow.down(height);
    }

    private void approval(ProofProduct product) throws IOException {
        flow.down(10);
        if (!flow.fits(APPROVAL_HEIGHT)) {
            continuedTitle(product, "approval");
        }
        PageDrawing d = flow.drawing();
        float top = flow.y();
        float left = CONTENT_LEFT;
        d.fillRoundRect(left, top - APPROVAL_HEIGHT, CONTENT_WIDTH, APPROVAL_HEIGHT, 6, PANEL);
        d.text("Approval", left + 14, top - 20, fonts.bold(), 11, INK);
        d.textRight("Fill in with any PDF reader. Errors (FAIL) block approval.", CONTENT_RIGHT - 14, top - 20,
                fonts.regular(), 7.5f, MUTED);

        float inner = CONTENT_WIDTH - 28;
        float approverW = inner * 0.40f;
        float decisionW = inner * 0.30f;
        float dateW = inner - approverW - decisionW - 2 * 14;
        float x1 = left + 14;
        float x2 = x1 + approverW + 14;
        float x3 = x2 + decisionW + 14;
        String name = product.name();
        field(ApprovalField.APPROVER, product, "Approver", x1, top - 40, approverW, 20, "Approver of " + name);
        field(ApprovalField.DECISION, product, "Decision (Approve / Request changes)", x2, top - 40, decisionW, 20,
                "Decision on " + name);
        field(ApprovalField.DATE, product, "Date (YYYY-MM-DD)", x3, top - 40, dateW, 20, "Date of the decision on "
                + name);
        field(ApprovalField.COMMENT, product, "Comment", x1, top - 82, inner, 30, "Comment on " + name);
        flow.down(APPROVAL_HEIGHT);
    }

    /** A label with a white box under it, and the form field over the box. */
    private void field(ApprovalField kind, ProofProduct product, String label, float x, float labelBaseline,
                       float width, float height, String tooltip) throws IOException {
        PageDrawing d = flow.drawing();
        d.textFitted(label, x, labelBaseline, width, fonts.bold(), 8, INK);
        float boxTop = labelBaseline - 6;
        d.fillRoundRect(x, boxTop - height, width, height, 3, WHITE);
        d.strokeRoundRect(x, boxTop - height, width, height, 3, ProofStyle.RULE, 0.8f);
        PDRectangle rect = new PDRectangle(x + 1, boxTop - height + 1, width - 2, height - 2);
        String name = kind.fieldName(product.id());
        if (kind == ApprovalField.DECISION) {
            form.choiceField(flow.page(), name, tooltip, rect, ApprovalDecision.values());
        } else {
            form.textField(flow.page(), name, tooltip, rect, kind == ApprovalField.COMMENT);
        }
    }

    private static String plural(int count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }
}
