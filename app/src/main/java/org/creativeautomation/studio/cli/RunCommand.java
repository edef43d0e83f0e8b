package org.creativeautomation.studio.cli;

import org.creativeautomation.engine.compose.OutputFormat;
import org.creativeautomation.engine.document.InvalidInputException;
import org.creativeautomation.engine.localize.CopyOrigin;
import org.creativeautomation.engine.pipeline.CostControls;
import org.creativeautomation.engine.pipeline.RunEstimate;
import org.creativeautomation.engine.pipeline.RunOptions;
import org.creativeautomation.engine.pipeline.RunSummary;
import org.creativeautomation.engine.pipeline.StudioEngine;
import org.creativeautomation.engine.settings.Setting;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code studio run BRIEF}: produces every creative of a campaign. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Runs a campaign offline and writes every creative of the brief.",
                "Each product x ratio x locale becomes OUT/<product>/<ratio>/<locale>.png,",
                "with manifest.json and events.jsonl in OUT.",
                "Re-runs render only the creatives whose inputs changed.",
                "One run at a time writes to an OUT folder; a second one is refused.",
                "Each paid image generation is priced first and kept within --budget and the",
                "brief's budget.maxUsd; a hero no budget covers is drawn offline instead.",
                "A run that would pay for images stops first (exit code 2) when the brief's",
                "copy fails the legal checks that fail every creative, unless --force is given."})
final class RunCommand implements Callable<Integer> {
    private static final int MAX_ISSUES_SHOWN = 8;

    @ParentCommand
    StudioCommand root;

    @Mixin
    StudioOptions studio;

