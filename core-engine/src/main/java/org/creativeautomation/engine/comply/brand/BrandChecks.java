package org.creativeautomation.engine.comply.brand;

import org.creativeautomation.engine.comply.Check;

import java.util.List;

/** The brand and legibility checks, ready for a {@link org.creativeautomation.engine.comply.ComplianceChecker}. */
public final class BrandChecks {
    private BrandChecks() {
    }

    /**
     * Logo first (presence, then its rules, sharing one logo finder), then colours, then type:
     * fonts, size, contrast, overflow, safe zones.
     */
    public static List<Check> all() {
        LogoFinder logos = new LogoFinder();
        return List.of(
                new LogoPresenceCheck(logos),
                new LogoRulesCheck(logos),
                new PaletteCheck(),
                new FontCheck(),
                new TextSizeCheck(),
                new TextContrastCheck(),
                new OverflowCheck(),
                new SafeZoneCheck());
    }
}
