package org.creativeautomation.engine.pipeline;

import org.creativeautomation.engine.asset.AssetDecoder;
import org.creativeautomation.engine.asset.ImageFormat;
import org.creativeautomation.engine.asset.IngestLimits;
import org.creativeautomation.engine.brand.BrandKit;
import org.creativeautomation.engine.brand.BrandKitLocator;
import org.creativeautomation.engine.comply.ComplianceChecker;
import org.creativeautomation.engine.comply.CreativeCompliance;
import org.creativeautomation.engine.comply.CreativeUnderCheck;
import org.creativeautomation.engine.document.InvalidInputException;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Runs the pixel checks on images the studio may not have made ({@code studio check}): no layout or
 * copy is known, so only checks that read pixels, the kit and its logos judge them.
 */
public final class CreativeInspector {
    private final BrandKitLocator kits;
    private final ComplianceChecker checker;
    private final AssetDecoder decoder = new AssetDecoder();
    private final IngestLimits limits;

    public CreativeInspector(BrandKitLocator kits, ComplianceChecker checker, IngestLimits limits) {
        this.kits = kits;
        this.checker = checker;
        this.limits = limits;
    }

    /** One checked image. */
    public record Inspected(Path image, CreativeCompliance compliance) {
    }

    /**
     * @param imageOrDir an image, or a folder whose PNG and JPEG files (at any depth) are checked
     * @param region     the market whose rules apply, or null
     */
    public List<Inspected> inspect(Path imageOrDir, String kitId, String region) {
        BrandKit kit = kits.find(kitId);
        KitResources resources = KitResources.load(kit);
        List<Inspected> results = new ArrayList<>();
        for (Path image : imagesIn(imageOrDir)) {
            BufferedImage pixels = decoder.decode(image, limits).image();
            CreativeUnderCheck creative = new CreativeUnderCheck(pixels, null, null, kit, resources.logos(),
                    region == null ? null : region.toUpperCase(Locale.ROOT), null);
            results.add(new Inspected(image, checker.check(creative)));
        }
        return results;
    }

    private static List<Path> imagesIn(Path imageOrDir) {
        if (Files.isRegularFile(imageOrDir)) {
            return List.of(imageOrDir);
        }
        if (!Files.isDirectory(imageOrDir)) {
            throw new InvalidInputException(imageOrDir + ": no such file or folder (expected an image or a folder of images)");
        }
        try (Stream<Path> files = Files.walk(imageOrDir)) {
            List<Path> images = files.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .filter(CreativeInspector::isImage)
                    .sorted()
                    .toList();
            if (images.isEmpty()) {
                throw new InvalidInputException(imageOrDir + ": holds no PNG or JPEG images");
            }
            return images;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isImage(Path file) {
        try {
            return ImageFormat.sniff(file).isPresent();
        } catch (IOException e) {
            return false;
        }
    }
}
