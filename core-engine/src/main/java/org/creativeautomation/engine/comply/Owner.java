package org.creativeautomation.engine.comply;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Locale;

/** The team that owns a finding and decides on it. */
public enum Owner {
    BRAND, LEGAL, QUALITY;

    @JsonValue
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
