package org.creativeautomation.engine.settings;

import org.creativeautomation.engine.document.InvalidDocumentException;
import org.creativeautomation.engine.document.Problem;

import java.util.List;

/**
 * studio.yaml, its key file or a setting given on the command line cannot be used. Each problem
 * prints as one line ({@code file:line:column field: problem}); front ends exit with code 2.
 */
public class SettingsException extends InvalidDocumentException {

    public SettingsException(List<Problem> problems) {
        super(problems);
    }

    /** A single problem that belongs to no line of a file. */
    public SettingsException(String message) {
        this(List.of(new Problem(null, null, message)));
    }
}
