package org.creativeautomation.engine.comply;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.creativeautomation.engine.compose.Box;

import java.util.List;

/** {@code compliance.json}: the findings of every creative in an output folder. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ComplianceReport(String campaign, String brandKit, List<Entry> creatives) {

    public ComplianceReport {
        creatives = List.copyOf(creatives);
    }

    /** One creative's verdict. {@code path} is relative to the output folder. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonPropertyOrder({"path", "product", "ratio", "locale", "status", "findings", "performance"})
    public record Entry(String path, String product, String ratio, String locale, ComplianceStatus status,
                        List<FindingJson> findings, PerformanceJson performance) {
        public Entry {
            findings = List.copyOf(findings);
        }
    }

    /**
     * The predicted performance score (0-100) and what each measured feature added or took away;
     * null for creatives without a layout.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record PerformanceJson(int score, List<ContributionJson> contributions) {
        public PerformanceJson {
            contributions = List.copyOf(contributions);
        }
    }

    /** One feature's share of the score. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonPropertyOrder({"feature", "measured", "points", "why"})
    public record ContributionJson(String feature, String measured, double points, String why) {
    }

    /** A finding as written in JSON. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonPropertyOrder({"check", "severity", "owner", "message", "box", "measured", "expected"})
    public record FindingJson(String check, String severity, String owner, String message, BoxJson box,
                              String measured, String expected) {

        /** Back to a finding, e.g. to reuse the findings of a creative that did not change. */
        public Finding toFinding() {
            return new Finding(CheckId.fromId(check), severityOf(severity), ownerOf(owner), message,
                    box == null ? null : box.toBox(), measured, expected);
        }

        private static Severity severityOf(String label) {
            for (Severity s : Severity.values()) {
                if (s.label().equals(label)) {
                    return s;
                }
            }
            throw new IllegalArgumentException("unknown severity " + label);
        }

        private static Owner ownerOf(String label) {
            for (Owner o : Owner.values()) {
                if (o.label().equals(label)) {
                    return o;
                }
            }
            throw new IllegalArgumentException("unknown owner " + label);
        }

        public static FindingJson of(Finding f) {
            return new FindingJson(f.check().id(), f.severity().label(), f.owner().label(), f.message(),
                    f.box() == null ? null : new BoxJson(f.box().x(), f.box().y(), f.box().width(), f.box().height()),
                    f.measured(), f.expected());
        }
    }

    /** A region in canvas pixels, written {@code {"x","y","w","h"}}. */
    public record BoxJson(int x, int y, int w, int h) {
        public Box toBox() {
            return new Box(x, y, w, h);
        }
    }
}
