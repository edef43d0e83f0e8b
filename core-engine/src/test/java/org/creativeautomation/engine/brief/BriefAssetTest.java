package org.creativeautomation.engine.brief;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The brief lives in {@code campaign/}; {@code shared.png} beside that folder is a real image it must not reach. */
class BriefAssetTest {
    private static final String ASSET_RULE = "(a PNG or JPEG file inside the brief's folder, relative to it)";
    private static final String ENERGY_BAR_ASSETS = "    assets: [assets/energy-bar.png]";

    @TempDir
    Path dir;

    private BriefFolder folder;
    private Path outsideImage;
    private final BriefParser parser = new BriefParser();

    @BeforeEach
    void createFolders() {
        folder = new BriefFolder(dir.resolve("campaign"));
        outsideImage = new BriefFolder(dir).png("shared.png");
    }

    @Test
    void rejectsAnAssetThatDoesNotExist() {
        Path file = folder.briefWith(ENERGY_BAR_ASSETS, "    assets: [assets/missing.png]");

        assertThat(folder.problemsParsing(file)).containsExactly(
                "brief.yaml:21:14 products[1].assets[0]: assets/missing.png does not exist " + ASSET_RULE);
    }

    @Test
    void rejectsAnAssetPathThatLeavesTheFolderWithDotDot() {
        Path file = folder.briefWith(ENERGY_BAR_ASSETS, "    assets: [../shared.png]");

        assertThat(folder.problemsParsing(file)).containsExactly(
                "brief.yaml:21:14 products[1].assets[0]: ../shared.png is outside the brief's folder " + ASSET_RULE);
    }

    @Test
    void rejectsAnAssetPathThatLeavesTheFolderHalfWay() {
        Path file = folder.briefWith(ENERGY_BAR_ASSETS, "    assets: [assets/../../shared.png]");

        assertThat(folder.problemsParsing(file)).containsExactly(
                "brief.yaml:21:14 products[1].assets[0]: assets/../../shared.png is outside the brief's folder " + ASSET_RULE);
    }

    @Test
    void rejectsAnAbsoluteAssetPathOutsideTheFolder() {
        Path file = folder.briefWith(ENERGY_BAR_ASSETS, "    assets: [\"" + outsideImage + "\"]");

        assertThat(folder.problemsParsing(file)).containsExactly(
                "brief.yaml:21:14 products[1].assets[0]: " + outsideImage + " is outside the brief's folder " + ASSET_RULE);
    }

    @Test
    void rejectsASymbolicLinkToAFileOutsideTheFolder() throws IOException {
        Files.createSymbolicLink(folder.dir().resolve("assets/linked.png"), outsideImage);
        Path file = folder.briefWith(ENERGY_BAR_ASSETS, "    assets: [assets/linked.png]");

        assertThat(folder.problemsParsing(file)).containsExactly("brief.yaml:21:14 products[1].assets[0]: "
                + "assets/linked.png is a link that leads outside the brief's folder " + ASSET_RULE);
    }

    @Test
    void rejectsAFileReachedThroughALinkedFolderOutsideTheFolder() throws IOException {
        Files.createSymbolicLink(folder.dir().resolve("assets/elsewhere"), dir);
        Path file = folder.briefWith(ENERGY_BAR_ASSETS, "    assets: [assets/elsewhere/shared.png]");

        assertThat(folder.problemsParsing(file)).containsExactly("brief.yaml:21:14 products[1].assets[0]: "
                + "assets/elsewhere/shared.png is a link that leads outside the brief's folder " + ASSET_RULE);
    }

    @Test
    void acceptsASymbolicLinkThatStaysInsideTheFolder() throws IOException {
        Path link = Files.createSymbolicLink(folder.dir().resolve("assets/alias.png"), Path.of("energy-bar.png"));
        Path file = folder.briefWith(ENERGY_BAR_ASSETS, "    assets: [assets/alias.png]");

        assertThat(parser.parse(file).products().get(1).assets()).containsExactly(link);
    }

    @Test
    void rejectsAFolderListedAsAnAsset() {
        Path file = folder.briefWith(ENERGY_BAR_ASSETS, "    assets: [assets]");

        assertThat(folder.problemsParsing(file)).containsExactly(
                "brief.yaml:21:14 products[1].assets[0]: assets is not a file " + ASSET_RULE);
    }

    @Test
    void rejectsATextFileNamedJpg() {
        folder.write("assets/notes.jpg", "not really a photo\n");
        Path file = folder.briefWith(ENERGY_BAR_ASSETS, "    assets: [assets/notes.jpg]");

        assertThat(folder.problemsParsing(file)).containsExactly(
                "brief.yaml:21:14 products[1].assets[0]: assets/notes.jpg is not an image (PNG or JPEG)");
    }

    @Test
    void rejectsAGifNamingWhatItIs() throws IOException {
        BufferedImage image = new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB);
        assertThat(ImageIO.write(image, "gif", folder.dir().resolve("assets/logo.gif").toFile())).isTrue();
        Path file = folder.briefWith(ENERGY_BAR_ASSETS, "    assets: [assets/logo.gif]");

        assertThat(folder.problemsParsing(file)).containsExactly("brief.yaml:21:14 products[1].assets[0]: "
                + "assets/logo.gif is a GIF image, not an image the studio reads (PNG or JPEG)");
    }

    @Test
    void rejectsAnEmptyFileNamedPng() {
        folder.write("assets/empty.png", "");
        Path file = folder.briefWith(ENERGY_BAR_ASSETS, "    assets: [assets/empty.png]");

        assertThat(folder.problemsParsing(file)).containsExactly("brief.yaml:21:14 products[1].assets[0]: "
                + "assets/empty.png is an empty file, not an image the studio reads (PNG or JPEG)");
    }

    @Test
    void rejectsAssetsGivenAsASingleString() {
        Path file = folder.briefWith(ENERGY_BAR_ASSETS, "    assets: assets/energy-bar.png");

        assertThat(folder.problemsParsing(file)).containsExactly(
                "brief.yaml:21:13 products[1].assets: expected a list, found a string");
    }

    @Test
    void reportsEveryBadAssetOfAProduct() {
        Path file = folder.briefWith(ENERGY_BAR_ASSETS, "    assets: [assets/missing.png, assets/energy-bar.png, ../shared.png]");

        assertThat(folder.problemsParsing(file)).containsExactly(
                "brief.yaml:21:14 products[1].assets[0]: assets/missing.png does not exist " + ASSET_RULE,
                "brief.yaml:21:57 products[1].assets[2]: ../shared.png is outside the brief's folder " + ASSET_RULE);
    }
}
