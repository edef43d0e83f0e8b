package org.creativeautomation.studio.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.creativeautomation.engine.store.CostEntry;
import org.creativeautomation.engine.store.CostLedger;
import org.creativeautomation.engine.store.StudioDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Budgets, dry runs, cache bypass, the legal preflight and {@code studio costs}, through the real
 * command line with a paid provider double ({@link FakePaidProvider}: $0.04 an image, every call logged).
 */
class CostControlEndToEndTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CAMPAIGN = "budget-check";

    /** Two products without an asset, one ratio and one locale: two heroes to generate, two creatives. */
    private static final String BRIEF = """
            campaign: budget-check
            name: Budget Check
            brand: acme-beverages
            market:
              region: US
              locales: [en-US]
            audience: Adults who like cold drinks
            message: Stay fresh all summer
            disclaimer: Please recycle.
            ratios: ["1:1"]
            products:
              - id: citrus-cooler
                name: Citrus Cooler
                description: Orange and grapefruit drink in a glass bottle
              - id: berry-fizz
                name: Berry Fizz
                description: Sparkling berry drink in a can
            """;

    @TempDir
    Path temp;

    private Path home;
    private Path calls;

    @BeforeEach
    void studioHomeWithThePaidProvidersPrice() throws IOException {
        home = Files.createDirectories(temp.resolve("home"));
        Files.writeString(home.resolve("prices.yaml"), FakePaidProvider.pricesYaml());
        calls = temp.resolve("calls.log");
    }

    private Path brief(String text) throws IOException {
        return Files.writeString(temp.resolve("brief.yaml"), text);
    }

    private CliRun studio(String... args) {
        return studio(Map.of(), args);
    }

    private CliRun studio(Map<String, String> extraEnv, String... args) {
        List<String> all = new ArrayList<>(Arrays.asList(args));
        all.addAll(List.of("--home", home.toString()));
        Map<String, String> env = new HashMap<>(extraEnv);
        env.putAll(Map.of("HOME", temp.toString(), FakePaidProvider.CALL_LOG, calls.toString()));
        return CliRun.of(env, all.toArray(String[]::new));
    }

    private CliRun run(Path brief, Path out, String... extra) {
        return run(Map.of(), brief, out, extra);
    }

    private CliRun run(Map<String, String> extraEnv, Path brief, Path out, String... extra) {
        List<String> args = new ArrayList<>(List.of("run", brief.toString(), "--out", out.toString(),
                "--provider", FakePaidProvider.ID));
        args.addAll(List.of(extra));
        return studio(extraEnv, args.toArray(String[]::new));
    }

    private List<CostEntry> ledger() {
        try (StudioDatabase db = StudioDatabase.open(home.resolve("studio.db"))) {
            return new CostLedger(db).entries(CAMPAIGN);
        }
    }

    @Test
    void aCampaignBudgetStopsPaidCallsAndTheNextHeroIsDrawnOfflineWithAFinding() throws IOException {
        Path out = temp.resolve("out");

        CliRun result = run(brief(BRIEF.replace("ratios: [\"1:1\"]", "ratios: [\"1:1\"]\nbudget: {maxUsd: 0.05}")), out);

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(FakePaidProvider.calls(calls)).as("one call fits in $0.05, a second would not").hasSize(1);
        JsonNode paid = heroOf(out, "citrus-cooler");
        JsonNode stopped = heroOf(out, "berry-fizz");
        assertThat(paid.get("provider").asText()).isEqualTo("fakepaid");
        assertThat(paid.has("budgetStop")).isFalse();
        assertThat(stopped.get("provider").asText()).isEqualTo("local");
        assertThat(stopped.at("/budgetStop/cap").asText()).isEqualTo("campaign");
        assertThat(stopped.at("/budgetStop/left").decimalValue()).isEqualByComparingTo("0.01");
        assertThat(StreamSupport.stream(stopped.get("attempts").spliterator(), false)
                .map(a -> a.get("provider").asText() + ":" + a.get("outcome").asText()))
                .containsExactly("fakepaid:over-budget", "local:succeeded");
        assertThat(findingsOf(out, "berry-fizz")).singleElement().satisfies(f -> {
            assertThat(f.get("check").asText()).isEqualTo("budget.exceeded");
            assertThat(f.get("severity").asText()).isEqualTo("warning");
            assertThat(f.get("owner").asText()).isEqualTo("quality");
            assertThat(f.get("message").asText()).contains("fakepaid (fake-model-1) would cost $0.04, more than the "
                    + "$0.01 left of the campaign's budget (budget.maxUsd in the brief) of $0.05");
        });
        assertThat(findingsOf(out, "citrus-cooler")).noneMatch(f -> f.get("check").asText().equals("budget.exceeded"));
        assertThat(ledger()).extracting(CostEntry::product, CostEntry::provider, CostEntry::model, CostEntry::width,
                        CostEntry::height, CostEntry::quality, CostEntry::outcome, CostEntry::cacheHit,
                        CostEntry::costMicros, CostEntry::estimateMicros)
                .containsExactly(
                        tuple("citrus-cooler", "fakepaid", "fake-model-1", 2048, 2048, null, "succeeded", false,
                                40_000L, 40_000L),
                        tuple("berry-fizz", "local", "studio-render-1", 2048, 2048, null, "succeeded", false, 0L, 0L));
        assertThat(result.out()).contains("image generation: $0.04 spent")
                .contains("budget: paid generation stopped: fakepaid (fake-model-1) would cost $0.04");
    }

    @Test
    void anImageTheQualityGateRejectedIsChargedToTheBudgetAndTheLedgerAndCountsInTheCampaignsNextRun()
            throws IOException {
        Path brief = brief(BRIEF.replace("ratios: [\"1:1\"]", "ratios: [\"1:1\"]\nbudget: {maxUsd: 0.10}"));
        Path out = temp.resolve("out");

        CliRun first = run(Map.of(FakePaidProvider.BLANK_CALLS, "1"), brief, out);

        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(FakePaidProvider.calls(calls)).as("a blank image, its regeneration; then $0.02 is left").hasSize(2);
        assertThat(StreamSupport.stream(heroOf(out, "citrus-cooler").get("attempts").spliterator(), false)
                .map(a -> a.get("provider").asText() + ":" + a.get("outcome").asText()))
                .containsExactly("fakepaid:rejected: blank", "fakepaid:succeeded");
        assertThat(heroOf(out, "berry-fizz").get("provider").asText()).isEqualTo("local");
        assertThat(heroOf(out, "berry-fizz").at("/budgetStop/left").decimalValue()).isEqualByComparingTo("0.02");
        assertThat(ledger()).extracting(CostEntry::product, CostEntry::provider, CostEntry::outcome,
                        CostEntry::costMicros)
                .containsExactly(tuple("citrus-cooler", "fakepaid", "rejected", 40_000L),
                        tuple("citrus-cooler", "fakepaid", "succeeded", 40_000L),
                        tuple("berry-fizz", "local", "succeeded", 0L));
        assertThat(first.out()).contains("image generation: $0.08 spent");

        CliRun second = run(brief, temp.resolve("out-2"), "--no-cache");

        assertThat(second.exitCode()).as(second.err()).isZero();
        assertThat(FakePaidProvider.calls(calls)).as("the campaign's $0.08 spent leaves no room for $0.04")
                .hasSize(2);
        assertThat(heroOf(temp.resolve("out-2"), "citrus-cooler").at("/budgetStop/left").decimalValue())
                .isEqualByComparingTo("0.02");
    }

    @Test
    void aRunBudgetCountsOnlyThisRunAndTheCampaignBudgetCountsEarlierRuns() throws IOException {
        Path brief = brief(BRIEF.replace("ratios: [\"1:1\"]", "ratios: [\"1:1\"]\nbudget: {maxUsd: 0.10}"));

        CliRun first = run(brief, temp.resolve("out"), "--budget", "0.05");
        CliRun second = run(brief, temp.resolve("out"), "--budget", "0.05", "--no-cache");

        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(second.exitCode()).as(second.err()).isZero();
        assertThat(FakePaidProvider.calls(calls)).as("$0.04 per run under --budget 0.05; $0.08 of the campaign's $0.10")
                .hasSize(2);
        assertThat(ledger().stream().mapToLong(CostEntry::costMicros).sum()).isEqualTo(80_000L);
        assertThat(second.out()).contains("the run's budget (--budget) of $0.05");
    }

    @Test
    void aDryRunCallsNoProviderWritesNothingAndPrintsEachHeroWithTheEstimate() throws IOException {
        Path out = temp.resolve("out");

        CliRun result = run(brief(BRIEF), out, "--dry-run");

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(FakePaidProvider.calls(calls)).isEmpty();
        assertThat(out).doesNotExist();
        assertThat(ledger()).isEmpty();
        assertThat(result.out().lines()).containsExactly(
                "Budget Check (budget-check): dry run, nothing was generated or written",
                "  citrus-cooler  generate with fakepaid (fake-model-1, 2048x2048): $0.04",
                "  berry-fizz     generate with fakepaid (fake-model-1, 2048x2048): $0.04",
                "Estimated cost: $0.08 for 2 paid image generations");
    }

    @Test
    void aDryRunShowsInputAssetsCacheHitsAndTheHeroesABudgetWouldSendOffline() throws IOException {
        Path brief = brief(BRIEF + """
                  - id: sparkling-water
                    name: Acme Sparkling Water
                    assets: [sparkling-water.jpg]
                """);
        Files.copy(RepoPaths.root().resolve("examples/summer-splash/assets/sparkling-water.jpg"),
                temp.resolve("sparkling-water.jpg"));
        CliRun cachedFirst = run(brief, temp.resolve("out"), "--budget", "0.04");
        assertThat(cachedFirst.exitCode()).as(cachedFirst.err()).isZero();

        CliRun result = run(brief, temp.resolve("out-2"), "--dry-run", "--budget", "0", "--json");

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(FakePaidProvider.calls(calls)).as("only the first, real run called").hasSize(1);
        List<JsonNode> lines = result.out().lines().map(CostControlEndToEndTest::json).toList();
        assertThat(lines).hasSize(4);
        assertThat(lines.get(0).get("source").asText()).isEqualTo("cached");
        assertThat(lines.get(0).get("provider").asText()).isEqualTo("fakepaid");
        assertThat(lines.get(0).get("savesUsd").decimalValue()).isEqualByComparingTo("0.04");
        assertThat(lines.get(1).get("source").asText()).isEqualTo("generated");
        assertThat(lines.get(1).get("provider").asText()).as("$0 budget: the offline generator").isEqualTo("local");
        assertThat(lines.get(1).get("estimateUsd").decimalValue()).isEqualByComparingTo("0");
        assertThat(lines.get(1).get("budgetStop").asText()).contains("the run's budget (--budget) of $0.00");
        assertThat(lines.get(2).get("source").asText()).isEqualTo("input");
        assertThat(lines.get(2).get("asset").asText()).isEqualTo("sparkling-water.jpg");
        JsonNode total = lines.get(3).get("total");
        assertThat(total.get("estimateUsd").decimalValue()).isEqualByComparingTo("0");
        assertThat(total.get("paidCalls").asInt()).isZero();
        assertThat(total.get("savedByCacheUsd").decimalValue()).isEqualByComparingTo("0.04");
        assertThat(total.get("runBudgetUsd").decimalValue()).isEqualByComparingTo("0");
    }

    @Test
    void noCacheCallsTheProviderWhereTheCacheWouldHaveAnswered() throws IOException {
        Path brief = brief(BRIEF);

        run(brief, temp.resolve("out"));
        CliRun cached = run(brief, temp.resolve("out"));
        int callsAfterCachedRun = FakePaidProvider.calls(calls).size();
        CliRun fresh = run(brief, temp.resolve("out"), "--no-cache");

        assertThat(cached.exitCode()).as(cached.err()).isZero();
        assertThat(fresh.exitCode()).as(fresh.err()).isZero();
        assertThat(callsAfterCachedRun).as("the second run took both heroes from the cache").isEqualTo(2);
        assertThat(FakePaidProvider.calls(calls)).hasSize(4);
        assertThat(ledger()).extracting(CostEntry::outcome, CostEntry::cacheHit, CostEntry::costMicros,
                        CostEntry::estimateMicros)
                .containsExactly(tuple("succeeded", false, 40_000L, 40_000L), tuple("succeeded", false, 40_000L, 40_000L),
                        tuple("cache-hit", true, 0L, 40_000L), tuple("cache-hit", true, 0L, 40_000L),
                        tuple("succeeded", false, 40_000L, 40_000L), tuple("succeeded", false, 40_000L, 40_000L));
    }

    @Test
    void copyThatFailsTheLegalChecksStopsAPaidRunBeforeAnyCallAndForceRunsItAnyway() throws IOException {
        Path brief = brief(BRIEF.replace("message: Stay fresh all summer", "message: Guaranteed fresh all summer"));
        Path out = temp.resolve("out");

        CliRun blocked = run(brief, out);

        assertThat(blocked.exitCode()).isEqualTo(2);
        assertThat(FakePaidProvider.calls(calls)).isEmpty();
        assertThat(out).doesNotExist();
        assertThat(blocked.err().lines()).containsExactly(
                brief + ": stopped before any paid image generation: the copy fails legal checks that fail every "
                        + "creative (fix the brief, or run with --force to generate anyway):",
                brief + ":8:10 message: the message says \"Guaranteed\", which the brand kit prohibits (\"guaranteed\")");

        CliRun forced = run(brief, out, "--force");

        assertThat(forced.exitCode()).as(forced.err()).isZero();
        assertThat(FakePaidProvider.calls(calls)).hasSize(2);
        assertThat(findingsOf(out, "citrus-cooler")).anyMatch(f -> f.get("check").asText().equals("legal.prohibited"));
    }

    @Test
    void aRunThatPaysNothingIsNotStoppedByThePreflight() throws IOException {
        Path brief = brief(BRIEF.replace("message: Stay fresh all summer", "message: Guaranteed fresh all summer"));
        Path out = temp.resolve("out");

        CliRun local = studio("run", brief.toString(), "--out", out.toString());

        assertThat(local.exitCode()).as(local.err()).isZero();
        assertThat(findingsOf(out, "berry-fizz")).anyMatch(f -> f.get("check").asText().equals("legal.prohibited"));
    }

    @Test
    void costsSumsCallsCacheHitsAndSavingsByProviderAndModel() throws IOException {
        Path brief = brief(BRIEF);
        run(brief, temp.resolve("out"));
        run(brief, temp.resolve("out"));

        CliRun text = studio("costs", "--campaign", CAMPAIGN);
        CliRun json = studio("costs", "--json");
        CliRun other = studio("costs", "--campaign", "winter-2027");

        assertThat(text.exitCode()).as(text.err()).isZero();
        assertThat(text.out().lines().map(l -> List.of(l.trim().split("\\s+")))).containsExactly(
                List.of("Image", "generation", "costs,", "campaign", "budget-check:"),
                List.of("provider", "model", "calls", "paid", "cache", "hits", "spent", "saved"),
                List.of("fakepaid", "fake-model-1", "2", "2", "2", "$0.08", "$0.08"),
                List.of("total", "2", "2", "2", "$0.08", "$0.08"));
        JsonNode document = json(json.out());
        assertThat(document.get("campaign").isNull()).isTrue();
        assertThat(document.at("/byModel/0/provider").asText()).isEqualTo("fakepaid");
        assertThat(document.at("/byModel/0/calls").asInt()).isEqualTo(2);
        assertThat(document.at("/byModel/0/cacheHits").asInt()).isEqualTo(2);
        assertThat(document.at("/total/spentUsd").decimalValue()).isEqualByComparingTo("0.08");
        assertThat(document.at("/total/savedUsd").decimalValue()).isEqualByComparingTo("0.08");
        assertThat(other.out()).isEqualTo("No image generation recorded yet (campaign winter-2027)." + System.lineSeparator());
    }

    @Test
    void badAmountsAndIdsAreBadInputNamingTheOptionOrField() throws IOException {
        Path out = temp.resolve("out");
        CliRun budget = run(brief(BRIEF), out, "--budget", "five");
        CliRun negative = run(brief(BRIEF), out, "--budget", "-1");
        CliRun campaign = studio("costs", "--campaign", "Summer Splash");
        CliRun briefBudget = run(brief(BRIEF.replace("ratios: [\"1:1\"]", "ratios: [\"1:1\"]\nbudget: {maxUsd: lots}")),
                out);

        assertThat(budget.exitCode()).isEqualTo(2);
        assertThat(budget.err()).isEqualTo("--budget five: expected an amount in US dollars, 0 or more (such as 5 or "
                + "0.50)" + System.lineSeparator());
        assertThat(negative.exitCode()).isEqualTo(2);
        assertThat(campaign.exitCode()).isEqualTo(2);
        assertThat(campaign.err()).startsWith("--campaign Summer Splash: ");
        assertThat(briefBudget.exitCode()).isEqualTo(2);
        assertThat(briefBudget.err()).contains("brief.yaml:11:18 budget.maxUsd: expected a number, found a string");
        assertThat(out).doesNotExist();
        assertThat(FakePaidProvider.calls(calls)).isEmpty();
    }

    private static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new AssertionError(text, e);
        }
    }

    private static JsonNode heroOf(Path out, String product) throws IOException {
        JsonNode manifest = JSON.readTree(out.resolve("manifest.json").toFile());
        return StreamSupport.stream(manifest.get("creatives").spliterator(), false)
                .filter(c -> c.get("product").asText().equals(product)).findFirst().orElseThrow().get("hero");
    }

    private static List<JsonNode> findingsOf(Path out, String product) throws IOException {
        JsonNode report = JSON.readTree(out.resolve("compliance.json").toFile());
        return StreamSupport.stream(report.get("creatives").spliterator(), false)
                .filter(c -> c.get("product").asText().equals(product))
                .flatMap(c -> StreamSupport.stream(c.get("findings").spliterator(), false))
                .toList();
    }
}
