package org.creativeautomation.engine.comply.quality;

import org.creativeautomation.engine.comply.Check;
import org.creativeautomation.engine.comply.CheckId;
import org.creativeautomation.engine.comply.CreativeUnderCheck;
import org.creativeautomation.engine.comply.Finding;
import org.creativeautomation.engine.comply.Severity;
import org.creativeautomation.engine.compose.Box;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code quality.exposure} (warning): too much of the photo is blown out to white or crushed to
 * black, where it holds no detail. Counted on the full-resolution pixels of the photo area
 * (designed areas and the kit backdrop seen through a cut-out hero left out, so a white kit
 * background is not mistaken for blown highlights): luma ≥ {@value PhotoArea#HIGHLIGHT} is a clipped
 * highlight, luma ≤ {@value PhotoArea#SHADOW} a crushed shadow.
 *
 * <p>Either share above {@value #MAX_SHARE_PERCENT}% fires. Compliant creatives from the shipped
 * kits, example photos and offline heroes clip at most 0.9% (highlights) and 0.0% (shadows); the
 * same heroes brightened 1.8x clip 33 – 100%. A deliberate pure-white or pure-black studio backdrop
 * fires too; the warning asks a person to look, it does not block.
 */
public final class ExposureCheck implements Check {
    static final int MAX_SHARE_PERCENT = 20;

    private final PhotoSamples samples;

    public ExposureCheck() {
        this(new PhotoSamples());
    }

    ExposureCheck(PhotoSamples samples) {
        this.samples = samples;
    }

    @Override
    public String name() {
        return "exposure";
    }

    @Override
    public List<Finding> check(CreativeUnderCheck creative) {
        PhotoArea area = samples.of(creative);
        long highlights = 0;
        long shadows = 0;
        long pixels = 0;
        int n = area.width() * area.height();
        for (int i = 0; i < n; i++) {
            if (area.isPhoto(i)) {
                highlights += area.highlights(i);
                shadows += area.shadows(i);
                pixels += area.pixelsPerSample();
            }
        }
        if (pixels == 0) {
            return List.of();
        }
        Box box = area.bounds(true, false);
        String expected = "<= " + MAX_SHARE_PERCENT + "%";
        List<Finding> findings = new ArrayList<>(2);
        double highShare = 100.0 * highlights / pixels;
        double lowShare = 100.0 * shadows / pixels;
        if (highShare > MAX_SHARE_PERCENT) {
            findings.add(Finding.of(CheckId.QUALITY_EXPOSURE, Severity.WARNING,
                    "the photo is overexposed: " + percent(highShare) + " of it is blown out to white and holds no detail",
                    box, percent(highShare) + " clipped highlights", expected));
        }
        if (lowShare > MAX_SHARE_PERCENT) {
            findings.add(Finding.of(CheckId.QUALITY_EXPOSURE, Severity.WARNING,
                    "the photo is underexposed: " + percent(lowShare) + " of it is crushed to black and holds no detail",
                    box, percent(lowShare) + " crushed shadows", expected));
        }
        return findings;
    }

    private static String percent(double share) {
        return String.format(Locale.ROOT, "%.0f%%", share);
    }
}
