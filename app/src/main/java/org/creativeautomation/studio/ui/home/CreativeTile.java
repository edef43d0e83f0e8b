package org.creativeautomation.studio.ui.home;

import java.nio.file.Path;

/** One produced creative as the gallery shows it. */
public record CreativeTile(String product, String ratio, String locale, Path file) {
    public String caption() {
        return product + "  " + ratio + "  " + locale;
    }
}
