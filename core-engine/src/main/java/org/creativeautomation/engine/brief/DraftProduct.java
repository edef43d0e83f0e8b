package org.creativeautomation.engine.brief;

import java.util.List;

/**
 * A product of a {@link BriefDraft}, as written: nothing is checked, absent text is "".
 *
 * @param assets asset paths as written in the brief, relative to its folder
 */
public record DraftProduct(String id, String name, String description, List<String> assets) {
    public DraftProduct {
        id = id == null ? "" : id;
        name = name == null ? "" : name;
        description = description == null ? "" : description;
        assets = List.copyOf(assets);
    }

    /** A product a person has just added: every field still to fill in. */
    public static DraftProduct blank() {
        return new DraftProduct("", "", "", List.of());
    }

    public DraftProduct withId(String value) {
        return new DraftProduct(value, name, description, assets);
    }

    public DraftProduct withName(String value) {
        return new DraftProduct(id, value, description, assets);
    }

    public DraftProduct withDescription(String value) {
        return new DraftProduct(id, name, value, assets);
    }

    public DraftProduct withAssets(List<String> value) {
        return new DraftProduct(id, name, description, value);
    }
}
