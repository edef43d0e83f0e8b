package org.creativeautomation.studio.cli;

import org.creativeautomation.engine.settings.SecretCipher;
import org.creativeautomation.engine.settings.Setting;
import org.creativeautomation.engine.settings.SettingsStore;
import org.creativeautomation.engine.settings.StoredSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code studio settings show}: every setting in studio.yaml, secrets redacted. */
@Command(name = "show", mixinStandardHelpOptions = true,
        description = {"Prints the settings in studio.yaml, every secret as ********.",
                "A setting whose environment variable is set says that the variable is used.",
                "Values from the environment are never printed."})
final class ShowSettingsCommand implements Callable<Integer> {
    static final String REDACTED = "********";

    @ParentCommand
    SettingsCommand parent;

    @Mixin
    HomeOption home;

    @Override
    public Integer call() {
        CliContext context = parent.context();
        SettingsStore store = new SettingsStore(home.resolve(context.env()));
        StoredSettings stored = store.stored();
        List<String[]> rows = new ArrayList<>();
        for (Setting setting : Setting.values()) {
            Optional<StoredSettings.Stored> value = stored.get(setting);
            Optional<String> variable = setting.providerName().filter(name -> isSet(context.env(), name));
            if (value.isEmpty() && variable.isEmpty()) {
                continue;
            }
            List<String> notes = new ArrayList<>();
            String shown = value.map(v -> shown(setting, v, store, stored, notes)).orElse("-");
            variable.ifPresent(name -> notes.add(value.isPresent() ? name + " in the environment is used instead"
                    : "not set here; " + name + " in the environment is used"));
            rows.add(new String[]{setting.key(), shown, notes.isEmpty() ? "" : "(" + String.join("; ", notes) + ")"});
        }
        print(context.out(), store, rows);
        return StudioCli.OK;
    }

    private static String shown(Setting setting, StoredSettings.Stored value, SettingsStore store,
                                StoredSettings stored, List<String> notes) {
        if (!setting.isSecret()) {
            return setting.kind() == Setting.Kind.PROVIDER_LIST ? value.text().replace(",", ", ") : value.text();
        }
        if (store.decrypts(setting, stored).orElse(false)) {
            notes.add("encrypted");
        } else if (SecretCipher.isSealed(value.text())) {
            notes.add("encrypted, but does not decrypt with " + store.keyFile() + ": set it again");
        } else {
            notes.add("in plain text: set it again with studio settings set " + setting.key());
        }
        return REDACTED;
    }

    private static void print(PrintWriter out, SettingsStore store, List<String[]> rows) {
        if (rows.isEmpty()) {
            out.println("No settings in " + store.file() + " (store one with: studio settings set KEY [VALUE]).");
            return;
        }
        out.println("Settings in " + store.file() + ":");
        int keyWidth = rows.stream().mapToInt(r -> r[0].length()).max().orElse(0);
        int valueWidth = rows.stream().mapToInt(r -> r[1].length()).max().orElse(0);
        for (String[] row : rows) {
            out.println(String.format(Locale.ROOT, "  %-" + keyWidth + "s  %-" + valueWidth + "s  %s", row[0], row[1],
                    row[2]).stripTrailing());
        }
    }

    private static boolean isSet(Map<String, String> env, String name) {
        String value = env.get(name);
        return value != null && !value.isBlank();
    }
}
