package org.creativeautomation.engine.store;

import org.creativeautomation.engine.document.InvalidInputException;

/** A studio.db this studio must not open: written by a newer studio, or not a studio database at all. */
public class IncompatibleDatabaseException extends InvalidInputException {
    public IncompatibleDatabaseException(String message) {
        super(message);
    }

    public IncompatibleDatabaseException(String message, Throwable cause) {
        super(message, cause);
    }
}
