package org.creativeautomation.engine.brief;

import org.creativeautomation.engine.document.InvalidDocumentException;
import org.creativeautomation.engine.document.Problem;

import java.util.List;

/** A brief that cannot be used, with every problem found in it (file, line, column, field path). */
public class BriefException extends InvalidDocumentException {

    public BriefException(List<Problem> problems) {
        super(problems);
    }

    /** The same problems as a document-level failure (unreadable file, syntax error), kept as the cause. */
    static BriefException of(InvalidDocumentException documentFailure) {
        BriefException e = new BriefException(documentFailure.problems());
        e.initCause(documentFailure);
        return e;
    }
}
