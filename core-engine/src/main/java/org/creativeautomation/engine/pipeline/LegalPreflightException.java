package org.creativeautomation.engine.pipeline;

import org.creativeautomation.engine.document.InvalidDocumentException;
import org.creativeautomation.engine.document.Problem;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A run stopped before its first paid image generation because the brief's copy fails legal
 * checks that would fail every creative. Nothing was generated or written.
 */
public final class LegalPreflightException extends InvalidDocumentException {
    private final transient Path brief;

    public LegalPreflightException(Path brief, List<Problem> problems) {
        super(problems);
        this.brief = brief;
    }

    @Override
    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        lines.add(brief + ": stopped before any paid image generation: the copy fails legal checks that fail "
                + "every creative (fix the brief, or run with --force to generate anyway):");
        lines.addAll(super.lines());
        return lines;
    }
}
