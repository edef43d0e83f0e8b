package org.creativeautomation.engine.localize.market;

import org.creativeautomation.engine.document.InvalidDocumentException;
import org.creativeautomation.engine.document.Problem;

import java.util.List;

/** A market data file that cannot be used; each problem prints as one line with file, line and column. */
public class MarketDataException extends InvalidDocumentException {
    public MarketDataException(List<Problem> problems) {
        super(problems);
    }
}
