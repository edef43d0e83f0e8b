package org.creativeautomation.engine.brief;

import java.nio.file.Path;
import java.util.List;

/**
 * A product the campaign advertises.
 *
 * @param description may be null
 * @param assets      input images, already resolved against the brief's folder and checked to exist
 */
public record Product(String id, String name, String description, List<Path> assets) {
    public Product {
        assets = List.copyOf(assets);
    }
}
