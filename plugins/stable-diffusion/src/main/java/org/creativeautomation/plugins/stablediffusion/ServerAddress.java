package org.creativeautomation.plugins.stablediffusion;

import okhttp3.HttpUrl;
import org.creativeautomation.engine.spi.ProviderSettings;

import java.util.Objects;
import java.util.Optional;

/**
 * Where a local server listens, read from one URL setting. The setting's name travels with the
 * URL so every failure can tell the user which value to check.
 *
 * @param setting the setting the URL came from, e.g. {@code SD_WEBUI_URL}
 * @param url     the server's base URL; may carry a path prefix when the server sits behind a proxy
 */
public record ServerAddress(String setting, HttpUrl url) {

    public ServerAddress {
        Objects.requireNonNull(setting, "setting");
        Objects.requireNonNull(url, "url");
    }

    /**
     * The address in the named setting, or empty when it is not set.
     *
     * @throws IllegalArgumentException when the value is not an http(s) URL or carries credentials
     */
    public static Optional<ServerAddress> from(ProviderSettings settings, String setting, String example) {
        Optional<String> value = settings.get(setting);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        HttpUrl url = HttpUrl.parse(value.get().trim());
        if (url == null) {
            // The value itself is left out: a mistyped URL may still hold a password.
            throw new IllegalArgumentException(setting + " must be an http:// or https:// URL such as " + example);
        }
        if (!url.username().isEmpty() || !url.password().isEmpty()) {
            throw new IllegalArgumentException(setting + " must not carry a user name or password;"
                    + " give the server's credentials in their own setting");
        }
        return Optional.of(new ServerAddress(setting, url));
    }

    /** The URL of an endpoint below the base, e.g. {@code sdapi/v1/txt2img}. */
    public HttpUrl endpoint(String path) {
        return url.newBuilder().addPathSegments(path).build();
    }

    /** The base URL as written in messages: scheme, host, port and path prefix. */
    public String display() {
        String path = url.encodedPath();
        String shown = url.scheme() + "://" + url.host() + ":" + url.port() + path;
        return shown.endsWith("/") ? shown.substring(0, shown.length() - 1) : shown;
    }

    @Override
    public String toString() {
        return display();
    }
}
