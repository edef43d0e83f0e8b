package org.creativeautomation.studio;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the studio's shipped files (brand kits, examples) are: the folder named by the
 * {@code studio.install.dir} property (set by the launcher script), else the nearest parent of the
 * running jar that holds a {@code brand-kits} folder.
 */
public final class StudioInstall {
    private StudioInstall() {
    }

    public static Path shippedBrandKits() {
        String dir = System.getProperty("studio.install.dir");
        if (dir != null && Files.isDirectory(Path.of(dir, "brand-kits"))) {
            return Path.of(dir, "brand-kits").toAbsolutePath().normalize();
        }
        try {
            Path here = Path.of(StudioInstall.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            for (Path p = here; p != null; p = p.getParent()) {
                if (Files.isDirectory(p.resolve("brand-kits"))) {
                    return p.resolve("brand-kits");
                }
            }
        } catch (URISyntaxException | SecurityException e) {
            return null;
        }
        return null;
    }

    public static String version() {
        String v = StudioInstall.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }
}
