package org.creativeautomation.engine.pipeline;

import org.creativeautomation.engine.brand.BrandKit;
import org.creativeautomation.engine.compose.CreativeCopy;
import org.creativeautomation.engine.compose.OutputFormat;
import org.creativeautomation.engine.compose.Ratio;
import org.creativeautomation.engine.store.Sha256;

/**
 * The job key of a creative: the hash of everything its pixels depend on. Equal keys mean equal
 * pixels, so a re-run skips a creative whose key and file are unchanged.
 */
public final class CreativeKey {
    private CreativeKey() {
    }

    public static String of(BrandKit kit, HeroInfo hero, Ratio ratio, CreativeCopy copy, OutputFormat format) {
        return Sha256.hexOf(
                "creative",
                EngineVersion.renderKey(),
                kit.id(), kit.version(), kit.contentHash(),
                hero.assetSha256(),
                ratio.label(),
                copy.localeTag(),
                copy.message(),
                orNone(copy.cta()),
                orNone(copy.disclaimer()),
                format.extension());
    }

    /** The key of a creative's findings: its pixels' key, what the checks are, and the market they judge for. */
    public static String ofCompliance(String creativeKey, String region) {
        return Sha256.hexOf("compliance", creativeKey, EngineVersion.CHECKS_REVISION, orNone(region));
    }

    /**
     * The key of a creative's findings when they also depend on a fact about its hero that its
     * pixels do not show (that a budget stopped the paid call for it); null gives the key above.
     */
    public static String ofCompliance(String creativeKey, String region, String heroNote) {
        return heroNote == null ? ofCompliance(creativeKey, region)
                : Sha256.hexOf("compliance", creativeKey, EngineVersion.CHECKS_REVISION, orNone(region), heroNote);
    }

    /** Absent text hashes differently from any text, even "null". */
    private static String orNone(String text) {
        return text == null ? "\u0000" : text;
    }
}
