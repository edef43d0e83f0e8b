package org.creativeautomation.plugins.firefly;

import org.creativeautomation.engine.spi.ImageSize;

import java.util.Comparator;
import java.util.List;

/**
 * The output sizes Firefly's generate endpoint accepts, per model.
 * <p>Image Model 3: the table in Adobe's Firefly OpenAPI description ({@code Size} of
 * {@code GenerateImagesRequest}, firefly-services-sdk-js, 2024-06). Image Model 4 (standard and
 * ultra): the four large sizes of that table plus 9:16 1440x2560, as integrations document it;
 * the smaller Image 3 sizes are not offered for Image 4.
 */
final class FireflySizes {
    private static final List<ImageSize> IMAGE_3 = List.of(
            new ImageSize(2048, 2048), new ImageSize(2304, 1792), new ImageSize(1792, 2304),
            new ImageSize(2688, 1536), new ImageSize(1344, 768), new ImageSize(1152, 896),
            new ImageSize(896, 1152), new ImageSize(1024, 1024));
    private static final List<ImageSize> IMAGE_4 = List.of(
            new ImageSize(2048, 2048), new ImageSize(2304, 1792), new ImageSize(1792, 2304),
            new ImageSize(2688, 1536), new ImageSize(1440, 2560));

    private final List<ImageSize> sizes;

    private FireflySizes(List<ImageSize> sizes) {
        this.sizes = sizes;
    }

    static FireflySizes of(FireflyModel model) {
        return new FireflySizes(model == FireflyModel.IMAGE_3 ? IMAGE_3 : IMAGE_4);
    }

    List<ImageSize> all() {
        return sizes;
    }

    /**
     * The supported size nearest in shape to the request, then nearest in pixel count: the
     * composer crops and scales the hero anyway, so a matching aspect ratio matters most.
     */
    ImageSize closestTo(int width, int height) {
        double wantedShape = Math.log((double) width / height);
        double wantedArea = Math.log((double) width * height);
        return sizes.stream().min(Comparator
                        .comparingDouble((ImageSize size) -> round(Math.abs(Math.log((double) size.width() / size.height())
                                - wantedShape)))
                        .thenComparingDouble(size -> Math.abs(Math.log((double) size.width() * size.height()) - wantedArea)))
                .orElseThrow();
    }

    /** Ratios within a rounding error of each other count as the same shape. */
    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
