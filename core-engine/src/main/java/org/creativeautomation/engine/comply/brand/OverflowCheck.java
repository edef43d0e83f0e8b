package org.creativeautomation.engine.comply.brand;

import org.creativeautomation.engine.compose.Box;
import org.creativeautomation.engine.compose.Layout;
import org.creativeautomation.engine.compose.LayoutIssue;
import org.creativeautomation.engine.compose.TextBlock;
import org.creativeautomation.engine.comply.Check;
import org.creativeautomation.engine.comply.CheckId;
import org.creativeautomation.engine.comply.CreativeUnderCheck;
import org.creativeautomation.engine.comply.Finding;
import org.creativeautomation.engine.comply.Severity;

import java.util.ArrayList;
import java.util.List;

/**
 * Text that does not fit: what the solver reported as {@code text.overflow}, text running off the
 * canvas (clipped), a CTA label running out of its button, and a message on more lines than the
 * kit allows.
 */
public final class OverflowCheck implements Check {
    @Override
    public String name() {
        return "text overflow";
    }

    @Override
    public boolean appliesTo(CreativeUnderCheck creative) {
        return creative.layout() != null;
    }

    @Override
    public List<Finding> check(CreativeUnderCheck creative) {
        Layout layout = creative.layout();
        List<Finding> findings = new ArrayList<>();
        boolean messageReported = false;
        for (LayoutIssue issue : layout.issues()) {
            if ("text.overflow".equals(issue.code())) {
                findings.add(Finding.of(CheckId.TEXT_OVERFLOW, Severity.ERROR, issue.message(), issue.region(),
                        "text does not fit", "all text within its space"));
                messageReported |= layout.message() != null && layout.message().box().equals(issue.region());
            }
        }
        for (TextBlock block : LayoutText.blocks(layout)) {
            int off = beyond(block.box(), layout.width(), layout.height());
            if (off > 0) {
                findings.add(Finding.of(CheckId.TEXT_OVERFLOW, Severity.ERROR,
                        "the " + LayoutText.name(block) + " runs off the canvas and is clipped", block.box(),
                        off + " px off the canvas", "text inside the canvas"));
            }
        }
        if (layout.cta() != null && layout.cta().label() != null
                && !layout.cta().box().contains(layout.cta().label().box())) {
            findings.add(Finding.of(CheckId.TEXT_OVERFLOW, Severity.ERROR, "the CTA's text runs out of its button",
                    layout.cta().label().box(), "label outside the button", "label inside the button"));
        }
        if (!messageReported && layout.message() != null && creative.kit() != null && creative.kit().textRules() != null) {
            int lines = (int) layout.message().lines().stream().filter(l -> !l.isBlank()).count();
            int max = creative.kit().textRules().maxLines();
            if (lines > max) {
                findings.add(Finding.of(CheckId.TEXT_OVERFLOW, Severity.ERROR,
                        "the message takes more lines than the kit allows", layout.message().box(),
                        lines + " lines", "<= " + max + " lines"));
            }
        }
        return findings;
    }

    /** How far the box reaches past the canvas, the most on any side; 0 or less when inside. */
    static int beyond(Box box, int width, int height) {
        return Math.max(Math.max(-box.x(), -box.y()), Math.max(box.right() - width, box.bottom() - height));
    }
}
