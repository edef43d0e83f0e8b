package org.creativeautomation.engine.report;

import org.creativeautomation.engine.comply.ComplianceStatus;
import org.creativeautomation.engine.comply.Finding;
import org.creativeautomation.engine.comply.Owner;
import org.creativeautomation.engine.comply.Severity;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The counts the cover and the product headers show. */
record SheetTotals(Map<ComplianceStatus, Integer> byStatus, Map<Owner, Map<Severity, Integer>> byOwner,
                   int creatives, int findings) {

    static SheetTotals of(List<ProofCreative> creatives) {
        Map<ComplianceStatus, Integer> byStatus = new EnumMap<>(ComplianceStatus.class);
        for (ComplianceStatus status : ComplianceStatus.values()) {
            byStatus.put(status, 0);
        }
        Map<Owner, Map<Severity, Integer>> byOwner = new EnumMap<>(Owner.class);
        for (Owner owner : Owner.values()) {
            Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
            for (Severity severity : Severity.values()) {
                counts.put(severity, 0);
            }
            byOwner.put(owner, counts);
        }
        int findings = 0;
        for (ProofCreative creative : creatives) {
            byStatus.merge(creative.status(), 1, Integer::sum);
            for (Finding finding : creative.findings()) {
                byOwner.get(finding.owner()).merge(finding.severity(), 1, Integer::sum);
                findings++;
            }
        }
        return new SheetTotals(byStatus, byOwner, creatives.size(), findings);
    }

    int count(ComplianceStatus status) {
        return byStatus.get(status);
    }

    int count(Owner owner, Severity severity) {
        return byOwner.get(owner).get(severity);
    }

    int count(Owner owner) {
        return byOwner.get(owner).values().stream().mapToInt(Integer::intValue).sum();
    }

    int count(Severity severity) {
        return byOwner.values().stream().mapToInt(m -> m.get(severity)).sum();
    }
}
