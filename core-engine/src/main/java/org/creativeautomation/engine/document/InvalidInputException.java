package org.creativeautomation.engine.document;

/**
 * Bad input from a person (a brief, a kit, an image, a setting). Its message is fit to show as is;
 * front ends print it without a stack trace and exit with code 2.
 */
public class InvalidInputException extends RuntimeException {
    public InvalidInputException(String message) {
        super(message);
    }

    public InvalidInputException(String message, Throwable cause) {
        super(message, cause);
    }

    /** One line per problem, ready to print. */
    public java.util.List<String> lines() {
        return java.util.List.of(getMessage());
    }
}
