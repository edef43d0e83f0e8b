package org.creativeautomation.engine.pipeline;

import org.creativeautomation.engine.comply.Finding;

import java.util.List;

/** A creative of this run: its manifest entry and its compliance findings. */
record ProducedCreative(CreativeSpec spec, Manifest.Entry entry, List<Finding> findings, boolean rendered) {
    ProducedCreative {
        findings = List.copyOf(findings);
    }
}
