package org.creativeautomation.server.auth;

import com.fasterxml.jackson.annotation.JsonValue;
import io.javalin.security.RouteRole;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** What a user may do within their team. Every route names the roles it admits. */
public enum Role implements RouteRole {
    DESIGNER,
    LEAD,
    ADMIN;

    /** Any signed-in member of the team. */
    public static final Set<Role> ANY = Set.of(DESIGNER, LEAD, ADMIN);
    public static final Set<Role> LEAD_OR_ADMIN = Set.of(LEAD, ADMIN);
    public static final Set<Role> ADMIN_ONLY = Set.of(ADMIN);

    @JsonValue
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Role> parse(String text) {
        return Arrays.stream(values()).filter(r -> r.wireName().equals(text)).findFirst();
    }
}
