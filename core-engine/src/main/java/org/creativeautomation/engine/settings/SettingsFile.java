package org.creativeautomation.engine.settings;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import org.creativeautomation.engine.document.DocNode;
import org.creativeautomation.engine.document.DocumentReader;
import org.creativeautomation.engine.document.FieldPath;
import org.creativeautomation.engine.document.FieldReader;
import org.creativeautomation.engine.document.InvalidDocumentException;
import org.creativeautomation.engine.document.MapFields;
import org.creativeautomation.engine.document.Problems;
import org.creativeautomation.engine.store.AtomicFiles;

import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads and writes studio.yaml. Settings nest by their dotted keys:
 * <pre>
 * providers:
 *   openai:
 *     apiKey: enc:v1:...
 *     baseUrl: https://api.openai.com/v1
 * run:
 *   providers: [openai, local]
 * </pre>
 * Every problem is reported with its line, column and key, like a brief or a kit; unknown keys get
 * the nearest known one. Writes are atomic and readable by the owner only.
 */
public final class SettingsFile {
    private static final String HEADER = """
            # Creative Automation Studio settings. Change them with `studio settings set KEY`, list them with
            # `studio settings show`. Secrets are stored encrypted with the key in studio.key beside this file.
            # Environment variables (e.g. OPENAI_API_KEY) take precedence over the values here.
            """;
    private static final YAMLMapper YAML = YAMLMapper.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
            .build();

    private final Path file;
    private final DocumentReader reader = new DocumentReader();

    public SettingsFile(Path file) {
        this.file = file;
    }

    public Path file() {
        return file;
    }

    /**
     * The settings as written; none when the file does not exist or holds only comments.
     *
     * @throws SettingsException listing every problem, when the file cannot be used
     */
    public StoredSettings read() {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return StoredSettings.empty(file);
        } catch (MalformedInputException e) {
            throw new SettingsException(file + ": not UTF-8 text");
        } catch (IOException e) {
            throw new SettingsException(file + ": cannot read (" + e.getMessage() + ")");
        }
        if (text.lines().allMatch(line -> line.isBlank() || line.strip().startsWith("#"))) {
            return StoredSettings.empty(file);
        }
        Problems problems = new Problems();
        DocNode root;
        try {
            root = reader.parse(file, text.startsWith("\uFEFF") ? text.substring(1) : text,
                    DocumentReader.Format.YAML, problems);
        } catch (InvalidDocumentException e) {
            throw new SettingsException(e.problems());
        }
        FieldReader fields = new FieldReader(problems);
        Map<Setting, StoredSettings.Stored> values = new EnumMap<>(Setting.class);
        readLevel(fields, root, FieldPath.ROOT, List.of(), values);
        problems.throwIfAny(SettingsException::new);
        return new StoredSettings(file, values);
    }

    /** Writes the settings atomically, owner-only, replacing the file. */
    public void write(StoredSettings settings) {
        try {
            AtomicFiles.write(file, toYaml(settings).getBytes(StandardCharsets.UTF_8), SettingsKeyFile.OWNER_ONLY);
        } catch (IOException e) {
            throw new SettingsException(file + ": cannot write (" + e.getMessage() + ")");
        }
    }

    /** The file's text for these settings, in the order {@link Setting} lists them. */
    static String toYaml(StoredSettings settings) {
        Map<String, Object> tree = new LinkedHashMap<>();
        for (Setting setting : Setting.values()) {
            Optional<StoredSettings.Stored> stored = settings.get(setting);
            if (stored.isEmpty()) {
                continue;
            }
            List<String> path = setting.path();
            Map<String, Object> level = tree;
            for (String segment : path.subList(0, path.size() - 1)) {
                @SuppressWarnings("unchecked")
                Map<String, Object> next = (Map<String, Object>) level.computeIfAbsent(segment,
                        k -> new LinkedHashMap<String, Object>());
                level = next;
            }
            String text = stored.get().text();
            level.put(path.get(path.size() - 1),
                    setting.kind() == Setting.Kind.PROVIDER_LIST ? List.of(text.split(",")) : text);
        }
        if (tree.isEmpty()) {
            return HEADER;
        }
        try {
            return HEADER + YAML.writeValueAsString(tree);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("settings cannot be written as YAML", e);
        }
    }

    /** Reads one map of the tree; its known keys are the next segments of the settings below {@code prefix}. */
    private void readLevel(FieldReader reader, DocNode node, FieldPath path, List<String> prefix,
                           Map<Setting, StoredSettings.Stored> values) {
        List<String> known = new ArrayList<>();
        for (Setting setting : Setting.values()) {
            List<String> p = setting.path();
            if (p.size() > prefix.size() && p.subList(0, prefix.size()).equals(prefix)
                    && !known.contains(p.get(prefix.size()))) {
                known.add(p.get(prefix.size()));
            }
        }
        Optional<MapFields> map = reader.fields(node, path, known);
        if (map.isEmpty()) {
            return;
        }
        for (String key : known) {
            Optional<DocNode> value = map.get().optional(key);
            if (value.isEmpty()) {
                continue;
            }
            List<String> childPrefix = new ArrayList<>(prefix);
            childPrefix.add(key);
            Optional<Setting> leaf = Setting.fromKey(String.join(".", childPrefix));
            if (leaf.isPresent()) {
                readValue(reader, leaf.get(), value.get(), map.get().path(key), values);
            } else {
                readLevel(reader, value.get(), map.get().path(key), childPrefix, values);
            }
        }
    }

    private static void readValue(FieldReader reader, Setting setting, DocNode node, FieldPath path,
                                  Map<Setting, StoredSettings.Stored> values) {
        Setting.Checked checked;
        if (setting.kind() == Setting.Kind.PROVIDER_LIST) {
            Optional<List<DocNode>> items = reader.list(node, path);
            if (items.isEmpty()) {
                return;
            }
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < items.get().size(); i++) {
                Optional<String> id = reader.text(items.get().get(i), path.index(i), "a provider id, e.g. openai");
                if (id.isEmpty()) {
                    return;
                }
                ids.add(id.get());
            }
            checked = setting.checkList(ids);
        } else {
            Optional<String> text = reader.string(node, path);
            if (text.isEmpty()) {
                return;
            }
            // A sealed secret is checked when it is decrypted; its ciphertext says nothing here.
            checked = setting.isSecret() && SecretCipher.isSealed(text.get().strip())
                    ? Setting.Checked.ok(text.get().strip()) : setting.check(text.get());
        }
        if (!checked.isOk()) {
            reader.report(node, path, checked.problem());
            return;
        }
        values.put(setting, new StoredSettings.Stored(checked.value(), node.location()));
    }
}
