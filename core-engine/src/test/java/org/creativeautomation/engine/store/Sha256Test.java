package org.creativeautomation.engine.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Sha256Test {
    @Test
    void hashesBytesAsLowercaseHex() {
        assertThat(Sha256.hex("abc".getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void hashesAFileLikeItsBytes(@TempDir Path dir) throws Exception {
        byte[] content = new byte[200_000];
        content[123_456] = 7;
        Path file = Files.write(dir.resolve("f.bin"), content);

        assertThat(Sha256.hex(file)).isEqualTo(Sha256.hex(content));
    }

    @Test
    void keysOfPartsDoNotDependOnWhereOnePartEndsAndTheNextBegins() {
        assertThat(Sha256.hexOf("ab", "c")).isNotEqualTo(Sha256.hexOf("a", "bc"));
        assertThat(Sha256.hexOf("abc")).isNotEqualTo(Sha256.hexOf("ab", "c"));
        assertThat(Sha256.hexOf("", "x")).isNotEqualTo(Sha256.hexOf("x"));
        assertThat(Sha256.hexOf((String) null)).isNotEqualTo(Sha256.hexOf(""));
        assertThat(Sha256.hexOf("ab", "c")).isEqualTo(Sha256.hexOf("ab", "c"));
        assertThat(Sha256.isHex(Sha256.hexOf("é", "ü"))).isTrue();
    }

    @Test
    void recognisesOnlyLowercaseHexDigests() {
        String sha = Sha256.hex(new byte[0]);

        assertThat(Sha256.isHex(sha)).isTrue();
        assertThat(Sha256.isHex(sha.toUpperCase())).isFalse();
        assertThat(Sha256.isHex(sha.substring(1))).isFalse();
        assertThat(Sha256.isHex(null)).isFalse();
        assertThatThrownBy(() -> Sha256.requireHex("xyz")).isInstanceOf(IllegalArgumentException.class);
    }
}
