package org.creativeautomation.engine.comply;

import java.util.List;

/** The findings of one creative and its status. */
public record CreativeCompliance(ComplianceStatus status, List<Finding> findings) {
    public CreativeCompliance {
        findings = List.copyOf(findings);
    }

    public static CreativeCompliance of(List<Finding> findings) {
        return new CreativeCompliance(ComplianceStatus.of(findings), findings);
    }

    public long count(Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }
}
