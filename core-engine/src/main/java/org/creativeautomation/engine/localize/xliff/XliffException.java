package org.creativeautomation.engine.localize.xliff;

import org.creativeautomation.engine.document.InvalidDocumentException;
import org.creativeautomation.engine.document.Problem;

import java.util.List;

/** XLIFF that cannot be imported; each problem prints as one line with file, line and column. */
public class XliffException extends InvalidDocumentException {
    public XliffException(List<Problem> problems) {
        super(problems);
    }
}
