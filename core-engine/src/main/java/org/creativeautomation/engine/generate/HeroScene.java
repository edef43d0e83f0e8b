package org.creativeautomation.engine.generate;

import java.awt.Color;
import java.awt.Font;
import java.awt.Rectangle;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Everything one offline render decides before it draws: where the product stands and how large,
 * where the light comes from, the colours and props. Every choice comes from one random stream
 * seeded by the request key, drawn in a fixed order, so a request always stages the same scene.
 *
 * @param subjectBox  the product's bounding box in image pixels
 * @param horizonY    where the backdrop's wall curves into the floor
 * @param grainSeed   seed for the film grain
 */
record HeroScene(
        int width,
        int height,
        ProductShape shape,
        ProductModel product,
        Rectangle subjectBox,
        double horizonY,
        StudioColours colours,
        ProductLook look,
        WallDecor decor,
        List<FloorProp> props,
        long grainSeed) {

    /** A shape painted on the backdrop behind the product. */
    enum WallDecor { NONE, DISC, ARCH }

    /** A sphere resting on the floor beside the product. */
    record FloorProp(double x, double floorY, double radius, Color colour) {
    }

    /** The fallback when the kit gives no font: a logical font exists on every Java runtime. */
    private static final Font FALLBACK_FONT = new Font(Font.SANS_SERIF, Font.BOLD, 100);

    HeroScene {
        props = List.copyOf(props);
    }

    static HeroScene stage(GenerationRequest request, HeroSubject subject) {
        SplittableRandom random = new SplittableRandom(HexFormat.fromHexDigitsToLong(request.key(), 0, 16));
        int width = request.width();
        int height = request.height();
        ProductShape shape = ProductShape.forProduct(subject.productName(), subject.productDescription());

        StudioColours colours = StudioColours.from(subject.palette(), random);
        boolean lightFromLeft = random.nextBoolean();
        // Boxes turn their side away from the key light, so the front is lit and the side in shade.
        double turn = lightFromLeft ? -1 : 1;
        ProductModel unitModel = switch (shape) {
            case CAN -> LatheProduct.ofKind(LatheProduct.Kind.CAN);
            case BOTTLE -> LatheProduct.ofKind(LatheProduct.Kind.BOTTLE);
            case JAR -> LatheProduct.ofKind(LatheProduct.Kind.JAR);
            case BOX -> CartonProduct.ofKind(CartonProduct.Kind.BOX,
                    turn * Math.toRadians(random.nextDouble(18, 32)));
            case SHOE_BOX -> CartonProduct.ofKind(CartonProduct.Kind.SHOE_BOX,
                    turn * Math.toRadians(random.nextDouble(36, 50)));
        };
        ProductModel product = placeForCropping(unitModel, shape, width, height);
        Rectangle2D bounds = product.bounds();
        Rectangle subjectBox = enclosing(bounds);

        int printVariant = random.nextInt(3);
        double labelTurn = random.nextDouble(-0.12, 0.12);
        // Condensation sells a cold drink; only cans draw the number, so other shapes keep their stream.
        boolean droplets = shape == ProductShape.CAN && random.nextDouble() < 0.75;
        Font font = subject.labelFont() == null ? FALLBACK_FONT : subject.labelFont();
        String label = subject.productName().strip().toUpperCase(Locale.ROOT);
        ProductLook look = new ProductLook(colours, label, font, lightFromLeft, printVariant, labelTurn,
                random.nextLong(), droplets);

        double horizonY = Math.max(0.25 * height, bounds.getMaxY() - 0.14 * height - 0.12 * bounds.getHeight());
        WallDecor decor = WallDecor.values()[random.nextInt(WallDecor.values().length)];
        List<FloorProp> props = props(random, colours, bounds, horizonY, width, height);
        return new HeroScene(width, height, shape, product, subjectBox, horizonY, colours, look, decor, props,
                random.nextLong());
    }

    /**
     * Sizes the product to about half the image height, then shrinks it until it fits the tightest
     * crops composition will take (9:16 and 16:9 of the image, centred on the product) with margin.
     */
    private static ProductModel placeForCropping(ProductModel unitModel, ProductShape shape, int width, int height) {
        Rectangle2D unitBounds = unitModel.bounds();
        double heightShare = switch (shape) {
            case CAN, BOX -> 0.5;
            case BOTTLE -> 0.54;
            case JAR -> 0.46;
            case SHOE_BOX -> 0.45;
        };
        double tallCropWidth = Math.min(width, height * 9.0 / 16);
        double wideCropHeight = Math.min(height, width * 9.0 / 16);
        double maxHeight = Math.min(heightShare * height, 0.86 * wideCropHeight);
        double maxWidth = Math.min(0.6 * width, 0.8 * tallCropWidth);
        double unit = Math.min(maxHeight / unitBounds.getHeight(), maxWidth / unitBounds.getWidth());
        // The box sits a little below the middle: the floor in front of the product needs the room.
        double centreX = width / 2.0 - unitBounds.getCenterX() * unit;
        double baseY = 0.52 * height - unitBounds.getCenterY() * unit;
        return unitModel.placed(centreX, baseY, unit);
    }

    private static Rectangle enclosing(Rectangle2D bounds) {
        int x = (int) Math.floor(bounds.getMinX());
        int y = (int) Math.floor(bounds.getMinY());
        return new Rectangle(x, y, (int) Math.ceil(bounds.getMaxX()) - x, (int) Math.ceil(bounds.getMaxY()) - y);
    }

    /** Up to three spheres on the floor at either side, never touching the product or each other. */
    private static List<FloorProp> props(SplittableRandom random, StudioColours colours, Rectangle2D product,
                                         double horizonY, int width, int height) {
        int count = random.nextInt(4);
        double small = Math.min(width, height);
        double nearest = product.getMaxY() + 0.05 * height;
        double farthest = horizonY + 0.05 * height;
        List<FloorProp> props = new ArrayList<>();
        boolean left = random.nextBoolean();
        for (int i = 0; i < count; i++) {
            double depth = random.nextDouble();
            double floorY = farthest + (nearest - farthest) * depth;
            double radius = small * (0.018 + 0.03 * random.nextDouble()) * (0.65 + 0.35 * depth);
            double gap = width * (0.02 + 0.12 * random.nextDouble()) + radius;
            double x = left ? product.getMinX() - gap : product.getMaxX() + gap;
            Color colour = i % 2 == 0 ? colours.firstProp() : colours.secondProp();
            left = !left;
            boolean clear = props.stream().allMatch(other ->
                    Math.hypot(other.x() - x, (other.floorY() - other.radius()) - (floorY - radius))
                            > other.radius() + radius + 0.01 * small);
            if (clear && x - radius > 0 && x + radius < width) {
                props.add(new FloorProp(x, floorY, radius, colour));
            }
        }
        // Far props first, so a nearer one overlaps a farther one and not the other way round.
        props.sort(Comparator.comparingDouble(FloorProp::floorY));
        return props;
    }
}
