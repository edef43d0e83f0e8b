package org.creativeautomation.engine.generate;

import org.creativeautomation.engine.document.InvalidDocumentException;
import org.creativeautomation.engine.document.Problem;

import java.util.List;

/** A prices file that cannot be used; each problem prints as one line with file, line and column. */
public class PriceTableException extends InvalidDocumentException {
    public PriceTableException(List<Problem> problems) {
        super(problems);
    }
}
