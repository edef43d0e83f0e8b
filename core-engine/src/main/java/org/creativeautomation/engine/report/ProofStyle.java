package org.creativeautomation.engine.report;

import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.creativeautomation.engine.comply.ComplianceStatus;
import org.creativeautomation.engine.comply.Severity;

import java.awt.Color;

/** The proof sheet's page geometry and colours, in one place so every page agrees. */
final class ProofStyle {
    /** A4 landscape: wide enough for a row of five thumbnails and a readable findings table. */
    static final PDRectangle PAGE = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
    static final float MARGIN = 36;
    static final float CONTENT_LEFT = MARGIN;
    static final float CONTENT_RIGHT = PAGE.getWidth() - MARGIN;
    static final float CONTENT_WIDTH = CONTENT_RIGHT - CONTENT_LEFT;
    /** Below the running header. */
    static final float CONTENT_TOP = PAGE.getHeight() - 52;
    /** Above the footer. */
    static final float CONTENT_BOTTOM = 46;

    static final Color INK = new Color(0x20, 0x21, 0x24);
    static final Color MUTED = new Color(0x5F, 0x63, 0x68);
    static final Color RULE = new Color(0xDA, 0xDC, 0xE0);
    static final Color PANEL = new Color(0xF1, 0xF3, 0xF4);
    static final Color NAVY = new Color(0x1F, 0x2A, 0x44);
    static final Color NAVY_TINT = new Color(0xB4, 0xC2, 0xDE);
    static final Color WHITE = Color.WHITE;

    static final Color PASS = new Color(0x1E, 0x8E, 0x3E);
    static final Color WARN = new Color(0xF9, 0xAB, 0x00);
    static final Color FAIL = new Color(0xD9, 0x30, 0x25);
    static final Color INFO = new Color(0x1A, 0x73, 0xE8);
    /** Amber dark enough to read as text on white. */
    static final Color WARN_TEXT = new Color(0xB0, 0x60, 0x00);

    private ProofStyle() {
    }

    static Color fill(ComplianceStatus status) {
        return switch (status) {
            case PASS -> PASS;
            case WARN -> WARN;
            case FAIL -> FAIL;
        };
    }

    /** Amber is too light for white text, so its badge text is dark. */
    static Color onFill(ComplianceStatus status) {
        return status == ComplianceStatus.WARN ? INK : WHITE;
    }

    /** A status colour that reads as text on white. */
    static Color text(ComplianceStatus status) {
        return status == ComplianceStatus.WARN ? WARN_TEXT : fill(status);
    }

    static Color fill(Severity severity) {
        return switch (severity) {
            case ERROR -> FAIL;
            case WARNING -> WARN;
            case INFO -> INFO;
        };
    }

    static Color onFill(Severity severity) {
        return severity == Severity.WARNING ? INK : WHITE;
    }
}
