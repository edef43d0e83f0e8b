package org.creativeautomation.studio.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.creativeautomation.engine.document.Problem;
import org.creativeautomation.engine.generate.BudgetStop;
import org.creativeautomation.engine.generate.PriceEstimate;
import org.creativeautomation.engine.generate.Usd;
import org.creativeautomation.engine.pipeline.HeroSource;
import org.creativeautomation.engine.pipeline.PlannedHero;
import org.creativeautomation.engine.pipeline.RunEstimate;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;

/** Prints {@code studio run --dry-run}: each product's planned hero and what the run would spend. */
final class EstimatePrinter {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final PrintWriter out;
    private final Path briefFolder;
    private final boolean force;

    EstimatePrinter(PrintWriter out, Path brief, boolean force) {
        this.out = out;
        this.briefFolder = brief.toAbsolutePath().normalize().getParent();
        this.force = force;
    }

    void print(RunEstimate estimate) {
        out.printf(Locale.ROOT, "%s (%s): dry run, nothing was generated or written%n", estimate.campaignName(),
                estimate.campaign());
        int width = estimate.heroes().stream().mapToInt(h -> h.product().length()).max().orElse(0);
        for (PlannedHero hero : estimate.heroes()) {
            out.printf(Locale.ROOT, "  %-" + width + "s  %s%n", hero.product(), describe(hero));
        }
        out.printf(Locale.ROOT, "Estimated cost: %s for %s%s%n", estimate.total(),
                estimate.paidCalls() == 0 ? "no paid image generation"
                        : Counts.of(estimate.paidCalls(), "paid image generation"),
                estimate.unknownPrices() == 0 ? ""
                        : " (" + Counts.of(estimate.unknownPrices(), "call") + " of unknown price not included)");
        if (!estimate.saved().isZero()) {
            out.printf(Locale.ROOT, "The generation cache saves %s.%n", estimate.saved());
        }
        if (estimate.runBudget() != null) {
            out.printf(Locale.ROOT, "Run budget: %s%n", estimate.runBudget());
        }
        if (estimate.campaignBudget() != null) {
            out.printf(Locale.ROOT, "Campaign budget: %s, of which %s was spent in earlier runs%n",
                    estimate.campaignBudget(), estimate.campaignSpent());
        }
        if (!estimate.legalProblems().isEmpty()) {
            out.println(stopsRun(estimate)
                    ? "Legal preflight: the run would stop before any paid image generation (--force runs anyway):"
                    : "Legal preflight: every creative would fail these legal checks:");
            estimate.legalProblems().forEach(p -> out.println("  " + p.format()));
        }
    }

    /** One JSON object per product, then {@code {"total": ...}}, one per line. */
    void printJson(RunEstimate estimate) {
        for (PlannedHero hero : estimate.heroes()) {
            ObjectNode line = JSON.createObjectNode();
            line.put("product", hero.product());
            line.put("source", hero.source().label());
            if (hero.source() == HeroSource.INPUT) {
                line.put("asset", relative(hero.asset()));
                line.put("estimateUsd", Usd.ZERO.dollars());
            } else {
                PriceEstimate call = hero.estimate();
                line.put("provider", call.provider());
                line.put("model", call.model());
                line.put("size", call.size());
                line.put("quality", call.quality());
                if (hero.source() == HeroSource.CACHED) {
                    line.put("estimateUsd", Usd.ZERO.dollars());
                    line.put("savesUsd", call.known() ? call.price().dollars() : null);
                } else {
                    line.put("estimateUsd", call.known() ? call.price().dollars() : null);
                    line.put("priceKnown", call.known());
                    line.put("priceBasis", call.basis());
                }
                if (hero.budgetStop() != null) {
                    line.put("budgetStop", hero.budgetStop().message());
                }
            }
            out.println(json(line));
        }
        ObjectNode total = JSON.createObjectNode();
        total.put("campaign", estimate.campaign());
        total.put("estimateUsd", estimate.total().dollars());
        total.put("paidCalls", estimate.paidCalls());
        total.put("unknownPrices", estimate.unknownPrices());
        total.put("savedByCacheUsd", estimate.saved().dollars());
        total.put("runBudgetUsd", estimate.runBudget() == null ? null : estimate.runBudget().dollars());
        total.put("campaignBudgetUsd", estimate.campaignBudget() == null ? null : estimate.campaignBudget().dollars());
        total.put("campaignSpentUsd", estimate.campaignSpent().dollars());
        total.put("legalStop", stopsRun(estimate));
        var problems = total.putArray("legalProblems");
        estimate.legalProblems().stream().map(Problem::format).forEach(problems::add);
        ObjectNode line = JSON.createObjectNode();
        line.set("total", total);
        out.println(json(line));
    }

    private boolean stopsRun(RunEstimate estimate) {
        return !force && estimate.paidCalls() > 0 && !estimate.legalProblems().isEmpty();
    }

    private String describe(PlannedHero hero) {
        if (hero.source() == HeroSource.INPUT) {
            return "input asset " + relative(hero.asset()) + ": " + Usd.ZERO;
        }
        PriceEstimate call = hero.estimate();
        String what = call.provider() + " (" + call.model() + ", " + call.size()
                + (call.quality() == null ? "" : ", " + call.quality()) + ")";
        if (hero.source() == HeroSource.CACHED) {
            return "generation cache, made by " + what + ": " + Usd.ZERO
                    + (call.known() && !call.free() ? ", saves " + call.price() : "");
        }
        String price = call.known() ? call.price().toString() : "unknown price (" + call.basis() + ")";
        BudgetStop stop = hero.budgetStop();
        return "generate with " + what + ": " + price + (stop == null ? "" : "; over budget: " + stop.message());
    }

    private String relative(Path asset) {
        Path absolute = asset.toAbsolutePath().normalize();
        return (briefFolder != null && absolute.startsWith(briefFolder) ? briefFolder.relativize(absolute) : absolute)
                .toString().replace('\\', '/');
    }

    private static String json(ObjectNode node) {
        try {
            return JSON.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
