package org.creativeautomation.engine.pipeline;

import org.creativeautomation.engine.comply.ComplianceReport;
import org.creativeautomation.engine.comply.Finding;

import java.util.List;

/** A creative of this run: its manifest entry, compliance findings and predicted performance (may be null). */
record ProducedCreative(CreativeSpec spec, Manifest.Entry entry, List<Finding> findings,
                        ComplianceReport.PerformanceJson performance, boolean rendered, byte[] thumbnail) {
    ProducedCreative {
        findings = List.copyOf(findings);
    }

    /** A creative kept from the previous run: its proof-sheet thumbnail is read from its file. */
    ProducedCreative(CreativeSpec spec, Manifest.Entry entry, List<Finding> findings,
                     ComplianceReport.PerformanceJson performance, boolean rendered) {
        this(spec, entry, findings, performance, rendered, null);
    }
}
