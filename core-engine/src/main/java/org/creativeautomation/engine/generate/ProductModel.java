package org.creativeautomation.engine.generate;

import java.awt.Graphics2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.List;

/**
 * A product drawn in the studio, placed in image pixels. Models are first built at unit size
 * (height about 1, base centre at the origin) so the staging can measure them, then placed.
 */
sealed interface ProductModel permits LatheProduct, CartonProduct {

    /** The same product with its base centre at the given point, {@code unit} pixels per model unit. */
    ProductModel placed(double centreX, double baseY, double unit);

    /** Everything the product covers, in image pixels. */
    Rectangle2D bounds();

    /** The outline where the product stands on the floor, for its shadows. */
    List<Point2D> footprint();

    void paint(Graphics2D g, ProductLook look);
}
