package org.creativeautomation.engine.compose;

/** How the hero sits on the canvas: the crop window and, when the product needed it, the canvas extension. */
record Framing(CropWindow crop, CanvasExtension extension) {
}
