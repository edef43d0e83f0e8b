package org.creativeautomation.engine.comply.legal;

import org.creativeautomation.engine.document.InvalidDocumentException;
import org.creativeautomation.engine.document.Problem;

import java.util.List;

/** A market rules file that cannot be used; each problem prints as one line with file, line and column. */
public class MarketRulesException extends InvalidDocumentException {
    public MarketRulesException(List<Problem> problems) {
        super(problems);
    }
}
