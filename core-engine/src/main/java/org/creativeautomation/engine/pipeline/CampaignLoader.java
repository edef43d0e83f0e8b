package org.creativeautomation.engine.pipeline;

import org.creativeautomation.engine.asset.AssetDecoder;
import org.creativeautomation.engine.asset.AssetException;
import org.creativeautomation.engine.asset.DecodedImageCache;
import org.creativeautomation.engine.asset.ImageFormat;
import org.creativeautomation.engine.asset.IngestLimits;
import org.creativeautomation.engine.brand.BrandKit;
import org.creativeautomation.engine.brand.BrandKitLocator;
import org.creativeautomation.engine.brief.Brief;
import org.creativeautomation.engine.brief.BriefException;
import org.creativeautomation.engine.brief.BriefParser;
import org.creativeautomation.engine.document.DocNode;
import org.creativeautomation.engine.document.DocumentReader;
import org.creativeautomation.engine.document.IdSyntax;
import org.creativeautomation.engine.document.InvalidDocumentException;
import org.creativeautomation.engine.document.NearestName;
import org.creativeautomation.engine.document.Problem;
import org.creativeautomation.engine.document.Problems;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Loads a brief and the brand kit it names, and checks that every input asset decodes. All problems
 * of the brief (its fields, an unknown kit, unreadable or oversized images) are reported together,
 * each at its place in the brief, so one fix-and-retry round is enough.
 */
public final class CampaignLoader {
    private final BriefParser parser;
    private final BrandKitLocator kits;
    private final AssetDecoder decoder = new AssetDecoder();
    private final IngestLimits limits;
    private final DecodedImageCache decoded;

    public CampaignLoader(BriefParser parser, BrandKitLocator kits, IngestLimits limits) {
        this(parser, kits, limits, DecodedImageCache.none());
    }

    /** @param decoded keeps the validated assets' pixels for the run that follows, so they are decoded once */
    public CampaignLoader(BriefParser parser, BrandKitLocator kits, IngestLimits limits, DecodedImageCache decoded) {
        this.parser = parser;
        this.kits = kits;
        this.limits = limits;
        this.decoded = decoded;
    }

    public Campaign load(Path briefFile) {
        return load(briefFile, () -> parser.parse(briefFile), rootOf(briefFile));
    }

    /**
     * Loads a brief's text as it would load if saved as {@code briefFile}: what an editor checks as
     * a person types, with the same problems a run would report.
     */
    public Campaign load(Path briefFile, String text) {
        return load(briefFile, () -> parser.parse(briefFile, text), rootOf(briefFile, text));
    }

    private Campaign load(Path briefFile, Supplier<Brief> parse, DocNode.MapNode root) {
        List<Problem> problems = new ArrayList<>();
        Brief brief = null;
        try {
            brief = parse.get();
        } catch (BriefException e) {
            problems.addAll(e.problems());
        }
        if (root != null) {
            unknownKit(root).ifPresent(problems::add);
        }
        if (root != null) {
            problems.addAll(unreadableAssets(briefFile, root));
        }
        if (!problems.isEmpty()) {
            problems.sort(Comparator.comparing((Problem p) -> p.location() == null ? 0 : p.location().line())
                    .thenComparing(p -> p.location() == null ? 0 : p.location().column()));
            throw new BriefException(problems);
        }
        BrandKit kit = kits.find(brief.brand());
        return new Campaign(brief, KitResources.load(kit));
    }

    /** The brief as a document, or null when it cannot be parsed at all (the parser has said why). */
    private static DocNode.MapNode rootOf(Path briefFile) {
        try {
            return new DocumentReader().read(briefFile, new Problems()) instanceof DocNode.MapNode map ? map : null;
        } catch (InvalidDocumentException e) {
            return null;
        }
    }

    private static DocNode.MapNode rootOf(Path briefFile, String text) {
        DocumentReader.Format format = DocumentReader.formatOf(briefFile);
        if (format == null) {
            return null;
        }
        try {
            return new DocumentReader().parse(briefFile, text.startsWith("\uFEFF") ? text.substring(1) : text, format,
                    new Problems()) instanceof DocNode.MapNode map ? map : null;
        } catch (InvalidDocumentException e) {
            return null;
        }
    }

    private Optional<Problem> unknownKit(DocNode.MapNode root) {
        if (!(root.get("brand") instanceof DocNode.ScalarNode brand) || brand.text() == null
                || !IdSyntax.isValid(brand.text())) {
            return Optional.empty();
        }
        List<String> available = kits.availableIds();
        if (available.contains(brand.text())) {
            return Optional.empty();
        }
        String hint = NearestName.among(brand.text(), available).map(n -> "did you mean \"" + n + "\"? ").orElse("");
        String known = available.isEmpty() ? "no kits are installed" : "available: " + String.join(", ", available);
        return Optional.of(new Problem(brand.location(), "brand",
                "no brand kit \"" + brand.text() + "\" (" + hint + known + ")"));
    }

    /**
     * Decodes every input asset with the ingestion guards, reporting each failure at its brief entry.
     * Works from the document so these problems come with the brief's others; entries the parser
     * already rejects (missing, outside the folder, not an image) are left to it.
     */
    private List<Problem> unreadableAssets(Path briefFile, DocNode.MapNode root) {
        Path folder = briefFile.toAbsolutePath().normalize().getParent();
        if (!(root.get("products") instanceof DocNode.ListNode products)) {
            return List.of();
        }
        List<AssetEntry> entries = new ArrayList<>();
        for (int i = 0; i < products.items().size(); i++) {
            if (!(products.items().get(i) instanceof DocNode.MapNode product)
                    || !(product.get("assets") instanceof DocNode.ListNode assets)) {
                continue;
            }
            for (int j = 0; j < assets.items().size(); j++) {
                if (!(assets.items().get(j) instanceof DocNode.ScalarNode entry) || entry.text() == null) {
                    continue;
                }
                Path file = folder.resolve(entry.text()).normalize();
                if (file.startsWith(folder) && Files.isRegularFile(file) && isImage(file)) {
                    entries.add(new AssetEntry(entry, "products[" + i + "].assets[" + j + "]", file));
                }
            }
        }
        // Decoding is most of a brief's loading time; heroes decode side by side on every core.
        return entries.parallelStream().map(this::decodeProblem).flatMap(Optional::stream).toList();
    }

    private record AssetEntry(DocNode.ScalarNode node, String field, Path file) {
    }

    private Optional<Problem> decodeProblem(AssetEntry entry) {
        try {
            decoded.get(DecodedImageCache.fileKey(entry.file()), () -> decoder.decode(entry.file(), limits));
            return Optional.empty();
        } catch (IOException e) {
            return Optional.of(new Problem(entry.node().location(), entry.field(),
                    entry.node().text() + ": cannot be read (" + e.getMessage() + ")"));
        } catch (AssetException e) {
            return Optional.of(new Problem(entry.node().location(), entry.field(), entry.node().text() + ": " + e.problem()));
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
