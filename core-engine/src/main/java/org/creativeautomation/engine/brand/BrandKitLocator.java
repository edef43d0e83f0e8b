package org.creativeautomation.engine.brand;

import org.creativeautomation.engine.document.NearestName;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Finds brand kits by id in an ordered list of folders, such as the folder given with
 * {@code --brand-kits}, the kits installed in the studio home, then the kits shipped with the
 * studio. The first folder holding {@code <id>/brand.yaml} wins, so a kit pushed by IT or edited
 * locally overrides the shipped one of the same id.
 *
 * <p>Each kit is loaded and validated once per locator; a new locator sees edits made since.
 */
public final class BrandKitLocator {
    private final List<Path> searchFolders;
    private final BrandKitLoader loader;
    private final ConcurrentMap<String, BrandKit> loaded = new ConcurrentHashMap<>();

    public BrandKitLocator(List<Path> searchFolders) {
        this(searchFolders, new BrandKitLoader());
    }

    public BrandKitLocator(List<Path> searchFolders, BrandKitLoader loader) {
        this.searchFolders = List.copyOf(searchFolders);
        this.loader = loader;
    }

    /** The folders searched, first match wins. */
    public List<Path> searchFolders() {
        return searchFolders;
    }

    /**
     * The kit with this id, loaded from the first search folder that has it.
     *
     * @throws BrandKitException when no folder has the kit (listing the kits there are), or the kit is invalid
     */
    public BrandKit find(String id) {
        Objects.requireNonNull(id, "id");
        BrandKit cached = loaded.get(id);
        if (cached != null) {
            return cached;
        }
        Path folder = folderOf(id).orElseThrow(() -> notFound(id));
        // computeIfAbsent so that threads asking for the same kit at once load it only once.
        return loaded.computeIfAbsent(id, unused -> loader.load(folder));
    }

    /** The folder the kit with this id would be loaded from, if any search folder has it. */
    public Optional<Path> folderOf(String id) {
        if (!BrandKitLoader.isValidId(id)) {
            return Optional.empty();
        }
        return searchFolders.stream()
                .map(dir -> dir.resolve(id))
                .filter(kit -> Files.isRegularFile(kit.resolve(BrandKitLoader.KIT_FILE)))
                .findFirst();
    }

    /** The ids of all kits in all search folders, sorted, each once. Kits are listed, not validated. */
    public List<String> availableIds() {
        TreeSet<String> ids = new TreeSet<>();
        for (Path dir : searchFolders) {
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> children = Files.list(dir)) {
                children.filter(kit -> Files.isRegularFile(kit.resolve(BrandKitLoader.KIT_FILE)))
                        .map(kit -> kit.getFileName().toString())
                        .filter(BrandKitLoader::isValidId)
                        .forEach(ids::add);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list brand kits in " + dir, e);
            }
        }
        return List.copyOf(ids);
    }

    private BrandKitException notFound(String id) {
        List<String> available = availableIds();
        StringBuilder message = new StringBuilder();
        if (BrandKitLoader.isValidId(id)) {
            message.append("brand kit \"").append(id).append("\" not found");
        } else {
            message.append("\"").append(id)
                    .append("\" is not a brand kit id (lowercase letters, digits and '-', e.g. acme-beverages)");
        }
        suggestion(id, available).ifPresent(s -> message.append(" (did you mean \"").append(s).append("\"?)"));
        message.append(available.isEmpty()
                ? "; there are no brand kits"
                : "; available kits: " + String.join(", ", available));
        message.append("; searched: ").append(searchFolders.isEmpty()
                ? "no folders"
                : searchFolders.stream().map(Path::toString).collect(Collectors.joining(", ")));
        return new BrandKitException(message.toString());
    }

    /** The kit a person most likely meant: a near spelling, a display name turned id, or the one id it starts. */
    private static Optional<String> suggestion(String id, List<String> available) {
        if (available.isEmpty() || id == null || id.isBlank()) {
            return Optional.empty();
        }
        String asId = id.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        if (!asId.equals(id) && available.contains(asId)) {
            return Optional.of(asId);
        }
        Optional<String> near = NearestName.among(id, available);
        if (near.isPresent()) {
            return near;
        }
        List<String> extending = available.stream().filter(a -> a.startsWith(asId + "-")).toList();
        return extending.size() == 1 ? Optional.of(extending.get(0)) : Optional.empty();
    }
}
