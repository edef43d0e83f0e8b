package org.creativeautomation.engine.report;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import static org.creativeautomation.engine.report.ProofStyle.CONTENT_LEFT;
import static org.creativeautomation.engine.report.ProofStyle.CONTENT_RIGHT;
import static org.creativeautomation.engine.report.ProofStyle.CONTENT_WIDTH;
import static org.creativeautomation.engine.report.ProofStyle.INK;
import static org.creativeautomation.engine.report.ProofStyle.MUTED;
import static org.creativeautomation.engine.report.ProofStyle.PAGE;
import static org.creativeautomation.engine.report.ProofStyle.RULE;

/**
 * The running header (campaign, brand kit, date) and footer ("Page n of N") of every page. Drawn
 * last, over finished pages, because only then is N known.
 */
final class PageFrame {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);

    private PageFrame() {
    }

    static String date(LocalDate date) {
        return DATE.format(date);
    }

    /** Frames every page; the cover (page 1) has its own title band and gets only the footer. */
    static void draw(PDDocument document, ProofFonts fonts, ProofSheetInput input) throws IOException {
        int count = document.getNumberOfPages();
        for (int i = 0; i < count; i++) {
            PDPage page = document.getPage(i);
            try (PageDrawing d = PageDrawing.over(document, page, fonts)) {
                if (i > 0) {
                    header(d, fonts, input);
                }
                footer(d, fonts, i + 1, count);
            }
        }
    }

    private static void header(PageDrawing d, ProofFonts fonts, ProofSheetInput input) throws IOException {
        float baseline = PAGE.getHeight() - 28;
        String kit = "Brand kit " + input.brandKitName() + " (" + input.brandKitId() + " " + input.brandKitVersion()
                + ")  ·  " + date(input.date());
        float kitWidth = d.width(kit, fonts.regular(), 7.5f);
        float maxKit = CONTENT_WIDTH * 0.5f;
        float drawnKit = Math.min(kitWidth, maxKit);
        d.textFitted(kit, CONTENT_RIGHT - drawnKit, baseline, maxKit, fonts.regular(), 7.5f, MUTED);
        float room = CONTENT_WIDTH - drawnKit - 24;
        float nameWidth = d.textFitted(input.campaignName(), CONTENT_LEFT, baseline, room * 0.7f, fonts.bold(), 8.5f,
                INK);
        float separator = d.text("·", CONTENT_LEFT + nameWidth + 6, baseline, fonts.regular(), 7.5f, MUTED);
        float idLeft = CONTENT_LEFT + nameWidth + 6 + separator + 6;
        d.textFitted(input.campaign(), idLeft, baseline, CONTENT_LEFT + room - idLeft, fonts.regular(), 7.5f, MUTED);
        d.line(CONTENT_LEFT, baseline - 8, CONTENT_RIGHT, baseline - 8, RULE, 0.6f);
    }

    private static void footer(PageDrawing d, ProofFonts fonts, int number, int count) throws IOException {
        float baseline = 22;
        d.line(CONTENT_LEFT, baseline + 12, CONTENT_RIGHT, baseline + 12, RULE, 0.6f);
        d.text("Proof sheet  ·  Creative Automation Studio", CONTENT_LEFT, baseline, fonts.regular(), 7.5f, MUTED);
        d.textRight("Page " + number + " of " + count, CONTENT_RIGHT, baseline, fonts.regular(), 7.5f, MUTED);
    }
}
