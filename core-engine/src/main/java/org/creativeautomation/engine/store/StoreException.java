package org.creativeautomation.engine.store;

/**
 * The studio database failed at something that is not the user's input (disk full, locked too long,
 * a bug in a query). Unchecked: callers cannot do more than report it.
 */
public class StoreException extends RuntimeException {
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
