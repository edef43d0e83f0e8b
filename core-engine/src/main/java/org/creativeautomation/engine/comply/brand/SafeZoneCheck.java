package org.creativeautomation.engine.comply.brand;

import org.creativeautomation.engine.compose.Box;
import org.creativeautomation.engine.compose.Layout;
import org.creativeautomation.engine.compose.SafeZone;
import org.creativeautomation.engine.comply.Check;
import org.creativeautomation.engine.comply.CheckId;
import org.creativeautomation.engine.comply.CreativeUnderCheck;
import org.creativeautomation.engine.comply.Finding;
import org.creativeautomation.engine.comply.Severity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Text and logo stay out of the bands a platform covers with its own UI (Stories: the profile bar
 * on top, the reply box at the bottom) and the logo stays on the canvas. Text running off the
 * canvas is {@link OverflowCheck}'s (it is clipped text), so it is not reported twice.
 */
public final class SafeZoneCheck implements Check {
    @Override
    public String name() {
        return "safe zones";
    }

    @Override
    public boolean appliesTo(CreativeUnderCheck creative) {
        return creative.layout() != null && creative.layout().ratio() != null;
    }

    @Override
    public List<Finding> check(CreativeUnderCheck creative) {
        Layout layout = creative.layout();
        // The layout says which bands it kept clear (the kit's template may widen the platform's).
        SafeZone zone = layout.safeZone() != null ? layout.safeZone() : SafeZone.defaultFor(layout.ratio());
        int top = (int) Math.round(layout.height() * zone.top());
        int bottom = layout.height() - (int) Math.round(layout.height() * zone.bottom());
        List<LayoutText.Named> parts = new ArrayList<>(LayoutText.areas(layout));
        if (layout.logo() != null) {
            parts.add(new LayoutText.Named("logo", layout.logo().box()));
        }
        List<Finding> findings = new ArrayList<>();
        for (LayoutText.Named part : parts) {
            Box box = part.box();
            if (top > 0 && box.y() < top) {
                findings.add(Finding.of(CheckId.TEXT_SAFE_ZONE, Severity.ERROR,
                        "the " + part.name() + " reaches into the top " + share(zone.top())
                                + " the platform covers with its own UI", box,
                        (top - box.y()) + " px into the top safe zone", "top at y >= " + top));
            }
            if (bottom < layout.height() && box.bottom() > bottom) {
                findings.add(Finding.of(CheckId.TEXT_SAFE_ZONE, Severity.ERROR,
                        "the " + part.name() + " reaches into the bottom " + share(zone.bottom())
                                + " the platform covers with its own UI", box,
                        (box.bottom() - bottom) + " px into the bottom safe zone", "bottom at y <= " + bottom));
            }
        }
        if (layout.logo() != null) {
            int off = OverflowCheck.beyond(layout.logo().box(), layout.width(), layout.height());
            if (off > 0) {
                findings.add(Finding.of(CheckId.TEXT_SAFE_ZONE, Severity.ERROR, "the logo runs off the canvas",
                        layout.logo().box(), off + " px off the canvas", "logo inside the canvas"));
            }
        }
        return findings;
    }

    private static String share(double fraction) {
        return String.format(Locale.ROOT, "%.0f%%", fraction * 100);
    }
}
