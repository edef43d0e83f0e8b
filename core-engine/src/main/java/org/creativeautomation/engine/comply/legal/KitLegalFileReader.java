package org.creativeautomation.engine.comply.legal;

import org.creativeautomation.engine.brand.BrandKitException;
import org.creativeautomation.engine.document.DocNode;
import org.creativeautomation.engine.document.DocumentReader;
import org.creativeautomation.engine.document.FieldPath;
import org.creativeautomation.engine.document.FieldReader;
import org.creativeautomation.engine.document.InvalidDocumentException;
import org.creativeautomation.engine.document.MapFields;
import org.creativeautomation.engine.document.Problems;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Reads a kit's optional {@code legal.yaml}:
 * <pre>
 * categories: [beverage]            # what the brand sells (see ProductCategory)
 * trademarks:
 *   - term: Acme                    # the mark as registered
 *     symbol: "®"                   # ® or ™
 *     required: first-use           # first-use (default) or every-use
 * </pre>
 * Problems are reported like those of {@code brand.yaml}, as a {@link BrandKitException}.
 */
public final class KitLegalFileReader {
    private static final List<String> FIELDS = List.of("categories", "trademarks");
    private static final List<String> TRADEMARK_FIELDS = List.of("term", "symbol", "required");
    private static final List<String> SYMBOLS = List.of("®", "™");

    private final DocumentReader documents = new DocumentReader();

    /** The kit's legal file, or {@link KitLegalFile#NONE} when the kit has none. */
    public KitLegalFile read(Path kitFolder) {
        Path file = kitFolder.resolve(KitLegalFile.FILE_NAME);
        if (!Files.isRegularFile(file)) {
            return KitLegalFile.NONE;
        }
        Problems problems = new Problems();
        DocNode root;
        try {
            root = documents.read(file, problems);
        } catch (InvalidDocumentException e) {
            throw new BrandKitException(e.problems());
        }
        RuleFields fields = new RuleFields(new FieldReader(problems, FieldReader.TextScalars.STRINGS_ONLY));
        List<ProductCategory> categories = new ArrayList<>();
        List<TrademarkRule> trademarks = new ArrayList<>();
        fields.reader().fields(root, FieldPath.ROOT, FIELDS).ifPresent(top -> {
            if (top.optional("categories").isPresent()) {
                categories.addAll(fields.categories(top, "categories"));
            }
            top.optional("trademarks").flatMap(node -> fields.reader().list(node, top.path("trademarks")))
                    .ifPresent(items -> {
                        for (int i = 0; i < items.size(); i++) {
                            trademark(items.get(i), top.path("trademarks").index(i), fields.reader())
                                    .ifPresent(trademarks::add);
                        }
                    });
        });
        problems.throwIfAny(BrandKitException::new);
        return new KitLegalFile(categories, trademarks);
    }

    private static Optional<TrademarkRule> trademark(DocNode node, FieldPath path, FieldReader reader) {
        return reader.fields(node, path, TRADEMARK_FIELDS).flatMap(fields -> {
            Optional<String> term = fields.required("term", "the mark as registered")
                    .flatMap(n -> reader.text(n, fields.path("term"), "the mark as registered"))
                    .filter(t -> {
                        if (Phrase.of(t).isEmpty()) {
                            reader.report(fields.location(), fields.path("term"), "\"" + t + "\" has no letters to match");
                            return false;
                        }
                        return true;
                    });
            Optional<String> symbol = fields.required("symbol", "\"®\" or \"™\"")
                    .flatMap(n -> reader.text(n, fields.path("symbol"), "\"®\" or \"™\"").filter(s -> {
                        if (!SYMBOLS.contains(s)) {
                            reader.report(n, fields.path("symbol"), "\"" + s + "\" is not a trademark symbol (\"®\" or \"™\")");
                            return false;
                        }
                        return true;
                    }));
            Optional<TrademarkRule.Use> use = use(fields, reader);
            return term.isPresent() && symbol.isPresent() && use.isPresent()
                    ? Optional.of(new TrademarkRule(term.get(), symbol.get(), use.get())) : Optional.empty();
        });
    }

    private static Optional<TrademarkRule.Use> use(MapFields fields, FieldReader reader) {
        Optional<DocNode> node = fields.optional("required");
        if (node.isEmpty()) {
            return Optional.of(TrademarkRule.Use.FIRST_USE);
        }
        String expected = "first-use or every-use";
        return reader.text(node.get(), fields.path("required"), expected).flatMap(id -> {
            Optional<TrademarkRule.Use> use = Arrays.stream(TrademarkRule.Use.values())
                    .filter(u -> u.id().equals(id)).findFirst();
            if (use.isEmpty()) {
                reader.report(node.get(), fields.path("required"), "\"" + id + "\" is not one of " + expected);
            }
            return use;
        });
    }
}
