package org.creativeautomation.engine.comply;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Collection;
import java.util.Locale;

/** A creative's overall verdict: {@code fail} with any error, {@code warn} with any warning, else {@code pass}. */
public enum ComplianceStatus {
    PASS, WARN, FAIL;

    public static ComplianceStatus of(Collection<Finding> findings) {
        if (findings.stream().anyMatch(f -> f.severity() == Severity.ERROR)) {
            return FAIL;
        }
        if (findings.stream().anyMatch(f -> f.severity() == Severity.WARNING)) {
            return WARN;
        }
        return PASS;
    }

    @JsonValue
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
