package org.creativeautomation.studio.ui.library;

import org.creativeautomation.engine.pipeline.StudioEngine;
import org.creativeautomation.engine.store.CampaignStatus;
import org.creativeautomation.engine.store.RunCounts;
import org.creativeautomation.engine.store.RunLog;
import org.creativeautomation.engine.store.RunRecord;
import org.creativeautomation.engine.store.StoredCampaign;
import org.creativeautomation.engine.store.StudioHome;
import org.creativeautomation.studio.ui.StudioFixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The library page's state without a window, over a real studio home. */
class LibraryViewModelTest {
    private static final Instant NOW = Instant.parse("2026-06-01T12:00:00Z");

    @TempDir
    Path home;

    private StudioEngine engine;
    private LibraryViewModel library;
    private final List<StoredCampaign> opened = new ArrayList<>();

    @BeforeEach
    void open() {
        engine = StudioEngine.open(new StudioHome(home), null, StudioFixtures.kits(), Map.of());
        library = new LibraryViewModel(engine.library(), engine.kits(), StudioFixtures.inPlace(), opened::add,
                Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @AfterEach
    void close() {
        engine.close();
    }

    @Test
    void listsTheShippedKitsAndNoCampaignsInAFreshHome() {
        assertThat(library.campaigns()).isEmpty();
        assertThat(library.kits()).extracting(k -> k.id()).contains("acme-beverages", "stride-athletics");
    }

    @Test
    void importingABriefListsAndSelectsIt() {
        library.importBriefs(List.of(StudioFixtures.summerSplash()));

        assertThat(library.campaigns()).extracting(StoredCampaign::name).containsExactly("Summer Splash 2026");
        assertThat(library.selectedProperty().get().campaign()).isEqualTo("summer-splash-2026");
        assertThat(library.messageProperty().get()).isEqualTo("Imported Summer Splash 2026");
    }

    @Test
    void aBriefThatCannotBeImportedSaysWhy() {
        library.importBriefs(List.of(home.resolve("missing.yaml")));

        assertThat(library.campaigns()).isEmpty();
        assertThat(library.messageProperty().get()).contains("missing.yaml").contains("cannot be read");
    }

    @Test
    void searchMatchesEveryWordInNameIdBrandOrStatus() {
        library.importBriefs(List.of(StudioFixtures.summerSplash(),
                StudioFixtures.repositoryRoot().resolve("examples/trail-launch/brief.json")));
        library.create("Winter Warmers", "acme-beverages");
        StoredCampaign trail = library.campaigns().stream().filter(c -> c.brand().equals("stride-athletics"))
                .findFirst().orElseThrow();
        library.setStatus(trail, CampaignStatus.IN_REVIEW);

        library.queryProperty().set("acme");
        assertThat(library.found()).extracting(StoredCampaign::name)
                .containsExactlyInAnyOrder("Summer Splash 2026", "Winter Warmers");
        library.queryProperty().set("WINTER acme");
        assertThat(library.found()).extracting(StoredCampaign::name).containsExactly("Winter Warmers");
        library.queryProperty().set("in review");
        assertThat(library.found()).extracting(StoredCampaign::name).containsExactly("Trail Season Launch");
        library.queryProperty().set("");
        assertThat(library.found()).hasSize(3);
    }

    @Test
    void openingACampaignHandsItOnAndMakesItRecent() {
        library.importBriefs(List.of(StudioFixtures.summerSplash()));
        StoredCampaign campaign = library.campaigns().get(0);

        library.open(campaign);

        assertThat(opened).extracting(StoredCampaign::id).containsExactly(campaign.id());
        assertThat(library.recent()).extracting(StoredCampaign::id).containsExactly(campaign.id());
    }

    @Test
    void duplicatingSelectsTheCopy() {
        library.importBriefs(List.of(StudioFixtures.summerSplash()));

        library.duplicate(library.campaigns().get(0));

        assertThat(library.campaigns()).hasSize(2);
        assertThat(library.selectedProperty().get().name()).isEqualTo("Summer Splash 2026 (copy)");
    }

    @Test
    void describesTheLastRun() {
        RunRecord finished = new RunRecord(1, "c", Path.of("b.yaml"), Path.of("out"), NOW.minus(Duration.ofMinutes(5)),
                NOW, "succeeded", new RunCounts(20, 20, 0, 0, 0), 1000);
        RunRecord failed = new RunRecord(2, "c", Path.of("b.yaml"), Path.of("out"), NOW.minus(Duration.ofHours(3)),
                NOW, "failed", RunCounts.NONE, 10);
        RunRecord running = new RunRecord(3, "c", Path.of("b.yaml"), Path.of("out"), NOW.minusSeconds(20), null,
                RunLog.RUNNING, RunCounts.NONE, 0);

        assertThat(new LastRun(null).describe(NOW)).isEqualTo("Never run");
        assertThat(new LastRun(finished).describe(NOW)).isEqualTo("20 creatives · 5 min ago");
        assertThat(new LastRun(failed).describe(NOW)).isEqualTo("Failed · 3 h ago");
        assertThat(new LastRun(running).describe(NOW)).isEqualTo("Running since just now");
        assertThat(LastRun.ago(Duration.ofDays(1))).isEqualTo("yesterday");
        assertThat(LastRun.ago(Duration.ofDays(9))).isEqualTo("9 days ago");
    }
}
