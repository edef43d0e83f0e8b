package org.creativeautomation.studio.cli;

import org.creativeautomation.engine.document.InvalidInputException;
import org.creativeautomation.engine.settings.Setting;
import org.creativeautomation.engine.settings.SettingsStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import java.util.concurrent.Callable;

/** {@code studio settings set KEY [VALUE]}: stores one setting, secrets encrypted. */
@Command(name = "set", mixinStandardHelpOptions = true,
        description = {"Stores one setting in studio.yaml.",
                "A secret (an API key or client secret) is read from standard input or typed",
                "at a hidden prompt, never taken from the command line, and stored encrypted.",
                "Other values may be given as VALUE, or on standard input."})
final class SetSettingCommand implements Callable<Integer> {
    @ParentCommand
    SettingsCommand parent;

    @Mixin
    HomeOption home;

    @Parameters(index = "0", paramLabel = "KEY", completionCandidates = SettingsCommand.Keys.class,
            description = "The setting, one of: ${COMPLETION-CANDIDATES}.")
    String key;

    @Parameters(index = "1", arity = "0..1", paramLabel = "VALUE",
            description = "The value of a setting that is not a secret; read from standard input when left out."
                    + " A list such as run.providers is written openai,local.")
    String value;

    @Override
    public Integer call() {
        CliContext context = parent.context();
        Setting setting = Setting.parse(key);
        if (setting.isSecret() && value != null) {
            throw new InvalidInputException("studio settings set " + key + ": a secret is read from standard input"
                    + " or a hidden prompt, never from the command line, where shell history and process lists"
                    + " would keep it (e.g. studio settings set " + key + " < key.txt)");
        }
        String given = value != null ? value : new SettingValueInput(context).read(setting);
        SettingsStore store = new SettingsStore(home.resolve(context.env()));
        store.set(setting, given);
        if (setting.isSecret()) {
            context.out().println("Stored " + setting.key() + ", encrypted, in " + store.file() + ".");
        } else {
            context.out().println("Set " + setting.key() + " in " + store.file() + ".");
        }
        return StudioCli.OK;
    }
}
