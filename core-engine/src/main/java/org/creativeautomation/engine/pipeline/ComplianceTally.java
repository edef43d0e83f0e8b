package org.creativeautomation.engine.pipeline;

import org.creativeautomation.engine.comply.ComplianceStatus;
import org.creativeautomation.engine.comply.Finding;
import org.creativeautomation.engine.comply.Severity;

import java.util.Collection;
import java.util.List;

/** Creatives by status and findings by severity, for summaries and the cover of the proof sheet. */
public record ComplianceTally(int passed, int warned, int failed, int errors, int warnings, int infos) {

    public static ComplianceTally of(Collection<List<Finding>> findingsPerCreative) {
        int passed = 0;
        int warned = 0;
        int failed = 0;
        int errors = 0;
        int warnings = 0;
        int infos = 0;
        for (List<Finding> findings : findingsPerCreative) {
            switch (ComplianceStatus.of(findings)) {
                case PASS -> passed++;
                case WARN -> warned++;
                case FAIL -> failed++;
            }
            for (Finding f : findings) {
                if (f.severity() == Severity.ERROR) {
                    errors++;
                } else if (f.severity() == Severity.WARNING) {
                    warnings++;
                } else {
                    infos++;
                }
            }
        }
        return new ComplianceTally(passed, warned, failed, errors, warnings, infos);
    }
}
