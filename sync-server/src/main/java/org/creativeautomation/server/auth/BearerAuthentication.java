package org.creativeautomation.server.auth;

import java.util.List;
import java.util.Optional;

/** Tries each way of signing in in turn: API tokens first, then OIDC when configured. */
public final class BearerAuthentication implements Authenticator {
    private final List<Authenticator> authenticators;

    public BearerAuthentication(List<Authenticator> authenticators) {
        this.authenticators = List.copyOf(authenticators);
    }

    @Override
    public Optional<Principal> authenticate(String bearer) {
        for (Authenticator authenticator : authenticators) {
            Optional<Principal> principal = authenticator.authenticate(bearer);
            if (principal.isPresent()) {
                return principal;
            }
        }
        return Optional.empty();
    }
}
