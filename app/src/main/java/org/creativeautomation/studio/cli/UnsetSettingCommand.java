package org.creativeautomation.studio.cli;

import org.creativeautomation.engine.settings.Setting;
import org.creativeautomation.engine.settings.SettingsStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import java.util.concurrent.Callable;

/** {@code studio settings unset KEY}: removes one setting from studio.yaml. */
@Command(name = "unset", mixinStandardHelpOptions = true,
        description = {"Removes one setting from studio.yaml.",
                "The setting falls back to its environment variable, if set, else to its default."})
final class UnsetSettingCommand implements Callable<Integer> {
    @ParentCommand
    SettingsCommand parent;

    @Mixin
    HomeOption home;

    @Parameters(index = "0", paramLabel = "KEY", completionCandidates = SettingsCommand.Keys.class,
            description = "The setting, one of: ${COMPLETION-CANDIDATES}.")
    String key;

    @Override
    public Integer call() {
        CliContext context = parent.context();
        Setting setting = Setting.parse(key);
        SettingsStore store = new SettingsStore(home.resolve(context.env()));
        if (store.unset(setting)) {
            context.out().println("Removed " + setting.key() + " from " + store.file() + ".");
        } else {
            context.out().println(setting.key() + " was not set in " + store.file() + ".");
        }
        return StudioCli.OK;
    }
}
