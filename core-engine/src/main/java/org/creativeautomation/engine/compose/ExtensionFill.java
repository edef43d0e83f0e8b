package org.creativeautomation.engine.compose;

/** What fills the part of a canvas the photo does not reach, when the canvas was extended. */
public enum ExtensionFill {
    /** The photo fills the canvas. */
    NONE,
    /** The kit's colour, blended into the photo's edge. */
    COLOUR,
    /**
     * The photo's own backdrop continued: its edge, where it is a smooth studio sweep, a vignette or
     * a clear sky, carried outward and softened, which no eye tells from a wider photo.
     */
    BACKDROP,
    /** The photo itself, enlarged, blurred and darkened, so the extension reads as out-of-focus surroundings. */
    BLUR,
    /**
     * Margins a generative model drew around the photo (generative expand). They are part of the
     * expanded hero the crop is cut from, so nothing is painted over them; the photo's own pixels
     * sit unchanged inside them.
     */
    GENERATIVE
}
