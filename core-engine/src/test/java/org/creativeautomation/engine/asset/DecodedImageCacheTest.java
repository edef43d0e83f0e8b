package org.creativeautomation.engine.asset;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class DecodedImageCacheTest {
    @TempDir
    Path temp;

    private static DecodedImage image() {
        return new DecodedImage(new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB), ImageFormat.PNG, 4, 4, 1, "sRGB");
    }

    @Test
    void theSameKeyIsDecodedOnceEvenWhenTwoThreadsAskAtOnce() throws Exception {
        DecodedImageCache cache = new DecodedImageCache(4);
        AtomicInteger decodes = new AtomicInteger();
        CountDownLatch both = new CountDownLatch(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<DecodedImage> a = pool.submit(() -> {
                both.countDown();
                both.await();
                return cache.get("k", () -> {
                    decodes.incrementAndGet();
                    return image();
                });
            });
            Future<DecodedImage> b = pool.submit(() -> {
                both.countDown();
                both.await();
                return cache.get("k", () -> {
                    decodes.incrementAndGet();
                    return image();
                });
            });
            assertThat(a.get()).isSameAs(b.get());
        } finally {
            pool.shutdownNow();
        }
        assertThat(decodes).hasValue(1);
    }

    @Test
    void anImageHeldUnderItsFileCanBeFoundUnderItsHashOnceLinked() {
        DecodedImageCache cache = new DecodedImageCache(4);
        DecodedImage decoded = cache.get("file:x", DecodedImageCacheTest::image);

        cache.put("sha", cache.find("file:x").orElseThrow());

        assertThat(cache.find("sha")).containsSame(decoded);
    }

    @Test
    void onlyTheMostRecentlyUsedImagesAreKept() {
        DecodedImageCache cache = new DecodedImageCache(2);
        cache.get("a", DecodedImageCacheTest::image);
        cache.get("b", DecodedImageCacheTest::image);
        cache.get("a", DecodedImageCacheTest::image);
        cache.get("c", DecodedImageCacheTest::image);

        assertThat(cache.find("a")).isPresent();
        assertThat(cache.find("b")).isEmpty();
        assertThat(DecodedImageCache.none().get("a", DecodedImageCacheTest::image)).isNotNull();
    }

    @Test
    void aFileKeyChangesWhenTheFileIsRewritten() throws IOException {
        Path file = temp.resolve("hero.png");
        Files.write(file, new byte[] {1, 2, 3});
        String before = DecodedImageCache.fileKey(file);
        Files.write(file, new byte[] {1, 2, 3, 4});

        assertThat(DecodedImageCache.fileKey(file)).isNotEqualTo(before).startsWith("file:");
    }
}
