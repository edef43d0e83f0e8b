package org.creativeautomation.engine.store;

import org.creativeautomation.engine.brief.BriefDraft;
import org.creativeautomation.engine.document.InvalidInputException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CampaignLibraryTest {
    private static final String BRIEF = """
            # A brief with a comment that an import keeps.
            campaign: spring-sale
            name: Spring Sale
            brand: acme-beverages
            market: {region: US, locales: [en-US]}
            audience: Everyone
            message: Spring is here
            products:
              - id: water
                name: Water
                assets: [assets/water.jpg]
            """;

    @TempDir
    Path dir;

    private StudioDatabase database;
    private RunLog runs;
    private CampaignLibrary library;
    private SteppingClock clock;

    @BeforeEach
    void open() {
        database = StudioDatabase.open(dir.resolve("home/studio.db"));
        runs = new RunLog(database);
        clock = new SteppingClock();
        library = new CampaignLibrary(database, dir.resolve("home/campaigns"), runs, clock);
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void importingABriefCopiesItAndItsAssetsIntoTheLibrary() throws IOException {
        Path brief = briefFolder("elsewhere");

        StoredCampaign imported = library.importBrief(brief);

        assertThat(imported.folder()).isEqualTo(dir.resolve("home/campaigns/spring-sale"));
        assertThat(imported.briefFile()).hasContent(BRIEF);
        assertThat(imported.folder().resolve("assets/water.jpg")).hasSameBinaryContentAs(
                brief.resolveSibling("assets/water.jpg"));
        assertThat(imported.folder().resolve("assets/unrelated.jpg")).doesNotExist();
        assertThat(imported.campaign()).isEqualTo("spring-sale");
        assertThat(imported.name()).isEqualTo("Spring Sale");
        assertThat(imported.brand()).isEqualTo("acme-beverages");
        assertThat(imported.status()).isEqualTo(CampaignStatus.DRAFT);
        assertThat(imported.latestRun()).isNull();
        assertThat(library.all()).containsExactly(imported);
    }

    @Test
    void importingTheSameBriefTwiceGivesTwoFolders() throws IOException {
        Path brief = briefFolder("elsewhere");

        StoredCampaign first = library.importBrief(brief);
        StoredCampaign second = library.importBrief(brief);

        assertThat(second.folder()).isEqualTo(dir.resolve("home/campaigns/spring-sale-2"));
        assertThat(library.all()).extracting(StoredCampaign::id).containsExactly(second.id(), first.id());
    }

    @Test
    void aJsonBriefIsKeptAsYaml() throws IOException {
        Path json = Files.writeString(Files.createDirectories(dir.resolve("json")).resolve("brief.json"), """
                {"campaign": "trail", "brand": "stride-athletics", "market": {"region": "DE", "locales": ["de-DE"]},
                 "audience": "Runners", "message": "Lauf los", "products": [{"id": "shoe", "name": "Shoe"}]}
                """);

        StoredCampaign imported = library.importBrief(json);

        assertThat(imported.briefFile().getFileName().toString()).isEqualTo("brief.yaml");
        assertThat(Files.readString(imported.briefFile())).contains("campaign: trail\n").contains("  de-DE: Lauf los\n");
        assertThat(imported.name()).isEqualTo("trail");
    }

    @Test
    void aYamlBriefWithMistakesIsStillImportedForFixing() throws IOException {
        Path broken = Files.writeString(Files.createDirectories(dir.resolve("broken")).resolve("summer.yaml"),
                "campaign: [unclosed\n");

        StoredCampaign imported = library.importBrief(broken);

        assertThat(imported.briefFile()).hasContent("campaign: [unclosed\n");
        assertThat(imported.folder().getFileName().toString()).isEqualTo("summer");
    }

    @Test
    void refusesFilesThatAreNoBrief() throws IOException {
        Path text = Files.writeString(dir.resolve("notes.txt"), "hello");

        assertThatThrownBy(() -> library.importBrief(text)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("not a brief");
        assertThatThrownBy(() -> library.importBrief(dir.resolve("missing.yaml")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("cannot be read");
        Path json = Files.writeString(dir.resolve("bad.json"), "{\"campaign\": ");
        assertThatThrownBy(() -> library.importBrief(json)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("does not parse");
    }

    @Test
    void createsACampaignFromADraft() {
        StoredCampaign created = library.create(BriefDraft.starter("autumn", "Autumn", "acme-beverages", "US", "en-US"));

        assertThat(created.name()).isEqualTo("Autumn");
        assertThat(created.briefFile()).content(StandardCharsets.UTF_8).startsWith("campaign: autumn\nname: Autumn\n");
    }

    @Test
    void createsANamedCampaignWithAnIdMadeFromItsName() {
        StoredCampaign first = library.create("Winter Warmers", "acme-beverages", "GB", "en-GB");
        StoredCampaign second = library.create("Winter Warmers", "acme-beverages", "GB", "en-GB");

        assertThat(first.campaign()).isEqualTo("winter-warmers");
        assertThat(first.name()).isEqualTo("Winter Warmers");
        assertThat(first.briefFile()).content(StandardCharsets.UTF_8).contains("region: GB").contains("- en-GB");
        assertThat(second.campaign()).isEqualTo("winter-warmers-2");
    }

    @Test
    void savingReplacesTheBriefAndTheListFollowsItsFields() throws IOException {
        StoredCampaign campaign = library.importBrief(briefFolder("elsewhere"));
        String edited = BRIEF.replace("name: Spring Sale", "name: Spring Fling").replace("brand: acme-beverages",
                "brand: stride-athletics");

        StoredCampaign saved = library.saveBrief(campaign.id(), edited);

        assertThat(saved.briefFile()).hasContent(edited);
        assertThat(library.readBrief(campaign.id())).isEqualTo(edited);
        assertThat(saved.name()).isEqualTo("Spring Fling");
        assertThat(saved.brand()).isEqualTo("stride-athletics");
        assertThat(saved.updatedAt()).isAfter(campaign.updatedAt());
        try (Stream<Path> files = Files.list(saved.folder())) {
            assertThat(files).as("no temp file is left behind").noneMatch(f -> f.getFileName().toString().startsWith("."));
        }
    }

    @Test
    void savingTextThatDoesNotParseKeepsTheListedFields() throws IOException {
        StoredCampaign campaign = library.importBrief(briefFolder("elsewhere"));

        StoredCampaign saved = library.saveBrief(campaign.id(), "name: [half typed");

        assertThat(saved.briefFile()).hasContent("name: [half typed");
        assertThat(saved.name()).isEqualTo("Spring Sale");
    }

    @Test
    void duplicatingCopiesBriefAndAssetsUnderANewId() throws IOException {
        StoredCampaign original = library.importBrief(briefFolder("elsewhere"));

        StoredCampaign copy = library.duplicate(original.id());
        StoredCampaign copyOfCopy = library.duplicate(original.id());

        assertThat(copy.campaign()).isEqualTo("spring-sale-copy");
        assertThat(copy.name()).isEqualTo("Spring Sale (copy)");
        assertThat(copy.folder().resolve("assets/water.jpg")).exists();
        assertThat(Files.readString(copy.briefFile())).contains("campaign: spring-sale-copy");
        assertThat(copyOfCopy.campaign()).isEqualTo("spring-sale-copy-2");
        assertThat(library.readBrief(original.id())).isEqualTo(BRIEF);
    }

    @Test
    void keepsTheReviewStatus() throws IOException {
        StoredCampaign campaign = library.importBrief(briefFolder("elsewhere"));

        library.setStatus(campaign.id(), CampaignStatus.CHANGES_REQUESTED);

        assertThat(library.find(campaign.id()).orElseThrow().status()).isEqualTo(CampaignStatus.CHANGES_REQUESTED);
        assertThat(CampaignStatus.fromCode("in-review")).contains(CampaignStatus.IN_REVIEW);
        assertThatThrownBy(() -> library.setStatus(999, CampaignStatus.APPROVED))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void listsRecentlyOpenedCampaignsNewestFirst() throws IOException {
        Path brief = briefFolder("elsewhere");
        StoredCampaign a = library.importBrief(brief);
        StoredCampaign b = library.importBrief(brief);
        library.importBrief(brief);

        library.markOpened(a.id());
        library.markOpened(b.id());
        library.markOpened(a.id());

        assertThat(library.recent(10)).extracting(StoredCampaign::id).containsExactly(a.id(), b.id());
        assertThat(library.recent(1)).extracting(StoredCampaign::id).containsExactly(a.id());
    }

    @Test
    void showsTheLatestRunOfTheCampaignsBrief() throws IOException {
        StoredCampaign campaign = library.importBrief(briefFolder("elsewhere"));
        runs.started("spring-sale", dir.resolve("elsewhere/brief.yaml"), dir.resolve("out"));
        long first = runs.started("spring-sale", campaign.briefFile(), campaign.outputFolder());
        runs.finished(first, "failed", RunCounts.NONE, 10);
        long second = runs.started("spring-sale", campaign.briefFile(), campaign.outputFolder());
        runs.finished(second, "succeeded", new RunCounts(2, 2, 0, 0, 0), 20);

        RunRecord latest = library.find(campaign.id()).orElseThrow().latestRun();

        assertThat(latest.id()).isEqualTo(second);
        assertThat(latest.status()).isEqualTo("succeeded");
    }

    @Test
    void addsAnImageToTheCampaignsAssetsUnderAFreeName() throws IOException {
        StoredCampaign campaign = library.importBrief(briefFolder("elsewhere"));
        Path other = Files.createDirectories(dir.resolve("pictures")).resolve("water.jpg");
        Files.write(other, new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 9, 9});

        String added = library.addAsset(campaign.id(), other);
        String again = library.addAsset(campaign.id(), other);

        assertThat(added).isEqualTo("assets/water-2.jpg");
        assertThat(again).as("the same picture is not copied twice").isEqualTo("assets/water-2.jpg");
        assertThat(campaign.folder().resolve(added)).hasSameBinaryContentAs(other);
        Path text = Files.writeString(dir.resolve("notes.jpg"), "not a picture");
        assertThatThrownBy(() -> library.addAsset(campaign.id(), text)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("not a PNG or JPEG");
    }

    @Test
    void slugsAreSafeFolderNames() {
        assertThat(CampaignLibrary.slug("Summer Splash 2026!")).isEqualTo("summer-splash-2026");
        assertThat(CampaignLibrary.slug("???")).isEqualTo("campaign");
    }

    private Path briefFolder(String name) throws IOException {
        Path folder = Files.createDirectories(dir.resolve(name).resolve("assets"));
        Files.write(folder.resolve("water.jpg"), new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 1, 2, 3});
        Files.write(folder.resolve("unrelated.jpg"), new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF});
        return Files.writeString(folder.getParent().resolve("brief.yaml"), BRIEF);
    }

    /** A clock a second later at every reading, so that ordering by time is exact. */
    private static final class SteppingClock extends Clock {
        private Instant now = Instant.parse("2026-05-01T09:00:00Z");

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public synchronized Instant instant() {
            now = now.plus(Duration.ofSeconds(1));
            return now;
        }
    }
}
