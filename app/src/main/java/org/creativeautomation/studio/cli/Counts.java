package org.creativeautomation.studio.cli;

import org.creativeautomation.engine.brief.Brief;

import java.util.Locale;

/** Counts as people write them: "1 product", "2 products". */
final class Counts {
    private Counts() {
    }

    static String of(int n, String noun) {
        return n + " " + (n == 1 ? noun : noun + "s");
    }

    /** "2 products x 5 ratios x 2 locales = 20 creatives" */
    static String matrix(int products, int ratios, int locales) {
        return String.format(Locale.ROOT, "%s x %s x %s = %s", of(products, "product"), of(ratios, "ratio"),
                of(locales, "locale"), of(products * ratios * locales, "creative"));
    }

    static String matrix(Brief brief) {
        return matrix(brief.products().size(), brief.ratios().size(), brief.locales().size());
    }
}
