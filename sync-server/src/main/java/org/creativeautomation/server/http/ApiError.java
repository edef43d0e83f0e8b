package org.creativeautomation.server.http;

import com.fasterxml.jackson.annotation.JsonInclude;

/** The body of every error answer: a readable message and, for bad input, the field at fault. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ApiError(String error, String field) {
    public static ApiError of(String message) {
        return new ApiError(message, null);
    }
}
