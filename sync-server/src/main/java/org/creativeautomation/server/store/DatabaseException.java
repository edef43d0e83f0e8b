package org.creativeautomation.server.store;

/** The metadata database failed: the server's fault, answered with 500 (or 503 while it is unreachable). */
public class DatabaseException extends RuntimeException {
    public DatabaseException(String message, Throwable cause) {
        super(message, cause);
    }
}
