package org.creativeautomation.engine.comply.quality;

import org.creativeautomation.engine.comply.Check;

import java.util.List;

/** The image quality checks, sharing one reduced copy of each creative's photo between them. */
public final class QualityChecks {
    private QualityChecks() {
    }

    /** Resolution, sharpness, exposure and blank-image checks, in that order. */
    public static List<Check> all() {
        PhotoSamples samples = new PhotoSamples();
        return List.of(new LowResolutionCheck(), new BlurCheck(samples), new ExposureCheck(samples),
                new BlankCheck(samples));
    }
}
