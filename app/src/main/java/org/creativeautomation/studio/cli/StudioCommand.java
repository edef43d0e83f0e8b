package org.creativeautomation.studio.cli;

import org.creativeautomation.studio.StudioInstall;
import picocli.CommandLine.Command;

/** The root command; without a subcommand the launcher opens the studio window instead. */
@Command(name = "studio",
        mixinStandardHelpOptions = true,
        versionProvider = StudioCommand.Version.class,
        description = {
                "Creative Automation Studio turns a campaign brief into brand-safe ad creatives.",
                "It renders every product, aspect ratio and locale of the brief, offline.",
                "",
                "Run without a command, or with only --home DIR, to open the studio window."},
        subcommands = {RunCommand.class, ValidateCommand.class, CheckCommand.class, ReportCommand.class, KitsCommand.class,
                CostsCommand.class, SettingsCommand.class, L10nCommand.class, picocli.CommandLine.HelpCommand.class},
        footer = {"", "Examples:",
                "  studio run examples/summer-splash/brief.yaml",
                "  studio run brief.yaml --format jpg --out /tmp/creatives",
                "  studio run brief.yaml --provider openai,local --budget 5 --dry-run",
                "  studio validate brief.yaml",
                "  studio costs --campaign summer-splash-2026",
                "  studio run brief.yaml --translator openai",
                "  studio l10n export brief.yaml --out xliff/",
                "  studio settings set providers.openai.apiKey < key.txt",
                "",
                "Exit codes: 0 success, 1 internal error, 2 bad input (brief, kit, image or option,",
                "or copy that fails the legal checks before a paid run),",
                "3 error findings with --strict."})
public final class StudioCommand implements Runnable {
    final CliContext context;

    public StudioCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public void run() {
        new picocli.CommandLine(this).usage(context.out());
    }

    static final class Version implements picocli.CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[]{"Creative Automation Studio " + StudioInstall.version()};
        }
    }
}
