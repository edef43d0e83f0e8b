package org.creativeautomation.engine.brand;

import org.creativeautomation.engine.document.DocNode;
import org.creativeautomation.engine.document.FieldPath;
import org.creativeautomation.engine.document.FieldReader;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Turns a file path written in {@code brand.yaml} into a file of the kit. Paths are relative to
 * the kit folder and must stay inside it, links included: a kit is copied, synced and hashed as
 * one folder, so a file outside it would silently go missing or change without the kit's hash
 * noticing.
 */
final class KitFileResolver {
    private final Path kitFolder;
    private final FieldReader reader;

    /** @param kitFolder the kit folder, absolute and normalised */
    KitFileResolver(Path kitFolder, FieldReader reader) {
        this.kitFolder = kitFolder;
        this.reader = reader;
    }

    /**
     * A file of the kit as {@code brand.yaml} wrote it and where it is.
     *
     * @param node  the value that names the file, where later problems with the file are reported
     * @param field the field that names it
     */
    record KitFile(String written, Path path, DocNode node, FieldPath field) {
    }

    /**
     * The existing regular file that {@code node} names, or empty after reporting why not.
     *
     * @param expected   what belongs in the field, for a value that is not text
     * @param extensions allowed file name endings, lowercase with the dot (".ttf"); empty allows any
     */
    Optional<KitFile> resolve(DocNode node, FieldPath field, String expected, List<String> extensions) {
        Optional<String> written = reader.text(node, field, expected);
        if (written.isEmpty()) {
            return Optional.empty();
        }
        String text = written.get();
        Optional<String> syntaxProblem = syntaxProblem(text, extensions);
        if (syntaxProblem.isPresent()) {
            reader.report(node, field, syntaxProblem.get());
            return Optional.empty();
        }
        Path file;
        try {
            file = kitFolder.resolve(text).normalize();
        } catch (InvalidPathException e) {
            reader.report(node, field, quoted(text) + " is not a valid path (" + e.getReason() + ")");
            return Optional.empty();
        }
        if (!Files.exists(file)) {
            reader.report(node, field, quoted(text) + " does not exist in the kit folder");
            return Optional.empty();
        }
        if (!Files.isRegularFile(file)) {
            reader.report(node, field, quoted(text) + " is not a file");
            return Optional.empty();
        }
        try {
            if (!file.toRealPath().startsWith(kitFolder.toRealPath())) {
                reader.report(node, field, quoted(text) + " links to a file outside the kit folder");
                return Optional.empty();
            }
        } catch (IOException e) {
            reader.report(node, field, quoted(text) + " cannot be read (" + e.getMessage() + ")");
            return Optional.empty();
        }
        return Optional.of(new KitFile(text, file, node, field));
    }

    private static Optional<String> syntaxProblem(String text, List<String> extensions) {
        if (text.startsWith("/") || text.contains(":")) {
            return Optional.of(quoted(text) + " must be a path relative to the kit folder");
        }
        if (text.contains("\\")) {
            return Optional.of(quoted(text) + " must separate folders with '/', not '\\'");
        }
        if (List.of(text.split("/")).contains("..")) {
            return Optional.of(quoted(text) + " must stay inside the kit folder (no '..' in kit paths)");
        }
        String lower = text.toLowerCase(Locale.ROOT);
        if (!extensions.isEmpty() && extensions.stream().noneMatch(lower::endsWith)) {
            return Optional.of(quoted(text) + " must be a " + String.join(" or ", extensions) + " file");
        }
        return Optional.empty();
    }

    static String quoted(String text) {
        return "\"" + text + "\"";
    }
}
