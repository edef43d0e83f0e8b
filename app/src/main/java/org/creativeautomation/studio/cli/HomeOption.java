package org.creativeautomation.studio.cli;

import org.creativeautomation.engine.store.StudioHome;
import picocli.CommandLine.Option;

import java.util.Map;

/** The {@code --home} option of every command that touches the studio home. */
public final class HomeOption {
    @Option(names = "--home", paramLabel = "DIR",
            description = "Studio home: database, blob store, installed brand kits, settings. "
                    + "Default: $STUDIO_HOME, else $XDG_DATA_HOME/creative-automation-studio, "
                    + "else ~/.local/share/creative-automation-studio.")
    String home;

    StudioHome resolve(Map<String, String> env) {
        return StudioHome.resolve(home, env);
    }
}
