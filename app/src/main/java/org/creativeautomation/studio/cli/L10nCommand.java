package org.creativeautomation.studio.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code studio l10n}: a campaign's translations, between the studio, its translation memory and translators. */
@Command(name = "l10n", mixinStandardHelpOptions = true,
        description = {"Translations of a campaign's copy.",
                "A brief may leave locales out of its message, cta or disclaimer: a run takes",
                "their text from the translation memory (studio.db), else from --translator,",
                "else keeps the source text with an l10n.untranslated finding.",
                "Machine text stays marked until approved; approved and imported translations",
                "enter the memory and are used by the next run (copy origin: memory)."},
        subcommands = {L10nStatusCommand.class, L10nApproveCommand.class, L10nExportCommand.class,
                L10nImportCommand.class},
        footer = {"", "Examples:",
                "  studio l10n status brief.yaml",
                "  studio l10n approve brief.yaml --locale de-DE --locale ja-JP",
                "  studio l10n export brief.yaml --out xliff/",
                "  studio l10n import brief.yaml xliff/de-DE.xlf xliff/ja-JP.xlf"})
final class L10nCommand implements Runnable {
    @ParentCommand
    StudioCommand root;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(root.context.out());
    }

    CliContext context() {
        return root.context;
    }
}
