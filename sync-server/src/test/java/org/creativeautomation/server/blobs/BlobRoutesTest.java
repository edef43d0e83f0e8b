package org.creativeautomation.server.blobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.creativeautomation.engine.store.Sha256;
import org.creativeautomation.server.Reply;
import org.creativeautomation.server.TestServer;
import org.creativeautomation.server.auth.Role;
import org.creativeautomation.server.http.Limits;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BlobRoutesTest {
    @TempDir
    Path dir;
    TestServer t;
    String token;

    @BeforeEach
    void start() {
        t = TestServer.start(dir, new Limits(64 * 1024, 256 * 1024, 10_000, 500, 1000));
        token = t.token("acme", "dana", Role.DESIGNER);
    }

    @AfterEach
    void stop() {
        t.close();
    }

    private static byte[] randomBytes(int size, long seed) {
        byte[] bytes = new byte[size];
        new Random(seed).nextBytes(bytes);
        return bytes;
    }

    @Test
    void uploadsOnceThenDownloadsTheSameBytes() {
        byte[] bytes = randomBytes(200_000, 1);
        String hash = Sha256.hex(bytes);

        Reply created = t.putBytes("/v1/blobs/" + hash, token, bytes);
        Reply again = t.putBytes("/v1/blobs/" + hash, token, bytes);
        Reply download = t.get("/v1/blobs/" + hash, token);

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.json().get("created").asBoolean()).isTrue();
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().get("created").asBoolean()).isFalse();
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(bytes);
        assertThat(download.headers().firstValue("Content-Type")).hasValue("application/octet-stream");
        assertThat(t.rows("SELECT sha256, size FROM team_blobs")).containsExactly(List.of(hash, "200000"));
        assertThat(t.server.metrics().blobBytes.value("in")).isEqualTo(200_000);
        assertThat(t.server.metrics().blobBytes.value("out")).isEqualTo(200_000);
    }

    @Test
    void aBodyThatDoesNotHashToThePathIsRefusedAndNothingIsStored() throws Exception {
        byte[] bytes = "the real bytes".getBytes(StandardCharsets.UTF_8);
        String claimed = Sha256.hex("other bytes".getBytes(StandardCharsets.UTF_8));

        Reply reply = t.putBytes("/v1/blobs/" + claimed, token, bytes);

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().get("field").asText()).isEqualTo("sha256");
        assertThat(reply.json().get("error").asText()).contains(Sha256.hex(bytes));
        assertThat(t.blobs.contains(claimed)).isFalse();
        assertThat(t.blobs.contains(Sha256.hex(bytes))).isFalse();
        assertThat(t.rows("SELECT COUNT(*) FROM team_blobs")).containsExactly(List.of("0"));
        assertThat(t.get("/v1/blobs/" + claimed, token).status()).isEqualTo(404);
        try (var spool = Files.list(dir.resolve("spool"))) {
            assertThat(spool).isEmpty();
        }
    }

    @Test
    void onlyALowercaseSha256NamesABlob() throws Exception {
        String upper = Sha256.hex(new byte[] {1}).toUpperCase();
        for (String path : List.of("/v1/blobs/" + upper, "/v1/blobs/abc", "/v1/blobs/..%2F..%2Fserver.db",
                "/v1/blobs/" + "g".repeat(64))) {
            Reply get = t.get(path, token);
            Reply put = t.putBytes(path, token, new byte[] {1});
            assertThat(get.status()).as(path).isIn(400, 404);
            assertThat(put.status()).as(path).isIn(400, 404);
            assertThat(get.status()).as(path).isNotEqualTo(500);
        }
        Reply bad = t.get("/v1/blobs/" + upper, token);
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("field").asText()).isEqualTo("sha256");
    }

    @Test
    void aBlobOverTheLimitIs413AndNothingIsStored() throws Exception {
        byte[] bytes = randomBytes(256 * 1024 + 1, 2);
        String hash = Sha256.hex(bytes);

        Reply declared = t.putBytes("/v1/blobs/" + hash, token, bytes);
        Reply streamed = t.send(t.request("/v1/blobs/" + hash, token).PUT(HttpRequest.BodyPublishers.ofInputStream(
                () -> new java.io.ByteArrayInputStream(bytes))));

        assertThat(declared.status()).isEqualTo(413);
        assertThat(streamed.status()).isEqualTo(413);
        assertThat(t.blobs.contains(hash)).isFalse();
    }

    @Test
    void missingListsTheHashesTheTeamDoesNotHoldInTheOrderAsked() {
        byte[] held = "held".getBytes(StandardCharsets.UTF_8);
        t.putBytes("/v1/blobs/" + Sha256.hex(held), token, held);
        String a = Sha256.hex("a".getBytes(StandardCharsets.UTF_8));
        String b = Sha256.hex("b".getBytes(StandardCharsets.UTF_8));

        Reply reply = t.postJson("/v1/blobs/missing", token, Map.of("hashes", List.of(b, Sha256.hex(held), a, b)));

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().get("missing")).extracting(n -> n.asText()).containsExactly(b, a);
    }

    @Test
    void missingNamesTheBadHash() {
        Reply reply = t.postJson("/v1/blobs/missing", token, Map.of("hashes", List.of("a".repeat(64), "nope")));

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().get("field").asText()).isEqualTo("hashes[1]");
        assertThat(t.postJson("/v1/blobs/missing", token, Map.of()).json().get("field").asText()).isEqualTo("hashes");
        assertThat(t.postJson("/v1/blobs/missing", token, Map.of("hashes", "x")).json().get("field").asText()).isEqualTo("hashes");
    }
}
