package org.creativeautomation.engine.brief;

import org.creativeautomation.engine.asset.ImageFormat;
import org.creativeautomation.engine.document.DocNode;
import org.creativeautomation.engine.document.FieldPath;
import org.creativeautomation.engine.document.FieldReader;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Turns the asset paths a brief lists into absolute paths of images the studio can read. A brief
 * may only reach files inside its own folder, so that a shared brief cannot pull in files from
 * elsewhere on the machine that runs it, not even through a symbolic link.
 */
final class AssetResolver {
    private static final String EXPECTED = "a PNG or JPEG file inside the brief's folder, relative to it";

    private final Path folder;
    private final FieldReader reader;

    AssetResolver(Path briefFile, FieldReader reader) {
        Path absolute = briefFile.toAbsolutePath().normalize();
        this.folder = absolute.getParent();
        this.reader = reader;
    }

    Optional<Path> resolve(DocNode node, FieldPath path) {
        return reader.text(node, path, EXPECTED).flatMap(written -> resolve(written, node, path));
    }

    private Optional<Path> resolve(String written, DocNode node, FieldPath path) {
        Path resolved;
        try {
            resolved = folder.resolve(written).normalize();
        } catch (InvalidPathException e) {
            reader.report(node, path, written + " is not a valid path (" + EXPECTED + ")");
            return Optional.empty();
        }
        if (!resolved.startsWith(folder)) {
            reader.report(node, path, written + " is outside the brief's folder (" + EXPECTED + ")");
            return Optional.empty();
        }
        if (!Files.exists(resolved)) {
            reader.report(node, path, written + " does not exist (" + EXPECTED + ")");
            return Optional.empty();
        }
        try {
            if (!resolved.toRealPath().startsWith(folder.toRealPath())) {
                reader.report(node, path, written
                        + " is a link that leads outside the brief's folder (" + EXPECTED + ")");
                return Optional.empty();
            }
            if (!Files.isRegularFile(resolved)) {
                reader.report(node, path, written + " is not a file (" + EXPECTED + ")");
                return Optional.empty();
            }
            if (ImageFormat.sniff(resolved).isEmpty()) {
                reader.report(node, path, written + describeUnreadable(resolved));
                return Optional.empty();
            }
        } catch (IOException e) {
            reader.report(node, path, "cannot read " + written + " (" + e.getMessage() + ")");
            return Optional.empty();
        }
        return Optional.of(resolved);
    }

    private static String describeUnreadable(Path file) throws IOException {
        byte[] header;
        try (InputStream in = Files.newInputStream(file)) {
            header = in.readNBytes(16);
        }
        String kind = ImageFormat.describeUnknown(header);
        if (kind.equals("not an image")) {
            return " is not an image (PNG or JPEG)";
        }
        return " is " + kind + ", not an image the studio reads (PNG or JPEG)";
    }
}
