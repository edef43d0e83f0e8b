package org.creativeautomation.engine.brand;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * A copy of the shipped Acme Beverages kit whose brand.yaml is {@link #BRAND_YAML}, written here so
 * that tests know every line and column, and can break one thing at a time.
 */
final class EditableKit {
    /** A valid kit description; the line numbers in tests refer to it. */
    static final String BRAND_YAML = """
            name: Acme Beverages
            version: 1.0.0
            colors:
              primary: "#0A7E8C"
              secondary: "#35C4C9"
              accent: "#9ED62B"
              textOnDark: "#FFFFFF"
              textOnLight: "#0B2A33"
              background: "#F2FBFA"
            fonts:
              headline: fonts/Comfortaa-Bold.ttf
              body: fonts/Quicksand-Medium.ttf
              license: fonts/OFL.txt
            logo:
              light: logo/logo-light.png
              dark: logo/logo-dark.png
            logoRules:
              corners: [top-right, top-left]
              minWidthPercent: 14
              clearSpacePercent: 25
            textRules:
              minFontPx: 28
              maxLines: 3
            legal:
              prohibited: [guaranteed, cure]
              disclaimers:
                US: "Contains caffeine."
            """;

    private final Path folder;
    private String yaml = BRAND_YAML;

    private EditableKit(Path folder) {
        this.folder = folder;
        writeYaml();
    }

    static EditableKit copyOfAcme(Path tempDir) {
        return new EditableKit(ShippedKits.copy(ShippedKits.ACME, tempDir));
    }

    static EditableKit copyOfAcme(Path tempDir, String folderName) {
        return new EditableKit(ShippedKits.copy(ShippedKits.ACME, tempDir, folderName));
    }

    /** Replaces text of brand.yaml that must occur exactly once, so a stale edit cannot pass silently. */
    EditableKit replace(String old, String replacement) {
        assertThat(yaml.split(java.util.regex.Pattern.quote(old), -1)).as("occurrences of %s", old).hasSize(2);
        yaml = yaml.replace(old, replacement);
        writeYaml();
        return this;
    }

    EditableKit writeFile(String relativePath, byte[] bytes) {
        try {
            Files.write(folder.resolve(relativePath), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    EditableKit deleteFile(String relativePath) {
        try {
            Files.delete(folder.resolve(relativePath));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    Path folder() {
        return folder;
    }

    Path kitFile() {
        return folder.resolve("brand.yaml");
    }

    /** {@code file:line:column}, as problems start. */
    String at(int line, int column) {
        return kitFile() + ":" + line + ":" + column;
    }

    BrandKit load() {
        return new BrandKitLoader().load(folder);
    }

    /** The problem lines loading reports; fails the test when the kit loads. */
    List<String> problems() {
        BrandKitException e = catchThrowableOfType(BrandKitException.class, this::load);
        assertThat(e).as("loading the broken kit throws BrandKitException").isNotNull();
        return e.lines();
    }

    private void writeYaml() {
        try {
            Files.writeString(kitFile(), yaml, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
