package org.creativeautomation.engine.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * The folder that holds a studio's local truth: the database, the blobs, the installed brand kits,
 * the settings and, optionally, its own image prices.
 */
public record StudioHome(Path root) {
    public static final String FOLDER_NAME = "creative-automation-studio";

    public StudioHome {
        root = root.toAbsolutePath().normalize();
    }

    /**
     * The home a command line option names, else {@code STUDIO_HOME}, else
     * {@code $XDG_DATA_HOME/creative-automation-studio}, else {@code ~/.local/share/creative-automation-studio}.
     * Empty values count as unset, and a relative XDG_DATA_HOME is ignored, as the XDG spec asks.
     */
    public static StudioHome resolve(String homeOption, Map<String, String> env) {
        if (homeOption != null && !homeOption.isBlank()) {
            return new StudioHome(expandTilde(homeOption, env));
        }
        String studioHome = env.get("STUDIO_HOME");
        if (studioHome != null && !studioHome.isBlank()) {
            return new StudioHome(expandTilde(studioHome, env));
        }
        String xdgDataHome = env.get("XDG_DATA_HOME");
        if (xdgDataHome != null && !xdgDataHome.isBlank() && Path.of(xdgDataHome).isAbsolute()) {
            return new StudioHome(Path.of(xdgDataHome, FOLDER_NAME));
        }
        return new StudioHome(userHome(env).resolve(".local").resolve("share").resolve(FOLDER_NAME));
    }

    public Path database() {
        return root.resolve("studio.db");
    }

    public Path blobs() {
        return root.resolve("blobs");
    }

    public Path brandKits() {
        return root.resolve("brand-kits");
    }

    /** The studio's settings: provider settings and run defaults, secrets sealed. */
    public Path settingsFile() {
        return root.resolve("studio.yaml");
    }

    /** The key that seals the secrets in {@link #settingsFile()}, readable by its owner only. */
    public Path settingsKey() {
        return root.resolve("studio.key");
    }

    /** The campaign library's folders, one per campaign: its brief, input assets and outputs. */
    public Path campaigns() {
        return root.resolve("campaigns");
    }

    /** Image prices that replace the shipped ones, provider by provider; optional. */
    public Path prices() {
        return root.resolve("prices.yaml");
    }

    /** Creates the home and its folders when missing. */
    public StudioHome ensureCreated() throws IOException {
        Files.createDirectories(root);
        Files.createDirectories(blobs());
        Files.createDirectories(brandKits());
        return this;
    }

    private static Path expandTilde(String path, Map<String, String> env) {
        if (path.equals("~")) {
            return userHome(env);
        }
        if (path.startsWith("~/")) {
            return userHome(env).resolve(path.substring(2));
        }
        return Path.of(path);
    }

    private static Path userHome(Map<String, String> env) {
        String home = env.get("HOME");
        return Path.of(home != null && !home.isBlank() ? home : System.getProperty("user.home"));
    }
}
