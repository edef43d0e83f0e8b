package org.creativeautomation.engine.comply;

import java.util.List;

/**
 * One family of compliance checks. A check returns its findings (empty when the creative passes);
 * it never swallows a failure to run — the checker turns an exception into a {@code check.error}.
 */
public interface Check {

    /** A short name for reports and errors, e.g. "logo presence". */
    String name();

    /** True when this check can judge the creative (e.g. layout checks need a layout). */
    default boolean appliesTo(CreativeUnderCheck creative) {
        return true;
    }

    List<Finding> check(CreativeUnderCheck creative);
}
