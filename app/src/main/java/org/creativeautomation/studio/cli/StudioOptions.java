package org.creativeautomation.studio.cli;

import org.creativeautomation.engine.document.InvalidInputException;
import org.creativeautomation.engine.pipeline.StudioEngine;
import org.creativeautomation.engine.store.StudioHome;
import org.creativeautomation.studio.StudioInstall;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** Options every command that touches the studio home takes. */
public final class StudioOptions {
    @Mixin
    HomeOption home;

    @Option(names = "--brand-kits", paramLabel = "DIR",
            description = "A folder of brand kits searched before the installed and shipped ones.")
    Path brandKits;

    StudioEngine openEngine(Map<String, String> env) {
        if (brandKits != null && !Files.isDirectory(brandKits)) {
            throw new InvalidInputException("--brand-kits " + brandKits + ": no such folder");
        }
        StudioHome studioHome = home.resolve(env);
        return StudioEngine.open(studioHome, brandKits, StudioInstall.shippedBrandKits(), env);
    }
}
