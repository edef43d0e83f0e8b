package org.creativeautomation.engine.comply.brand;

import org.creativeautomation.engine.brand.BrandKit;
import org.creativeautomation.engine.comply.Check;
import org.creativeautomation.engine.comply.CheckId;
import org.creativeautomation.engine.comply.CreativeUnderCheck;
import org.creativeautomation.engine.comply.Finding;
import org.creativeautomation.engine.comply.Severity;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The kit's logo must be visible in the final pixels: it is looked for in the image itself (the
 * layout only says where to look first), so a logo lost in rendering, painted over, or drawn too
 * faint to see fails even when the layout has it. Also fails when a logo file of the kit is itself
 * blank, since then nothing could ever show.
 */
public final class LogoPresenceCheck implements Check {
    private final LogoFinder finder;

    public LogoPresenceCheck() {
        this(new LogoFinder());
    }

    /** @param finder shared with {@link LogoRulesCheck} so both read one search */
    public LogoPresenceCheck(LogoFinder finder) {
        this.finder = finder;
    }

    @Override
    public String name() {
        return "logo presence";
    }

    @Override
    public boolean appliesTo(CreativeUnderCheck creative) {
        return creative.pixels() != null && creative.logos() != null;
    }

    @Override
    public List<Finding> check(CreativeUnderCheck creative) {
        List<Finding> findings = new ArrayList<>();
        for (String variant : List.of("light", "dark")) {
            Optional<String> problem = finder.blankProblem(creative.logos(), variant);
            problem.ifPresent(p -> findings.add(Finding.of(CheckId.LOGO_MISSING, Severity.ERROR,
                    "the kit's " + variant + " logo" + file(creative.kit(), variant) + " " + p, null,
                    "blank " + variant + " logo", "a logo with a visible shape")));
        }
        LogoSearch search = finder.find(creative);
        if (search.found()) {
            return findings;
        }
        LogoMatch best = search.best();
        String expected = String.format(Locale.ROOT, "match >= %.2f, logo contrast >= %.2f, opacity >= %.0f%%",
                LogoFinder.MIN_SCORE, LogoFinder.MIN_CONTRAST, LogoFinder.MIN_OPACITY * 100);
        if (best == null) {
            findings.add(Finding.of(CheckId.LOGO_MISSING, Severity.ERROR, "no usable logo to look for in the creative",
                    null, "no match", expected));
        } else if (best.score() >= LogoFinder.MIN_SCORE) {
            findings.add(Finding.of(CheckId.LOGO_MISSING, Severity.ERROR,
                    "the logo is there but too faint to see against what is behind it", best.box(),
                    measured(best), expected));
        } else {
            findings.add(Finding.of(CheckId.LOGO_MISSING, Severity.ERROR, "the logo is not visible in the creative",
                    best.box(), measured(best), expected));
        }
        return findings;
    }

    private static String measured(LogoMatch m) {
        String opacity = Double.isNaN(m.opacity()) ? ""
                : String.format(Locale.ROOT, ", opacity %.0f%%", Math.max(0, m.opacity()) * 100);
        return String.format(Locale.ROOT, "best match %.2f (%s logo at %d px wide), logo contrast %.2f%s",
                m.score(), m.variant(), m.box().width(), m.contrast(), opacity);
    }

    private static String file(BrandKit kit, String variant) {
        if (kit == null || kit.logo() == null) {
            return "";
        }
        Path path = "light".equals(variant) ? kit.logo().light() : kit.logo().dark();
        if (path == null) {
            return "";
        }
        Path shown = kit.folder() != null && path.startsWith(kit.folder()) ? kit.folder().relativize(path) : path;
        return " (" + shown.toString().replace('\\', '/') + ")";
    }
}
