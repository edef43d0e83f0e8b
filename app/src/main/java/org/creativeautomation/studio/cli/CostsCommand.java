package org.creativeautomation.studio.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.creativeautomation.engine.document.IdSyntax;
import org.creativeautomation.engine.document.InvalidInputException;
import org.creativeautomation.engine.generate.Usd;
import org.creativeautomation.engine.pipeline.StudioEngine;
import org.creativeautomation.engine.store.CostSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code studio costs}: what image generation has cost, from the cost ledger. */
@Command(name = "costs", mixinStandardHelpOptions = true,
        description = {"Shows what image generation has cost, by provider and model.",
                "Reads the cost ledger in the studio home: every run records each provider",
                "call it makes, and each hero the generation cache supplies instead of a call.",
                "Prints the calls, those that cost money, the cache hits, what was spent, and",
                "what the cache hits saved at the prices those calls would have cost."})
final class CostsCommand implements Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @ParentCommand
    StudioCommand root;

    @Mixin
    StudioOptions studio;

    @Option(names = "--campaign", paramLabel = "ID", description = "Only this campaign (its id in the brief).")
    String campaign;

    @Option(names = "--json", description = "Print one JSON object with a row per provider and model and the total.")
    boolean json;

    @Override
    public Integer call() {
        if (campaign != null && !IdSyntax.isValid(campaign)) {
            throw new InvalidInputException("--campaign " + campaign + ": " + IdSyntax.notValid(campaign));
        }
        try (StudioEngine engine = studio.openEngine(root.context.env())) {
            List<CostSummary> rows = engine.costLedger().summary(Optional.ofNullable(campaign));
            CostSummary total = totalOf(rows);
            if (json) {
                printJson(root.context.out(), rows, total);
            } else {
                print(root.context.out(), rows, total);
            }
        }
        return StudioCli.OK;
    }

    private void print(PrintWriter out, List<CostSummary> rows, CostSummary total) {
        String scope = campaign == null ? "all campaigns" : "campaign " + campaign;
        if (rows.isEmpty()) {
            out.printf(Locale.ROOT, "No image generation recorded yet (%s).%n", scope);
            return;
        }
        out.printf(Locale.ROOT, "Image generation costs, %s:%n", scope);
        int providerWidth = Math.max("provider".length(),
                rows.stream().mapToInt(r -> r.provider().length()).max().orElse(0));
        int modelWidth = Math.max("model".length(), rows.stream().mapToInt(r -> r.model().length()).max().orElse(0));
        String format = "%-" + providerWidth + "s  %-" + modelWidth + "s  %5s  %4s  %10s  %10s  %10s%n";
        out.printf(Locale.ROOT, format, "provider", "model", "calls", "paid", "cache hits", "spent", "saved");
        for (CostSummary row : rows) {
            printRow(out, format, row.provider(), row.model(), row);
        }
        printRow(out, format, "total", "", total);
        if (total.unpricedHits() > 0) {
            out.printf(Locale.ROOT, "%s of unknown price not counted in what the cache saved.%n",
                    Counts.of(total.unpricedHits(), "cache hit"));
        }
    }

    private static void printRow(PrintWriter out, String format, String provider, String model, CostSummary row) {
        out.printf(Locale.ROOT, format, provider, model, row.calls(), row.paidCalls(), row.cacheHits(),
                new Usd(row.spentMicros()), new Usd(row.savedMicros()));
    }

    private void printJson(PrintWriter out, List<CostSummary> rows, CostSummary total) {
        ObjectNode document = JSON.createObjectNode();
        document.put("campaign", campaign);
        var byModel = document.putArray("byModel");
        rows.forEach(row -> byModel.add(jsonOf(row)));
        ObjectNode totals = jsonOf(total);
        totals.remove("provider");
        totals.remove("model");
        document.set("total", totals);
        try {
            out.println(JSON.writeValueAsString(document));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ObjectNode jsonOf(CostSummary row) {
        ObjectNode node = JSON.createObjectNode();
        node.put("provider", row.provider());
        node.put("model", row.model());
        node.put("calls", row.calls());
        node.put("paidCalls", row.paidCalls());
        node.put("cacheHits", row.cacheHits());
        node.put("spentUsd", new Usd(row.spentMicros()).dollars());
        node.put("savedUsd", new Usd(row.savedMicros()).dollars());
        node.put("unpricedCacheHits", row.unpricedHits());
        return node;
    }

    private static CostSummary totalOf(List<CostSummary> rows) {
        return new CostSummary("total", "", rows.stream().mapToInt(CostSummary::calls).sum(),
                rows.stream().mapToInt(CostSummary::paidCalls).sum(),
                rows.stream().mapToInt(CostSummary::cacheHits).sum(),
                rows.stream().mapToLong(CostSummary::spentMicros).sum(),
                rows.stream().mapToLong(CostSummary::savedMicros).sum(),
                rows.stream().mapToInt(CostSummary::unpricedHits).sum());
    }
}
