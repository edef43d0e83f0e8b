package org.creativeautomation.engine.compose;

/**
 * How the hero sits on the canvas: the crop window and, when the product needed it, the canvas extension.
 *
 * @param productOverflows whether the canvas is extended because the product with its room cannot fit
 *                         the ratio uncut (a wide shoe in a story), rather than to make room for text
 *                         beside it over a backdrop the extension continues seamlessly
 */
record Framing(CropWindow crop, CanvasExtension extension, boolean productOverflows) {

    Framing(CropWindow crop, CanvasExtension extension) {
        this(crop, extension, false);
    }
}
