package org.creativeautomation.engine.comply;

import org.creativeautomation.engine.comply.brand.BrandChecks;
import org.creativeautomation.engine.comply.legal.LegalChecks;
import org.creativeautomation.engine.comply.moderation.ModerationChecks;
import org.creativeautomation.engine.comply.quality.QualityChecks;

import java.util.ArrayList;
import java.util.List;

/**
 * Every check the studio runs on its creatives, offline: brand, legibility, legal, moderation,
 * quality, and whether a budget replaced the hero.
 */
public final class StandardChecks {
    private StandardChecks() {
    }

    public static List<Check> all() {
        List<Check> checks = new ArrayList<>();
        checks.addAll(BrandChecks.all());
        checks.addAll(LegalChecks.all());
        checks.addAll(ModerationChecks.all());
        checks.addAll(QualityChecks.all());
        checks.add(new BudgetFallbackCheck());
        return List.copyOf(checks);
    }
}
