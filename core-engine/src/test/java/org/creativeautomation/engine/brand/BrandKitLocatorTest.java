package org.creativeautomation.engine.brand;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class BrandKitLocatorTest {
    @TempDir
    Path tempDir;

    private Path dir(String name) throws IOException {
        return Files.createDirectories(tempDir.resolve(name));
    }

    private static void rename(Path kit, String name) throws IOException {
        Path file = kit.resolve("brand.yaml");
        String yaml = Files.readString(file);
        assertThat(yaml).contains("name: Acme Beverages");
        Files.writeString(file, yaml.replace("name: Acme Beverages", "name: " + name));
    }

    @Test
    void loadsAKitFromTheFirstFolderThatHasIt() throws IOException {
        Path local = dir("local");
        Path installed = dir("installed");
        rename(ShippedKits.copy(ShippedKits.ACME, local), "Acme Local");
        rename(ShippedKits.copy(ShippedKits.ACME, installed), "Acme Installed");

        BrandKit kit = new BrandKitLocator(List.of(local, installed, ShippedKits.folder())).find(ShippedKits.ACME);

        assertThat(kit.name()).isEqualTo("Acme Local");
        assertThat(kit.folder()).isEqualTo(local.resolve(ShippedKits.ACME).toAbsolutePath());
    }

    @Test
    void fallsBackToLaterFoldersAndSkipsMissingOnes() throws IOException {
        Path local = dir("local");
        Path installed = dir("installed");
        rename(ShippedKits.copy(ShippedKits.ACME, installed), "Acme Installed");

        BrandKitLocator locator = new BrandKitLocator(List.of(tempDir.resolve("absent"), local, installed, ShippedKits.folder()));

        assertThat(locator.find(ShippedKits.ACME).name()).isEqualTo("Acme Installed");
        assertThat(locator.find(ShippedKits.STRIDE).folder())
                .isEqualTo(ShippedKits.kit(ShippedKits.STRIDE).toAbsolutePath().normalize());
    }

    @Test
    void skipsAFolderOfTheSameNameWithoutBrandYaml() throws IOException {
        Path local = dir("local");
        Files.createDirectories(local.resolve(ShippedKits.ACME));

        BrandKitLocator locator = new BrandKitLocator(List.of(local, ShippedKits.folder()));

        assertThat(locator.folderOf(ShippedKits.ACME)).contains(ShippedKits.kit(ShippedKits.ACME));
    }

    @Test
    void listsAvailableIdsSortedAndOnceAcrossFolders() throws IOException {
        Path local = dir("local");
        ShippedKits.copy(ShippedKits.ACME, local);
        ShippedKits.copy(ShippedKits.ACME, local, "acme-snacks");
        ShippedKits.copy(ShippedKits.ACME, local, "Not_An_Id");
        Files.createDirectories(local.resolve("no-kit-here"));

        BrandKitLocator locator = new BrandKitLocator(List.of(local, tempDir.resolve("absent"), ShippedKits.folder()));

        assertThat(locator.availableIds()).startsWith("acme-beverages", "acme-snacks")
                .contains("stride-athletics")
                .doesNotHaveDuplicates()
                .doesNotContain("Not_An_Id", "no-kit-here", "tools")
                .isSorted();
    }

    @Test
    void notFoundMessageListsTheAvailableKitsAndTheFoldersSearched() throws IOException {
        Path first = dir("first");
        Path second = dir("second");
        ShippedKits.copy(ShippedKits.ACME, second);
        ShippedKits.copy(ShippedKits.STRIDE, second);

        BrandKitException e = catchThrowableOfType(BrandKitException.class,
                () -> new BrandKitLocator(List.of(first, second)).find("zephyr"));

        assertThat(e.lines()).containsExactly("brand kit \"zephyr\" not found;"
                + " available kits: acme-beverages, stride-athletics; searched: " + first + ", " + second);
    }

    @Test
    void notFoundSuggestsANearSpelling() throws IOException {
        BrandKitException e = catchThrowableOfType(BrandKitException.class,
                () -> new BrandKitLocator(List.of(ShippedKits.folder())).find("stride-athletic"));

        assertThat(e.getMessage()).startsWith("brand kit \"stride-athletic\" not found (did you mean \"stride-athletics\"?);");
    }

    @Test
    void notFoundSuggestsTheKitAShortIdStarts() throws IOException {
        Path kits = dir("kits");
        ShippedKits.copy(ShippedKits.ACME, kits);
        ShippedKits.copy(ShippedKits.STRIDE, kits);

        BrandKitException e = catchThrowableOfType(BrandKitException.class,
                () -> new BrandKitLocator(List.of(kits)).find("acme"));

        assertThat(e.getMessage()).startsWith("brand kit \"acme\" not found (did you mean \"acme-beverages\"?);");
    }

    @Test
    void rejectsADisplayNameAsIdSuggestingTheId() throws IOException {
        Path kits = dir("kits");
        ShippedKits.copy(ShippedKits.ACME, kits);

        BrandKitException e = catchThrowableOfType(BrandKitException.class,
                () -> new BrandKitLocator(List.of(kits)).find("Acme Beverages"));

        assertThat(e.lines()).containsExactly("\"Acme Beverages\" is not a brand kit id (lowercase letters, digits and '-',"
                + " e.g. acme-beverages) (did you mean \"acme-beverages\"?); available kits: acme-beverages; searched: " + kits);
    }

    @Test
    void neverLoadsAKitOutsideTheSearchFolders() throws IOException {
        Path kits = dir("kits");
        ShippedKits.copy(ShippedKits.ACME, tempDir, "outside");

        BrandKitLocator locator = new BrandKitLocator(List.of(kits));

        assertThat(locator.folderOf("../outside")).isEmpty();
        assertThat(catchThrowableOfType(BrandKitException.class, () -> locator.find("../outside"))).isNotNull();
    }

    @Test
    void saysSoWhenThereAreNoKitsAtAll() {
        BrandKitException e = catchThrowableOfType(BrandKitException.class,
                () -> new BrandKitLocator(List.of(tempDir)).find("acme-beverages"));

        assertThat(e.lines()).containsExactly(
                "brand kit \"acme-beverages\" not found; there are no brand kits; searched: " + tempDir);
    }

    @Test
    void loadsEachKitOncePerLocator() throws IOException {
        Path kits = dir("kits");
        Path kit = ShippedKits.copy(ShippedKits.ACME, kits);
        BrandKitLocator locator = new BrandKitLocator(List.of(kits));

        BrandKit first = locator.find(ShippedKits.ACME);
        rename(kit, "Acme Renamed");

        assertThat(locator.find(ShippedKits.ACME)).isSameAs(first);
        assertThat(new BrandKitLocator(List.of(kits)).find(ShippedKits.ACME).name()).isEqualTo("Acme Renamed");
    }

    @Test
    void reportsAnInvalidKitAndLoadsItOnceFixed() throws IOException {
        Path kits = dir("kits");
        Path kit = ShippedKits.copy(ShippedKits.ACME, kits);
        Path yaml = kit.resolve("brand.yaml");
        String valid = Files.readString(yaml);
        Files.writeString(yaml, valid.replace("maxLines: 3", "maxLines: 30"));
        BrandKitLocator locator = new BrandKitLocator(List.of(kits));

        BrandKitException e = catchThrowableOfType(BrandKitException.class, () -> locator.find(ShippedKits.ACME));
        Files.writeString(yaml, valid);

        assertThat(e.lines()).singleElement().asString().endsWith(" textRules.maxLines: 30 is out of range (1 to 8)");
        assertThat(locator.find(ShippedKits.ACME).textRules().maxLines()).isEqualTo(3);
    }
}
