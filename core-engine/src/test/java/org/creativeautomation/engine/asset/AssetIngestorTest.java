package org.creativeautomation.engine.asset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.creativeautomation.engine.store.BlobStore;
import org.creativeautomation.engine.store.Sha256;
import org.creativeautomation.engine.store.StudioDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AssetIngestorTest {
    @TempDir
    Path dir;

    private StudioDatabase database;
    private BlobStore blobs;
    private AssetCatalog catalog;
    private AssetIngestor ingestor;

    @BeforeEach
    void openStudio() {
        database = StudioDatabase.open(dir.resolve("home/studio.db"));
        blobs = new BlobStore(dir.resolve("home/blobs"));
        catalog = new AssetCatalog(database);
        ingestor = new AssetIngestor(blobs, catalog, IngestLimits.defaults());
    }

    @AfterEach
    void closeStudio() {
        database.close();
    }

    @Test
    void storesOriginalBytesByHashAndCatalogsTheImage() throws Exception {
        byte[] png = ImageBytes.png(ImageBytes.scene(1, 120, 80));
        Path file = write("assets/hero.png", png);

        IngestedAsset asset = ingestor.ingest(file);

        assertThat(asset.sha256()).isEqualTo(Sha256.hex(png));
        assertThat(asset.format()).isEqualTo(ImageFormat.PNG);
        assertThat(asset.width()).isEqualTo(120);
        assertThat(asset.height()).isEqualTo(80);
        assertThat(asset.byteSize()).isEqualTo(png.length);
        assertThat(asset.colorProfile()).isEqualTo("sRGB");
        assertThat(blobs.read(asset.sha256())).isEqualTo(png);
        assertThat(catalog.find(asset.sha256())).contains(asset);
        assertThat(catalog.sourcesOf(asset.sha256())).singleElement()
                .satisfies(source -> assertThat(source.name()).isEqualTo("hero.png"));
    }

    @Test
    void identicalBytesUnderTwoNamesAreOneBlobOneAssetAndTwoSources() throws Exception {
        byte[] jpeg = ImageBytes.jpeg(ImageBytes.scene(2, 100, 100), 0.9f);
        IngestedAsset first = ingestor.ingest(write("a/hero.jpg", jpeg));

        IngestedAsset second = ingestor.ingest(write("b/hero-copy.jpg", jpeg));

        assertThat(second).isEqualTo(first);
        assertThat(catalog.all()).containsExactly(first);
        assertThat(blobFiles()).hasSize(1);
        assertThat(catalog.sourcesOf(first.sha256())).extracting(AssetSource::name)
                .containsExactlyInAnyOrder("hero.jpg", "hero-copy.jpg");
    }

    @Test
    void catalogsTheUprightSizeOfARotatedPhoto() throws Exception {
        byte[] stored = ImageBytes.jpeg(ImageBytes.scene(3, 60, 40), 0.9f);
        Path file = write("portrait.jpg", ImageBytes.jpegWithOrientation(stored, 6));

        IngestedAsset asset = ingestor.ingest(file);

        assertThat(asset.orientation()).isEqualTo(6);
        assertThat(asset.width()).isEqualTo(40);
        assertThat(asset.height()).isEqualTo(60);
        assertThat(catalog.find(asset.sha256()).orElseThrow().width()).isEqualTo(40);
    }

    @Test
    void refusedFileLeavesNoBlobAndNoCatalogRow() throws Exception {
        Path gif = write("hero.gif", ImageBytes.gif(ImageBytes.scene(4, 30, 30)));

        assertThatThrownBy(() -> ingestor.ingest(gif))
                .isInstanceOf(AssetException.class)
                .hasMessageContaining("hero.gif: a GIF image");
        assertThat(catalog.all()).isEmpty();
        assertThat(blobFiles()).isEmpty();
    }

    @Test
    void loadsTheNormalisedImageFromTheBlobStoreAfterTheSourceIsGone() throws Exception {
        byte[] stored = ImageBytes.jpeg(ImageBytes.scene(5, 60, 40), 0.9f);
        Path file = write("portrait.jpg", ImageBytes.jpegWithOrientation(stored, 8));
        BufferedImage direct = new AssetDecoder().decode(file, IngestLimits.defaults()).image();
        IngestedAsset asset = ingestor.ingest(file);
        Files.delete(file);

        BufferedImage loaded = ingestor.loadNormalized(asset);

        assertThat(loaded.getWidth()).isEqualTo(40);
        assertThat(loaded.getHeight()).isEqualTo(60);
        assertThat(loaded.getRGB(7, 50)).isEqualTo(direct.getRGB(7, 50));
        assertThat(PerceptualHash.of(loaded)).isEqualTo(asset.phash());
    }

    @Test
    void findsNearDuplicatesButNotOtherPictures() throws Exception {
        BufferedImage scene = ImageBytes.scene(6, 400, 300);
        IngestedAsset original = ingestor.ingest(write("original.png", ImageBytes.png(scene)));
        IngestedAsset smaller = ingestor.ingest(write("smaller.jpg", ImageBytes.jpeg(ImageBytes.scaled(scene, 200, 150), 0.5f)));
        IngestedAsset other = ingestor.ingest(write("other.png", ImageBytes.png(ImageBytes.scene(60, 400, 300))));

        assertThat(catalog.nearDuplicatesOf(original, PerceptualHash.NEAR_DUPLICATE_DISTANCE)).containsExactly(smaller);
        assertThat(catalog.nearDuplicatesOf(original.phash(), PerceptualHash.NEAR_DUPLICATE_DISTANCE))
                .containsExactlyInAnyOrder(original, smaller)
                .doesNotContain(other);
        assertThat(catalog.all()).containsExactly(original, smaller, other);
    }

    @Test
    void catalogOutlivesTheDatabaseConnection() throws Exception {
        IngestedAsset asset = ingestor.ingest(write("hero.png", ImageBytes.png(ImageBytes.scene(7, 50, 50))));
        database.close();

        database = StudioDatabase.open(dir.resolve("home/studio.db"));

        assertThat(new AssetCatalog(database).find(asset.sha256())).contains(asset);
    }

    @Test
    void reingestingAfterTheBlobWasLostStoresItAgain() throws Exception {
        byte[] png = ImageBytes.png(ImageBytes.scene(8, 50, 50));
        IngestedAsset asset = ingestor.ingest(write("hero.png", png));
        Files.delete(blobs.pathOf(asset.sha256()));

        ingestor.ingest(write("again.png", png));

        assertThat(blobs.read(asset.sha256())).isEqualTo(png);
    }

    private Path write(String relative, byte[] bytes) throws IOException {
        Path file = dir.resolve(relative);
        Files.createDirectories(file.getParent());
        return Files.write(file, bytes);
    }

    private java.util.List<Path> blobFiles() throws IOException {
        if (!Files.exists(blobs.root())) {
            return java.util.List.of();
        }
        try (Stream<Path> files = Files.walk(blobs.root())) {
            return files.filter(Files::isRegularFile).toList();
        }
    }
}
