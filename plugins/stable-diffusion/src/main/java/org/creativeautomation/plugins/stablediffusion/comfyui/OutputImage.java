package org.creativeautomation.plugins.stablediffusion.comfyui;

/**
 * An image a finished prompt left on the server, as its history lists it; {@code GET /view} takes
 * the same three fields as query parameters.
 *
 * @param type {@code output} for SaveImage, {@code temp} for previews
 */
record OutputImage(String filename, String subfolder, String type) {

    static final String SAVED = "output";

    boolean saved() {
        return SAVED.equals(type);
    }
}
