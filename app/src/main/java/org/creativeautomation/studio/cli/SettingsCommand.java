package org.creativeautomation.studio.cli;

import org.creativeautomation.engine.settings.Setting;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

import java.util.Iterator;

/** {@code studio settings}: shows and changes studio.yaml. */
@Command(name = "settings", mixinStandardHelpOptions = true,
        description = {"Shows and changes the studio's settings in studio.yaml.",
                "studio.yaml, in the studio home, holds provider settings and run defaults.",
                "Secrets are stored encrypted with the key in studio.key beside it, which",
                "only its owner may read. A command-line option wins over an environment",
                "variable (e.g. OPENAI_API_KEY), which wins over studio.yaml."},
        subcommands = {ShowSettingsCommand.class, SetSettingCommand.class, UnsetSettingCommand.class},
        footer = {"", "Examples:",
                "  studio settings set providers.openai.apiKey < key.txt",
                "  printenv OPENAI_API_KEY | studio settings set providers.openai.apiKey",
                "  studio settings set run.providers openai,local",
                "  studio settings show",
                "  studio settings unset providers.openai.baseUrl"})
final class SettingsCommand implements Runnable {
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

    /** Every setting's key, for the help of the commands that take one. */
    static final class Keys implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Setting.keys().iterator();
        }
    }
}
