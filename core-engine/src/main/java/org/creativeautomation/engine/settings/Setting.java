package org.creativeautomation.engine.settings;

import org.creativeautomation.engine.document.IdSyntax;
import org.creativeautomation.engine.document.NearestName;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Every setting studio.yaml can hold, by its dotted key ({@code providers.openai.apiKey}) and, for
 * provider settings, the name plugins read it by ({@code OPENAI_API_KEY}), which is also the
 * environment variable that takes precedence over it.
 */
public enum Setting {
    OPENAI_API_KEY("providers.openai.apiKey", "OPENAI_API_KEY", Kind.SECRET, "the OpenAI API key"),
    OPENAI_BASE_URL("providers.openai.baseUrl", "OPENAI_BASE_URL", Kind.URL,
            "another server that speaks OpenAI's API, ending in /v1"),
    OPENAI_MODEL("providers.openai.model", "OPENAI_IMAGE_MODEL", Kind.TEXT, "gpt-image-1 (default) or dall-e-3"),
    FIREFLY_CLIENT_ID("providers.firefly.clientId", "FIREFLY_CLIENT_ID", Kind.TEXT,
            "the Adobe Firefly Services client id"),
    FIREFLY_CLIENT_SECRET("providers.firefly.clientSecret", "FIREFLY_CLIENT_SECRET", Kind.SECRET,
            "the Adobe Firefly Services client secret"),
    ANTHROPIC_API_KEY("providers.anthropic.apiKey", "ANTHROPIC_API_KEY", Kind.SECRET, "the Anthropic API key"),
    SD_WEBUI_URL("providers.sdwebui.url", "SD_WEBUI_URL", Kind.URL, "a local AUTOMATIC1111 server"),
    COMFYUI_URL("providers.comfyui.url", "COMFYUI_URL", Kind.URL, "a local ComfyUI server"),
    RUN_PROVIDERS("run.providers", null, Kind.PROVIDER_LIST,
            "image providers in failover order when a run names none, e.g. [openai, local]"),
    RUN_FORMAT("run.format", null, Kind.FORMAT, "png or jpg, when a run names no --format"),
    RUN_MODERATION("run.moderation", null, Kind.TEXT,
            "the content moderator that judges every generated hero when a run names no --moderation, e.g. openai"),
    RUN_TRANSLATOR("run.translator", null, Kind.TEXT,
            "the text provider that translates copy the brief leaves out when a run names no --translator, "
                    + "e.g. openai or anthropic");

    /** What a setting's value is, which decides how it is checked, stored and shown. */
    public enum Kind {
        /** A credential: stored encrypted, never shown, never taken from the command line. */
        SECRET,
        TEXT,
        /** An absolute http or https URL. */
        URL,
        /** Provider ids, written as a YAML list; held as "a,b". */
        PROVIDER_LIST,
        /** An output format: png or jpg. */
        FORMAT
    }

    private final String key;
    private final String providerName;
    private final Kind kind;
    private final String meaning;

    Setting(String key, String providerName, Kind kind, String meaning) {
        this.key = key;
        this.providerName = providerName;
        this.kind = kind;
        this.meaning = meaning;
    }

    /** The dotted key, as studio.yaml nests it and {@code studio settings} names it. */
    public String key() {
        return key;
    }

    /** The name a plugin reads this setting by (and its environment variable); empty for run defaults. */
    public Optional<String> providerName() {
        return Optional.ofNullable(providerName);
    }

    public Kind kind() {
        return kind;
    }

    public boolean isSecret() {
        return kind == Kind.SECRET;
    }

    /** What the value is, for help and messages. */
    public String meaning() {
        return meaning;
    }

    List<String> path() {
        return List.of(key.split("\\."));
    }

    public static Optional<Setting> fromKey(String key) {
        return Arrays.stream(values()).filter(s -> s.key.equals(key)).findFirst();
    }

    /** The setting a key names, or a message saying it names none (with the nearest key when one is close). */
    public static Setting parse(String key) {
        return fromKey(key).orElseThrow(() -> new SettingsException("\"" + key + "\" is not a setting ("
                + NearestName.among(key, keys()).map(k -> "did you mean \"" + k + "\"?")
                .orElse("known settings: " + String.join(", ", keys())) + ")"));
    }

    public static List<String> keys() {
        return Arrays.stream(values()).map(Setting::key).toList();
    }

    /**
     * The value in the form it is held ({@code "openai,local"} for a list), or a problem worded for
     * the person who wrote it.
     */
    Checked check(String value) {
        String v = value.strip();
        if (v.isEmpty()) {
            return Checked.problem("the value is blank (" + meaning + ")");
        }
        return switch (kind) {
            case SECRET, TEXT -> v.contains("\n") || v.contains("\r")
                    ? Checked.problem("the value spans lines (expected one line: " + meaning + ")")
                    : Checked.ok(v);
            case URL -> url(v);
            case PROVIDER_LIST -> providers(List.of(v.split(",", -1)));
            case FORMAT -> format(v);
        };
    }

    /** A list value item by item, as studio.yaml writes it. */
    Checked checkList(List<String> items) {
        return providers(items);
    }

    private Checked url(String value) {
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
                return Checked.ok(value);
            }
        } catch (URISyntaxException e) {
            // Reported below, as every other shape that is not a URL.
        }
        return Checked.problem("\"" + value + "\" is not an http or https URL (" + meaning + ")");
    }

    private Checked providers(List<String> items) {
        if (items.isEmpty()) {
            return Checked.problem("no providers (" + meaning + ")");
        }
        List<String> ids = items.stream().map(String::strip).toList();
        for (String id : ids) {
            if (!IdSyntax.isValid(id)) {
                return Checked.problem("\"" + id + "\" is not a provider id (" + IdSyntax.RULE + ", e.g. openai)");
            }
        }
        if (ids.stream().distinct().count() < ids.size()) {
            return Checked.problem("a provider is listed twice (" + String.join(", ", ids) + ")");
        }
        return Checked.ok(String.join(",", ids));
    }

    private static Checked format(String value) {
        String f = value.toLowerCase(Locale.ROOT);
        if (f.equals("png") || f.equals("jpg")) {
            return Checked.ok(f);
        }
        if (f.equals("jpeg")) {
            return Checked.ok("jpg");
        }
        return Checked.problem("\"" + value + "\" is not an output format (expected png or jpg)");
    }

    /** A checked value, or why it cannot be used. */
    record Checked(String value, String problem) {
        static Checked ok(String value) {
            return new Checked(value, null);
        }

        static Checked problem(String problem) {
            return new Checked(null, problem);
        }

        boolean isOk() {
            return problem == null;
        }
    }
}