    @Parameters(index = "0", paramLabel = "BRIEF", description = "The campaign brief (.yaml, .yml or .json).")
    Path brief;

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder. Default: out/<campaign>.")
    Path out;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "png or jpg (quality 90). Default: run.format in studio.yaml, else png.")
    String format;

    @Option(names = "--json", description = "Print one JSON event per line instead of progress and summary.")
    boolean json;

    @Option(names = "--strict", description = "Exit with code 3 when any creative has an error finding.")
    boolean strict;

    @Option(names = "--provider", paramLabel = "IDS", split = ",",
            description = "Image providers for products without an asset, in failover order, e.g. openai,local "
                    + "(default: run.providers in studio.yaml, else local, the offline generator). OpenAI reads "
                    + "OPENAI_API_KEY and OPENAI_BASE_URL from the environment or 'studio settings'.")
    java.util.List<String> providers;

    @Option(names = "--moderation", paramLabel = "ID", description = "Content moderator that judges every generated "
            + "hero (and, with --expand, every expansion) before it is used, e.g. openai (OpenAI's moderation endpoint, with OPENAI_API_KEY); a flagged image "
            + "is rejected and made again. Default: run.moderation in studio.yaml, else none.")
    String moderation;

    @Option(names = "--translator", paramLabel = "ID", description = "Text provider that translates the texts the "
            + "brief gives in another locale only (openai or anthropic, with OPENAI_API_KEY or ANTHROPIC_API_KEY), told "
            + "the brand's tone, its do-not-translate terms and the text zone's length budget. The translation memory "
            + "is asked first; machine text stays marked (l10n.machine-translation) until 'studio l10n approve'. "
            + "Without a translator, texts the memory lacks keep their source words (l10n.untranslated). "
            + "Default: run.translator in studio.yaml, else none.")
    String translator;

    @Option(names = "--dry-run", description = "Print where each product's hero would come from (input asset, "
            + "generation cache, or which provider, model and size would generate it) and the estimated cost, "
            + "then stop: no provider is called and nothing is written. With --json, one JSON object per product "
            + "and one with the total.")
    boolean dryRun;

    @Option(names = "--budget", paramLabel = "USD", description = "The most this run may spend on paid image "
            + "generation, in US dollars (e.g. 2.50). A call the rest of the budget does not cover is not made: "
            + "that hero, and any later paid one, is drawn by the offline generator and gets a budget.exceeded "
            + "finding. The brief's budget.maxUsd caps the campaign over all its runs as well.")
    String budget;

    @Option(names = "--no-cache", description = "Generate every hero again instead of taking the generation "
            + "cache's image (the new images are cached as usual).")
    boolean noCache;

    @Option(names = "--force", description = "Run even when the brief's copy fails the legal checks that fail "
            + "every creative; by default such a run stops before its first paid image generation. The findings "
            + "are reported as usual.")
    boolean force;

    @Option(names = "--expand", description = "Where a product cannot fill a ratio uncut (a wide shoe in a 9:16 "
            + "story), ask the providers that can (openai, firefly) to draw the missing canvas around the photo "
            + "(generative expand: a paid call per product and ratio, within the budget, cached) instead of the "
            + "composer's own fill. The photo's pixels are kept exactly; the manifest says how each was filled.")
    boolean expand;

    @Override
    public Integer call() {
        CliContext context = root.context;
        OutputFormat givenFormat = format == null ? null : OutputFormat.parse(format);
        CostControls costs = new CostControls(budgetUsd(), noCache, force);
        if (dryRun) {
            try (StudioEngine engine = studio.openEngine(context.env())) {
                RunEstimate estimate = engine.runner().estimate(options(engine, givenFormat, costs));
                EstimatePrinter printer = new EstimatePrinter(context.out(), brief, force);
                if (json) {
                    printer.printJson(estimate);
                } else {
                    printer.print(estimate);
                }
            }
            return StudioCli.OK;
        }
        ProgressPrinter progress = json ? ProgressPrinter.json(context.out())
                : context.interactive() ? ProgressPrinter.bar(context.err()) : ProgressPrinter.lines(context.err());
        try (StudioEngine engine = studio.openEngine(context.env())) {
            RunSummary summary = engine.runner().run(options(engine, givenFormat, costs), progress);
            progress.finish();
            if (!json) {
                printSummary(context, summary);
            }
            if (strict && summary.tally().errors() > 0) {
                context.err().printf(Locale.ROOT, "studio: --strict: %s on %s%n",
                        Counts.of(summary.tally().errors(), "error finding"), Counts.of(summary.tally().failed(), "creative"));
                return StudioCli.STRICT_FAILED;
            }
        }
        return StudioCli.OK;
    }

    /** The run as the options, studio.yaml and the defaults describe it, in that order of precedence. */
    private RunOptions options(StudioEngine engine, OutputFormat givenFormat, CostControls costs) {
        OutputFormat outputFormat = givenFormat != null ? givenFormat
                : OutputFormat.parse(engine.settings().format().orElse("png"));
        String moderator = moderation != null ? moderation : engine.settings().moderation().orElse(null);
        return new RunOptions(brief, out, outputFormat, providerChain(engine), costs, moderator, translator(engine),
                expand);
    }

    /** --translator, else run.translator of studio.yaml (checked here, so a problem names its line), else none. */
    private String translator(StudioEngine engine) {
        if (translator != null) {
            return translator;
        }
        java.util.Optional<String> stored = engine.settings().translator();
        stored.ifPresent(id -> engine.checkTranslator(id, engine.settings().locationOf(Setting.RUN_TRANSLATOR)
                .map(at -> at + " ").orElse("") + Setting.RUN_TRANSLATOR.key() + ":"));
        return stored.orElse(null);
    }

    /** --provider, else run.providers of studio.yaml (checked here, so a problem names its line), else local. */
    private List<String> providerChain(StudioEngine engine) {
        if (providers != null) {
            return providers;
        }
        List<String> stored = engine.settings().providers();
        if (stored.isEmpty()) {
            return List.of("local");
        }
        String where = engine.settings().locationOf(Setting.RUN_PROVIDERS).map(at -> at + " ").orElse("");
        engine.checkProviderChain(stored, where + Setting.RUN_PROVIDERS.key() + ":");
        return stored;
    }

    private BigDecimal budgetUsd() {
        if (budget == null) {
            return null;
        }
        try {
            BigDecimal amount = new BigDecimal(budget.strip());
            if (amount.signum() >= 0) {
                return amount;
            }
        } catch (NumberFormatException e) {
            // reported below with what is expected
        }
        throw new InvalidInputException("--budget " + budget + ": expected an amount in US dollars, 0 or more "
                + "(such as 5 or 0.50)");
    }

    /** Which locales' copy is not all the brief's own, and what a person still has to do about it. */
    private static void printCopy(java.io.PrintWriter out, RunSummary s) {
        if (s.copy() == null) {
            return;
        }
        List<String> locales = s.copy().byLocale().values().stream().filter(c -> !c.fromBrief())
                .map(c -> c.localeTag() + " " + c.origin().label()).toList();
        if (locales.isEmpty()) {
            return;
        }
        out.printf(Locale.ROOT, "  copy: %s (brief < memory < machine < source)%n", String.join(", ", locales));
        var counts = s.copy().textsByOrigin();
        if (counts.get(CopyOrigin.MACHINE) > 0) {
            out.printf(Locale.ROOT, "  %s awaiting approval: studio l10n approve BRIEF --locale TAG, or studio l10n "
                    + "export for a translator%n", Counts.of(counts.get(CopyOrigin.MACHINE), "machine-translated text"));
        }
        if (counts.get(CopyOrigin.SOURCE) > 0) {
            out.printf(Locale.ROOT, "  %s left untranslated (l10n.untranslated): run with --translator, or studio "
                    + "l10n export and import%n", Counts.of(counts.get(CopyOrigin.SOURCE), "text"));
        }
    }

    private static void printSummary(CliContext context, RunSummary s) {
        var out = context.out();
        out.printf(Locale.ROOT, "%s (%s)%n", s.campaignName(), s.campaign());
        out.printf(Locale.ROOT, "  %s%n", Counts.matrix(s.products(), s.ratios(), s.locales()));
        out.printf(Locale.ROOT, "  %d rendered, %d up to date%s%n", s.rendered(), s.upToDate(),
                s.removed() > 0 ? ", " + s.removed() + " stale removed" : "");
        out.printf(Locale.ROOT, "  heroes: %d from input assets, %d generated, %d from the generation cache%n",
                s.inputs(), s.generated(), s.cached());
        if (!s.generationSpent().isZero() || s.budgetStop() != null) {
            out.printf(Locale.ROOT, "  image generation: %s spent%n", s.generationSpent());
        }
        if (s.budgetStop() != null) {
            out.printf(Locale.ROOT, "  budget: paid generation stopped: %s; those heroes were drawn offline "
                    + "(budget.exceeded findings)%n", s.budgetStop().message());
        }
        if (!s.expansions().isEmpty()) {
            out.printf(Locale.ROOT, "  canvas extensions: %d drawn by a provider's generative expand, %d by the composer%s%n",
                    s.expansions().expanded(), s.expansions().composed(), s.expansions().reasons().isEmpty() ? ""
                            : " (" + String.join("; ", s.expansions().reasons()) + ")");
        }
        printCopy(out, s);
        out.printf(Locale.ROOT, "  finished in %.1f s%n", s.elapsedMs() / 1000.0);
        if (!s.layoutIssues().isEmpty()) {
            out.printf(Locale.ROOT, "  %s to look at (also in manifest.json, layoutIssues):%n",
                    Counts.of(s.layoutIssues().size(), "layout issue"));
            s.layoutIssues().stream().limit(MAX_ISSUES_SHOWN).forEach(i -> out.println("    " + i));
            if (s.layoutIssues().size() > MAX_ISSUES_SHOWN) {
                out.printf(Locale.ROOT, "    ... and %d more%n", s.layoutIssues().size() - MAX_ISSUES_SHOWN);
            }
        }
        out.printf(Locale.ROOT, "  compliance: %d pass, %d warn, %d fail (%s, %s)%n", s.tally().passed(),
                s.tally().warned(), s.tally().failed(), Counts.of(s.tally().errors(), "error"),
                Counts.of(s.tally().warnings(), "warning"));
        out.printf(Locale.ROOT, "Outputs:     %s%n", s.outDir());
        out.printf(Locale.ROOT, "Manifest:    %s%n", s.manifest());
        out.printf(Locale.ROOT, "Findings:    %s%n", s.compliance());
        out.printf(Locale.ROOT, "Proof sheet: %s%n", s.proofSheet());
    }
}
