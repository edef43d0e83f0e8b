package org.creativeautomation.server.blobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.creativeautomation.engine.store.Sha256;
import org.creativeautomation.server.Reply;
import org.creativeautomation.server.TestServer;
import org.creativeautomation.server.auth.Role;
import org.creativeautomation.server.http.Limits;
import org.creativeautomation.server.store.Database;
import org.creativeautomation.server.store.DatabaseSettings;
import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.auth.AuthenticationType;
import org.gaul.s3proxy.nio2blob.TransientNio2BlobStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/** Blobs in a real S3 protocol endpoint: S3Proxy in this process, with path-style addressing and keys. */
class S3BlobStorageTest {
    private static final String ACCESS = "studio-access";
    private static final String SECRET = "studio-secret-key";
    private static final String BUCKET = "studio-blobs";

    @TempDir
    Path dir;
    S3Proxy proxy;
    S3Settings settings;
    S3BlobStorage storage;

    @BeforeEach
    void start() throws Exception {
        proxy = S3Proxy.builder().blobStore(new TransientNio2BlobStore())
                .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, ACCESS, SECRET)
                .endpoint(URI.create("http://127.0.0.1:0")).build();
        proxy.start();
        String endpoint = "http://127.0.0.1:" + proxy.getPort();
        try (S3Client admin = S3Client.builder().httpClientBuilder(UrlConnectionHttpClient.builder())
                .endpointOverride(URI.create(endpoint)).forcePathStyle(true).region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(ACCESS, SECRET)))
                .build()) {
            admin.createBucket(b -> b.bucket(BUCKET));
        }
        settings = new S3Settings(endpoint, BUCKET, "us-east-1", ACCESS, SECRET, true, "blobs/");
        storage = new S3BlobStorage(settings);
    }

    @AfterEach
    void stop() throws Exception {
        storage.close();
        proxy.stop();
    }

    private Path file(byte[] bytes) throws Exception {
        Path file = Files.createTempFile(dir, "blob", ".bin");
        Files.write(file, bytes);
        return file;
    }

    @Test
    void storesAndReadsABlobByItsHash() throws Exception {
        byte[] bytes = new byte[300_000];
        new Random(7).nextBytes(bytes);
        String hash = Sha256.hex(bytes);
        assertThat(storage.contains(hash)).isFalse();
        assertThat(storage.open(hash)).isEmpty();

        storage.put(hash, file(bytes), bytes.length);
        storage.put(hash, file(bytes), bytes.length);

        assertThat(storage.contains(hash)).isTrue();
        BlobStorage.StoredBlob blob = storage.open(hash).orElseThrow();
        try (InputStream in = blob.content()) {
            assertThat(blob.size()).isEqualTo(bytes.length);
            assertThat(in.readAllBytes()).isEqualTo(bytes);
        }
    }

    @Test
    void theServerKeepsUploadedBlobsInTheBucket() throws Exception {
        Database database = Database.open(new DatabaseSettings("jdbc:sqlite:" + dir.resolve("server.db"), null, null, 2));
        try (TestServer t = TestServer.start(dir, Limits.DEFAULTS, new org.creativeautomation.server.MutableClock(
                TestServer.START), database, storage, List.of())) {
            String token = t.token("acme", "dana", Role.DESIGNER);
            byte[] bytes = "a hero image, say".getBytes();
            String hash = Sha256.hex(bytes);

            Reply put = t.putBytes("/v1/blobs/" + hash, token, bytes);
            Reply wrong = t.putBytes("/v1/blobs/" + Sha256.hex(new byte[] {9}), token, bytes);
            Reply get = t.get("/v1/blobs/" + hash, token);

            assertThat(put.status()).isEqualTo(201);
            assertThat(wrong.status()).isEqualTo(400);
            assertThat(storage.contains(Sha256.hex(new byte[] {9}))).isFalse();
            assertThat(get.status()).isEqualTo(200);
            assertThat(get.body()).isEqualTo(bytes);
            assertThat(Files.exists(dir.resolve("blobs"))).isFalse();
        }
    }
}
