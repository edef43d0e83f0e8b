package org.creativeautomation.server.auth;

import java.util.Optional;

/** Turns the bearer credential of a request into a principal, or nothing when it is not valid. */
public interface Authenticator {
    Optional<Principal> authenticate(String bearer);
}
