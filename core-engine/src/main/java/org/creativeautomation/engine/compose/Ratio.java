package org.creativeautomation.engine.compose;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The aspect ratios the studio produces, with their canvas sizes in pixels. */
public enum Ratio {
    SQUARE("1:1", 1080, 1080),
    STORY("9:16", 1080, 1920),
    LANDSCAPE("16:9", 1920, 1080),
    PORTRAIT("4:5", 1080, 1350),
    BANNER("2:1", 1200, 600);

    private final String label;
    private final int width;
    private final int height;

    Ratio(String label, int width, int height) {
        this.label = label;
        this.width = width;
        this.height = height;
    }

    /** As written in briefs and manifests: {@code "9:16"}. */
    public String label() {
        return label;
    }

    /** As written in output paths: {@code "9x16"}. */
    public String pathName() {
        return label.replace(':', 'x');
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    public static Optional<Ratio> fromLabel(String label) {
        return Arrays.stream(values()).filter(r -> r.label.equals(label) || r.pathName().equals(label)).findFirst();
    }

    public static List<String> labels() {
        return Arrays.stream(values()).map(Ratio::label).toList();
    }
}
