package org.creativeautomation.server.sync;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.creativeautomation.server.auth.Role;

/**
 * The kinds of records the change feed carries. Most are versioned documents any team member may
 * push; approvals are append-only events that only leads and admins record; brand kits are published
 * by admins through their own route and only pulled by studios.
 */
public enum SyncEntity {
    CAMPAIGN("campaign", Role.ANY, false, true),
    LAYOUT_OVERRIDE("layout-override", Role.ANY, false, true),
    COMMENT("comment", Role.ANY, false, true),
    KIT_ASSIGNMENT("kit-assignment", Role.ANY, false, true),
    APPROVAL("approval", Role.LEAD_OR_ADMIN, true, true),
    BRAND_KIT("brand-kit", Role.ADMIN_ONLY, false, false);

    private final String wireName;
    private final Set<Role> writers;
    private final boolean appendOnly;
    private final boolean pushable;

    SyncEntity(String wireName, Set<Role> writers, boolean appendOnly, boolean pushable) {
        this.wireName = wireName;
        this.writers = writers;
        this.appendOnly = appendOnly;
        this.pushable = pushable;
    }

    public String wireName() {
        return wireName;
    }

    public boolean writableBy(Role role) {
        return writers.contains(role);
    }

    /** Events are written once and never change, so they never conflict. */
    public boolean appendOnly() {
        return appendOnly;
    }

    /** Whether clients may write this kind through a push. */
    public boolean pushable() {
        return pushable;
    }

    public static Optional<SyncEntity> parse(String wireName) {
        return Arrays.stream(values()).filter(e -> e.wireName.equals(wireName)).findFirst();
    }

    public static String pushableNames() {
        return Arrays.stream(values()).filter(SyncEntity::pushable).map(SyncEntity::wireName)
                .collect(Collectors.joining(", "));
    }
}
