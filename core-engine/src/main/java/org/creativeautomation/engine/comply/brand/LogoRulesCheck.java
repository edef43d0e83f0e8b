package org.creativeautomation.engine.comply.brand;

import org.creativeautomation.engine.brand.Corner;
import org.creativeautomation.engine.brand.LogoRules;
import org.creativeautomation.engine.compose.Box;
import org.creativeautomation.engine.compose.Layout;
import org.creativeautomation.engine.comply.Check;
import org.creativeautomation.engine.comply.CheckId;
import org.creativeautomation.engine.comply.CreativeUnderCheck;
import org.creativeautomation.engine.comply.Finding;
import org.creativeautomation.engine.comply.Severity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The kit's logo rules: the logo at least its minimum width, its clear space free of text and on
 * the canvas, and the logo in one of the kit's corners (mirrored left to right when the copy reads
 * right to left, as the layout is).
 *
 * <p>The layout's logo box is exact and is used as long as the pixels agree with it; when the logo
 * is found in the pixels somewhere else (the image was edited after it was laid out), the pixels
 * win, since they are what gets published. Another logo cannot intrude on the clear space: a
 * layout places exactly one.
 */
public final class LogoRulesCheck implements Check {
    /** A logo found in the pixels overlapping the layout's box by at least this much is the layout's logo. */
    private static final double SAME_LOGO_OVERLAP = 0.5;
    /** A logo is in a corner when both its gaps to that corner's edges are at most this share of the canvas. */
    private static final double CORNER_REACH = 0.25;

    private final LogoFinder finder;

    public LogoRulesCheck() {
        this(new LogoFinder());
    }

    /** @param finder shared with {@link LogoPresenceCheck} */
    public LogoRulesCheck(LogoFinder finder) {
        this.finder = finder;
    }

    @Override
    public String name() {
        return "logo rules";
    }

    @Override
    public boolean appliesTo(CreativeUnderCheck creative) {
        return creative.layout() != null && creative.layout().logo() != null && creative.kit() != null
                && creative.kit().logoRules() != null;
    }

    @Override
    public List<Finding> check(CreativeUnderCheck creative) {
        Layout layout = creative.layout();
        LogoRules rules = creative.kit().logoRules();
        Box logo = logoBox(creative);
        List<Finding> findings = new ArrayList<>();

        double minWidth = layout.width() * rules.minWidthPercent() / 100.0;
        if (logo.width() < Math.floor(minWidth)) {
            findings.add(Finding.of(CheckId.LOGO_SIZE, Severity.ERROR,
                    "the logo is smaller than the kit allows", logo,
                    String.format(Locale.ROOT, "logo %.1f%% of width (%d px)", 100.0 * logo.width() / layout.width(),
                            logo.width()),
                    String.format(Locale.ROOT, ">= %s%% (%d px)", percent(rules.minWidthPercent()),
                            (int) Math.floor(minWidth))));
        }

        int clear = (int) Math.round(logo.width() * rules.clearSpacePercent() / 100.0);
        Box zone = logo.inflate(clear);
        String expectedClear = String.format(Locale.ROOT, "%d px (%s%% of the logo's width) around the logo free of text",
                clear, percent(rules.clearSpacePercent()));
        for (LayoutText.Named area : LayoutText.areas(layout)) {
            if (zone.intersects(area.box())) {
                int depth = overlapDepth(zone, area.box());
                findings.add(Finding.of(CheckId.LOGO_CLEAR_SPACE, Severity.ERROR,
                        "the " + area.name() + " intrudes into the logo's clear space", intersection(zone, area.box()),
                        area.name() + " " + depth + " px inside the clear space", expectedClear));
            }
        }
        int outside = outside(zone, layout.width(), layout.height());
        if (outside > 0) {
            findings.add(Finding.of(CheckId.LOGO_CLEAR_SPACE, Severity.ERROR,
                    "the logo's clear space runs off the canvas", zone,
                    "clear space " + outside + " px off the canvas", clear + " px of clear space inside the canvas"));
        }

        Corner corner = cornerOf(logo, layout.width(), layout.height());
        // Right-to-left creatives are mirrored, the kit's corners with them.
        List<Corner> corners = layout.direction().corners(rules.corners());
        String allowed = corners.stream().map(Corner::label).collect(Collectors.joining(", "));
        if (corner == null) {
            findings.add(Finding.of(CheckId.LOGO_PLACEMENT, Severity.ERROR, "the logo is not in a corner", logo,
                    "logo away from every corner", "one of " + allowed));
        } else if (!corners.contains(corner)) {
            findings.add(Finding.of(CheckId.LOGO_PLACEMENT, Severity.ERROR,
                    "the logo is in a corner the kit does not allow", logo, "logo " + corner.label(),
                    "one of " + allowed));
        }
        return findings;
    }

    /** The layout's box, unless the logo shows clearly somewhere else in the pixels. */
    private Box logoBox(CreativeUnderCheck creative) {
        Box planned = creative.layout().logo().box();
        if (creative.pixels() == null || creative.logos() == null) {
            return planned;
        }
        LogoSearch search = finder.find(creative);
        if (!search.found() || overlap(search.best().box(), planned) >= SAME_LOGO_OVERLAP) {
            return planned;
        }
        return search.best().box();
    }

    /** Which corner the logo sits in, or null when it is far from every corner. */
    static Corner cornerOf(Box logo, int width, int height) {
        boolean left = logo.x() + logo.width() / 2.0 < width / 2.0;
        boolean top = logo.y() + logo.height() / 2.0 < height / 2.0;
        int gapX = left ? logo.x() : width - logo.right();
        int gapY = top ? logo.y() : height - logo.bottom();
        if (gapX > width * CORNER_REACH || gapY > height * CORNER_REACH) {
            return null;
        }
        return top ? (left ? Corner.TOP_LEFT : Corner.TOP_RIGHT) : (left ? Corner.BOTTOM_LEFT : Corner.BOTTOM_RIGHT);
    }

    /** Intersection over union. */
    private static double overlap(Box a, Box b) {
        Box i = intersection(a, b);
        if (i == null) {
            return 0;
        }
        double inter = (double) i.width() * i.height();
        return inter / ((double) a.width() * a.height() + (double) b.width() * b.height() - inter);
    }

    private static Box intersection(Box a, Box b) {
        int x0 = Math.max(a.x(), b.x());
        int y0 = Math.max(a.y(), b.y());
        int x1 = Math.min(a.right(), b.right());
        int y1 = Math.min(a.bottom(), b.bottom());
        return x1 > x0 && y1 > y0 ? new Box(x0, y0, x1 - x0, y1 - y0) : null;
    }

    /** How far {@code intruder} reaches into {@code zone}: the thinner side of their overlap. */
    private static int overlapDepth(Box zone, Box intruder) {
        Box i = intersection(zone, intruder);
        return i == null ? 0 : Math.min(i.width(), i.height());
    }

    /** How far the box reaches past the canvas edges, the most on any side. */
    private static int outside(Box box, int width, int height) {
        return Math.max(Math.max(-box.x(), -box.y()), Math.max(box.right() - width, box.bottom() - height));
    }

    private static String percent(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.format(Locale.ROOT, "%.1f", value);
    }
}
