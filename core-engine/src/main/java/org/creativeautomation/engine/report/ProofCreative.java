package org.creativeautomation.engine.report;

import org.creativeautomation.engine.comply.ComplianceStatus;
import org.creativeautomation.engine.comply.Finding;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * One creative as the proof sheet shows it.
 *
 * @param ratio    as written in briefs, e.g. {@code 9:16}
 * @param locale   the locale tag, e.g. {@code en-US}
 * @param image    the creative's file; a missing or unreadable file shows as a placeholder
 * @param width    the canvas width in pixels, the space the findings' boxes are measured in
 * @param height   the canvas height in pixels
 * @param status   the creative's verdict
 * @param findings what the checks found, boxes in canvas pixels
 * @param thumbnail the creative already shrunk for the sheet as JPEG bytes ({@link ProofThumbnail}),
 *                  or null to read and shrink {@code image}
 */
public record ProofCreative(
        String ratio,
        String locale,
        Path image,
        int width,
        int height,
        ComplianceStatus status,
        List<Finding> findings,
        byte[] thumbnail) {

    public ProofCreative(String ratio, String locale, Path image, int width, int height, ComplianceStatus status,
                         List<Finding> findings) {
        this(ratio, locale, image, width, height, status, findings, null);
    }

    public ProofCreative {
        Objects.requireNonNull(ratio, "ratio");
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(status, "status");
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("canvas size must be positive: " + width + "x" + height);
        }
        findings = List.copyOf(findings);
    }

    /** As captioned on the sheet: {@code 9:16 · en-US}. */
    public String caption() {
        return ratio + " · " + locale;
    }
}
