package org.creativeautomation.engine.comply.brand;

import org.creativeautomation.engine.compose.Layout;
import org.creativeautomation.engine.compose.TextBlock;
import org.creativeautomation.engine.comply.Check;
import org.creativeautomation.engine.comply.CheckId;
import org.creativeautomation.engine.comply.CreativeUnderCheck;
import org.creativeautomation.engine.comply.Finding;
import org.creativeautomation.engine.comply.Severity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** No text smaller than the kit's minimum, which is given for a 1080 px wide canvas and scales with the width. */
public final class TextSizeCheck implements Check {
    /** Sizes are floats; a hair under the minimum from rounding is not smaller text. */
    private static final double SLACK_PX = 0.05;

    @Override
    public String name() {
        return "text size";
    }

    @Override
    public boolean appliesTo(CreativeUnderCheck creative) {
        return creative.layout() != null && creative.kit() != null && creative.kit().textRules() != null;
    }

    @Override
    public List<Finding> check(CreativeUnderCheck creative) {
        Layout layout = creative.layout();
        int minAt1080 = creative.kit().textRules().minFontPx();
        double min = minAt1080 * layout.width() / 1080.0;
        List<Finding> findings = new ArrayList<>();
        for (TextBlock block : LayoutText.blocks(layout)) {
            if (block.sizePx() < min - SLACK_PX) {
                findings.add(Finding.of(CheckId.TEXT_SIZE, Severity.ERROR,
                        "the " + LayoutText.name(block) + " is smaller than the kit's minimum text size", block.box(),
                        String.format(Locale.ROOT, "%.1f px", block.sizePx()),
                        String.format(Locale.ROOT, ">= %.1f px (%d px at 1080 px wide)", min, minAt1080)));
            }
        }
        return findings;
    }
}
