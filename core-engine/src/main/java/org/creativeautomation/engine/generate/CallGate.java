package org.creativeautomation.engine.generate;

import org.creativeautomation.engine.spi.ImageGenerationRequest;
import org.creativeautomation.engine.spi.ImageGenerator;
import org.creativeautomation.engine.spi.ImageResult;

/**
 * Decides before each provider call whether it may be made, e.g. whether a budget still covers it.
 * A call it admits is settled once it ends, so what the admission held can be charged or given back.
 */
public interface CallGate {

    /** Admits every call. */
    CallGate OPEN = new CallGate() {
        @Override
        public boolean admit(ImageGenerator provider, ImageGenerationRequest request) {
            return true;
        }

        @Override
        public void settle(ImageGenerator provider, ImageGenerationRequest request, ImageResult result) {
            // nothing held
        }
    };

    /** Whether the call may be made now; a refused provider is skipped like one whose circuit is open. */
    boolean admit(ImageGenerator provider, ImageGenerationRequest request);

    /** An admitted call ended: with its result, or {@code null} when it failed (failed calls cost nothing). */
    void settle(ImageGenerator provider, ImageGenerationRequest request, ImageResult result);
}
