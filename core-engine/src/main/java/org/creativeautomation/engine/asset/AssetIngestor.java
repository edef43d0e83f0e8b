package org.creativeautomation.engine.asset;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Optional;
import org.creativeautomation.engine.store.BlobStore;
import org.creativeautomation.engine.store.Sha256;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes images into the studio: checks and decodes them, keeps the original bytes once in the blob
 * store (the same bytes under two names are one asset with two sources), and catalogs them with
 * their upright size, colour profile and perceptual hash.
 */
public final class AssetIngestor {
    private static final Logger LOG = LoggerFactory.getLogger(AssetIngestor.class);

    private final BlobStore blobs;
    private final AssetCatalog catalog;
    private final IngestLimits limits;
    private final AssetDecoder decoder = new AssetDecoder();
    private final DecodedImageCache decoded;

    public AssetIngestor(BlobStore blobs, AssetCatalog catalog, IngestLimits limits) {
        this(blobs, catalog, limits, DecodedImageCache.none());
    }

    /** @param decoded shared with whoever else decodes the same assets in a run (the brief's validation) */
    public AssetIngestor(BlobStore blobs, AssetCatalog catalog, IngestLimits limits, DecodedImageCache decoded) {
        this.blobs = blobs;
        this.catalog = catalog;
        this.limits = limits;
        this.decoded = decoded;
    }

    /**
     * Ingests one image file.
     *
     * @throws AssetException when the file is no image the studio takes (wrong format, too large, damaged)
     * @throws IOException when the blob store cannot be written
     */
    public IngestedAsset ingest(Path file) throws IOException {
        byte[] bytes = AssetDecoder.readGuarded(file, limits);
        String sha = Sha256.hex(bytes);
        Optional<IngestedAsset> known = catalog.find(sha);
        if (known.isPresent()) {
            // Same bytes as before: no need to decode again, only note where they were seen this time.
            if (!blobs.contains(sha)) {
                blobs.put(bytes, sha);
            }
            catalog.record(known.get(), file);
            // Validating the brief may have decoded this file already: let loading find it by hash.
            decoded.find(DecodedImageCache.fileKey(file)).ifPresent(image -> decoded.put(sha, image));
            LOG.debug("{} is already in the catalog as {}", file, sha);
            return known.get();
        }
        DecodedImage decoded = this.decoded.get(DecodedImageCache.fileKey(file),
                () -> decoder.decode(bytes, file.toString(), limits));
        this.decoded.put(sha, decoded);
        blobs.put(bytes, sha);
        IngestedAsset asset = new IngestedAsset(sha, decoded.format(), decoded.width(), decoded.height(),
                decoded.orientation(), decoded.colorProfile(), PerceptualHash.of(decoded.image()), bytes.length);
        catalog.record(asset, file);
        return asset;
    }

    /** The asset's image, decoded from the blob store the same way ingestion decoded it (upright, sRGB). */
    public BufferedImage loadNormalized(IngestedAsset asset) throws IOException {
        try {
            return decoded.get(asset.sha256(), () -> {
                try {
                    return decoder.decode(blobs.read(asset.sha256()), "blob " + asset.sha256(), limits);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).image();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
