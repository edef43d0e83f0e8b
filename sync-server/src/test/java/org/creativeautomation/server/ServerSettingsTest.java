package org.creativeautomation.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.creativeautomation.server.store.Dialect;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServerSettingsTest {
    @TempDir
    Path dir;

    @Test
    void byDefaultEverythingLivesUnderTheDataFolder() {
        ServerSettings settings = ServerSettings.load(dir, null, Map.of(), null, -1);

        assertThat(settings.database().url()).isEqualTo("jdbc:sqlite:" + dir.resolve("server.db"));
        assertThat(settings.database().dialect()).isEqualTo(Dialect.SQLITE);
        assertThat(settings.blobs().usesS3()).isFalse();
        assertThat(settings.blobs().folder()).isEqualTo(dir.resolve("blobs"));
        assertThat(settings.oidc()).isNull();
        assertThat(settings.port()).isEqualTo(8787);
    }

    @Test
    void theSettingsFileSwitchesToPostgresqlAndS3AndTheEnvironmentOverridesIt() throws Exception {
        Files.writeString(dir.resolve("server.properties"), String.join("\n",
                "db.url=jdbc:postgresql://db.internal:5432/studio",
                "db.user=studio",
                "db.password=from-file",
                "s3.endpoint=http://minio.internal:9000",
                "s3.bucket=studio-blobs",
                "s3.accessKey=AKIA",
                "limits.requestsPerMinute=60",
                "oidc.issuer=https://login.example/",
                "oidc.audience=studio",
                "oidc.jwksUrl=https://login.example/jwks"));

        ServerSettings settings = ServerSettings.load(dir, null,
                Map.of("STUDIO_SERVER_DB_PASSWORD", "from-env", "STUDIO_SERVER_S3_SECRET_KEY", "s3-secret"), null, 9000);

        assertThat(settings.database().dialect()).isEqualTo(Dialect.POSTGRESQL);
        assertThat(settings.database().password()).isEqualTo("from-env");
        assertThat(settings.database().toString()).doesNotContain("from-env");
        assertThat(settings.blobs().s3().secretKey()).isEqualTo("s3-secret");
        assertThat(settings.blobs().s3().pathStyle()).isTrue();
        assertThat(settings.blobs().s3().region()).isEqualTo("us-east-1");
        assertThat(settings.blobs().s3().toString()).doesNotContain("s3-secret");
        assertThat(settings.limits().requestsPerMinute()).isEqualTo(60);
        assertThat(settings.oidc().teamClaim()).isEqualTo("team");
        assertThat(settings.port()).isEqualTo(9000);
    }

    @Test
    void environmentNamesFollowTheKeys() {
        assertThat(ServerSettings.envName("s3.secretKey")).isEqualTo("STUDIO_SERVER_S3_SECRET_KEY");
        assertThat(ServerSettings.envName("db.url")).isEqualTo("STUDIO_SERVER_DB_URL");
    }

    @Test
    void aBadSettingIsNamed() throws Exception {
        Files.writeString(dir.resolve("server.properties"), "limits.blobBytes=lots\n");

        assertThatThrownBy(() -> ServerSettings.load(dir, null, Map.of(), null, -1))
                .hasMessageContaining("limits.blobBytes");
        Files.delete(dir.resolve("server.properties"));
        assertThatThrownBy(() -> ServerSettings.load(dir, null, Map.of("STUDIO_SERVER_DB_URL", "jdbc:mysql://x"), null, -1))
                .hasMessageContaining("db.url");
    }
}
