package org.creativeautomation.engine.comply;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;

/**
 * Runs every check on a creative. A check that throws becomes a {@code check.error} finding (an
 * error: a check that cannot run must never look like a pass).
 */
public final class ComplianceChecker {
    private static final Logger LOG = LoggerFactory.getLogger(ComplianceChecker.class);
    private final List<Check> checks;

    public ComplianceChecker(List<Check> checks) {
        this.checks = List.copyOf(checks);
    }

    public CreativeCompliance check(CreativeUnderCheck creative) {
        List<Finding> findings = new ArrayList<>();
        for (Check check : checks) {
            if (!check.appliesTo(creative)) {
                continue;
            }
            try {
                findings.addAll(check.check(creative));
            } catch (RuntimeException e) {
                LOG.warn("Check '{}' failed to run", check.name(), e);
                findings.add(Finding.of(CheckId.CHECK_ERROR, Severity.ERROR,
                        "the " + check.name() + " check could not run: " + e.getMessage(), null, null, null));
            }
        }
        return CreativeCompliance.of(findings);
    }

    public List<Check> checks() {
        return checks;
    }
}
