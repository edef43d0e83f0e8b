package org.creativeautomation.engine.brief;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** A campaign folder for tests: a brief file beside the small real images it names. */
final class BriefFolder {

    /*
     * A valid brief. Tests change one line of it and expect problems at these lines:
     *  1 campaign          5 market.region       11 cta             15 products[0].id
     *  3 brand             6 market.locales      12 disclaimer      18 products[0].assets
     *  4 market            7 audience            13 ratios          19 products[1].id
     *                      8 message (9, 10)     14 products        21 products[1].assets
     */
    static final String VALID_YAML = """
            campaign: summer-splash-2026
            name: Summer Splash 2026
            brand: acme
            market:
              region: US
              locales: [en-US, es-US]
            audience: Active adults 25-40 who love the outdoors
            message:
              en-US: Stay fresh all summer
              es-US: Frescura todo el verano
            cta: { en-US: Shop now, es-US: Compra ya }
            disclaimer: Contains natural flavours.
            ratios: ["1:1", "9:16", "16:9"]
            products:
              - id: sparkling-water
                name: Acme Sparkling Water
                description: Crisp lime-flavoured sparkling water
                assets: [assets/sparkling-water.jpg]
              - id: energy-bar
                name: Acme Energy Bar
                assets: [assets/energy-bar.png]
            """;

    /** The same brief as {@link #VALID_YAML}, written as JSON. */
    static final String VALID_JSON = """
            {
              "campaign": "summer-splash-2026",
              "name": "Summer Splash 2026",
              "brand": "acme",
              "market": { "region": "US", "locales": ["en-US", "es-US"] },
              "audience": "Active adults 25-40 who love the outdoors",
              "message": { "en-US": "Stay fresh all summer", "es-US": "Frescura todo el verano" },
              "cta": { "en-US": "Shop now", "es-US": "Compra ya" },
              "disclaimer": "Contains natural flavours.",
              "ratios": ["1:1", "9:16", "16:9"],
              "products": [
                {
                  "id": "sparkling-water",
                  "name": "Acme Sparkling Water",
                  "description": "Crisp lime-flavoured sparkling water",
                  "assets": ["assets/sparkling-water.jpg"]
                },
                { "id": "energy-bar", "name": "Acme Energy Bar", "assets": ["assets/energy-bar.png"] }
              ]
            }
            """;

    private final Path dir;

    /** Creates the folder's images: assets/sparkling-water.jpg (JPEG) and assets/energy-bar.png (PNG). */
    BriefFolder(Path dir) {
        this.dir = dir;
        jpeg("assets/sparkling-water.jpg");
        png("assets/energy-bar.png");
    }

    Path dir() {
        return dir;
    }

    Path write(String name, String content) {
        Path file = dir.resolve(name);
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /** Writes brief.yaml: the valid brief with one exact line replaced (the line must be there). */
    Path briefWith(String line, String replacement) {
        String withNewline = line + "\n";
        if (!VALID_YAML.contains(withNewline)) {
            throw new IllegalArgumentException("the valid brief has no line \"" + line + "\"");
        }
        return write("brief.yaml", VALID_YAML.replace(withNewline, replacement + "\n"));
    }

    /** Writes brief.yaml: the valid brief without one exact line, so the lines below it move up. */
    Path briefWithout(String line) {
        String withNewline = line + "\n";
        if (!VALID_YAML.contains(withNewline)) {
            throw new IllegalArgumentException("the valid brief has no line \"" + line + "\"");
        }
        return write("brief.yaml", VALID_YAML.replace(withNewline, ""));
    }

    Path png(String name) {
        return image(name, "png");
    }

    Path jpeg(String name) {
        return image(name, "jpg");
    }

    private Path image(String name, String format) {
        Path file = dir.resolve(name);
        try {
            Files.createDirectories(file.getParent());
            BufferedImage image = new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB);
            image.setRGB(1, 1, 0x3399ff);
            if (!ImageIO.write(image, format, file.toFile())) {
                throw new IllegalStateException("no ImageIO writer for " + format);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /**
     * The problems parsing the brief reports, with this folder left out so that they read as for a
     * brief given as "brief.yaml"; fails when parsing throws no {@link BriefException}.
     */
    List<String> problemsParsing(Path briefFile) {
        BriefException e = catchThrowableOfType(BriefException.class, () -> new BriefParser().parse(briefFile));
        assertThat(e).as("parsing %s throws a BriefException", briefFile).isNotNull();
        return linesOf(e);
    }

    /** The exception's lines with this folder left out. */
    List<String> linesOf(BriefException e) {
        String prefix = dir + File.separator;
        return e.lines().stream().map(line -> line.startsWith(prefix) ? line.substring(prefix.length()) : line).toList();
    }
}
