package org.creativeautomation.engine.comply.quality;

import org.creativeautomation.engine.comply.Check;
import org.creativeautomation.engine.comply.CheckId;
import org.creativeautomation.engine.comply.CreativeUnderCheck;
import org.creativeautomation.engine.comply.Finding;
import org.creativeautomation.engine.comply.Severity;

import java.util.List;

/**
 * {@code quality.blank} (error): the photo area is a near-uniform flat colour — a hero that failed
 * to load or render, a fully transparent cut-out, a placeholder. Judged on the {@link PhotoArea}
 * including the kit backdrop seen through a cut-out hero (nothing but backdrop is as empty as
 * nothing at all); an image made elsewhere is judged whole.
 *
 * <p>Fires when the luma's standard deviation is below {@value #MIN_STD_DEV}, or when more than
 * {@value #MAX_ONE_TONE_PERCENT}% of the samples fall within {@value #TONE_WIDTH} luma levels of each
 * other (a flat image with a line of text on it: the text spreads the deviation, not the tones).
 * Compliant creatives from the shipped kits, example photos and offline heroes measure a standard
 * deviation of at least 12.7 and at most 62% of samples in one tone; a flat colour measures 0 and 100%.
 */
public final class BlankCheck implements Check {
    static final double MIN_STD_DEV = ToneSpread.MIN_STD_DEV;
    static final int MAX_ONE_TONE_PERCENT = ToneSpread.MAX_ONE_TONE_PERCENT;
    static final int TONE_WIDTH = ToneSpread.TONE_WIDTH;

    private final PhotoSamples samples;

    public BlankCheck() {
        this(new PhotoSamples());
    }

    BlankCheck(PhotoSamples samples) {
        this.samples = samples;
    }

    @Override
    public String name() {
        return "blank image";
    }

    @Override
    public List<Finding> check(CreativeUnderCheck creative) {
        PhotoArea area = samples.of(creative);
        ToneSpread spread = new ToneSpread();
        int total = area.width() * area.height();
        for (int i = 0; i < total; i++) {
            if (area.kind(i) != PhotoArea.DESIGNED) {
                spread.add(area.luma(i));
            }
        }
        if (!spread.isNearUniform()) {
            return List.of();
        }
        return List.of(Finding.of(CheckId.QUALITY_BLANK, Severity.ERROR,
                "the photo area is a near-uniform flat colour: the hero may be missing or failed to render",
                area.bounds(true, true), spread.describe(), ToneSpread.rule()));
    }
}
