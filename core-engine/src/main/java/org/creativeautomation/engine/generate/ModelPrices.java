package org.creativeautomation.engine.generate;

import org.creativeautomation.engine.spi.ImageSize;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One model's prices: either one price per image, or a price per listed size and quality.
 *
 * @param perImage       the price of any image, or null when priced by size and quality
 * @param defaultQuality the quality priced for requests that name none (what the provider then uses)
 * @param sizes          by size, the price of each quality
 */
public record ModelPrices(Usd perImage, String defaultQuality, Map<ImageSize, Map<String, Usd>> sizes) {

    public ModelPrices {
        Map<ImageSize, Map<String, Usd>> copy = new LinkedHashMap<>();
        sizes.forEach((size, byQuality) -> copy.put(size, Collections.unmodifiableMap(new LinkedHashMap<>(byQuality))));
        sizes = Collections.unmodifiableMap(copy);
        if ((perImage == null) == sizes.isEmpty()) {
            throw new IllegalArgumentException("a model has either one price per image or prices by size");
        }
    }

    public static ModelPrices perImage(Usd price) {
        return new ModelPrices(price, null, Map.of());
    }

    /**
     * The listed size the provider renders for a request: the same size when listed, else the one
     * nearest in shape (then nearest in area), as providers with fixed sizes pick the closest one.
     */
    ImageSize billedSize(int width, int height) {
        ImageSize asked = new ImageSize(width, height);
        if (sizes.containsKey(asked)) {
            return asked;
        }
        double aspect = Math.log((double) width / height);
        double area = Math.log((double) width * height);
        ImageSize best = null;
        double bestShape = Double.MAX_VALUE;
        double bestArea = Double.MAX_VALUE;
        for (ImageSize size : sizes.keySet()) {
            double shape = Math.abs(Math.log((double) size.width() / size.height()) - aspect);
            double areaDistance = Math.abs(Math.log((double) size.width() * size.height()) - area);
            if (shape < bestShape - 1e-9 || Math.abs(shape - bestShape) <= 1e-9 && areaDistance < bestArea) {
                best = size;
                bestShape = shape;
                bestArea = areaDistance;
            }
        }
        return best;
    }
}
