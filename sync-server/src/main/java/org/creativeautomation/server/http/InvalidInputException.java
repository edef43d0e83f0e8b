package org.creativeautomation.server.http;

/** A client sent something the server cannot use; answered 400 with the field it concerns. */
public class InvalidInputException extends RuntimeException {
    private final String field;

    public InvalidInputException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
