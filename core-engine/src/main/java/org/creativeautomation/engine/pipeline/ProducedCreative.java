package org.creativeautomation.engine.pipeline;

import org.creativeautomation.engine.comply.ComplianceReport;
import org.creativeautomation.engine.comply.Finding;

import java.util.List;

/** A creative of this run: its manifest entry, compliance findings and predicted performance (may be null). */
record ProducedCreative(CreativeSpec spec, Manifest.Entry entry, List<Finding> findings,
                        ComplianceReport.PerformanceJson performance, boolean rendered) {
    ProducedCreative {
        findings = List.copyOf(findings);
    }
}
