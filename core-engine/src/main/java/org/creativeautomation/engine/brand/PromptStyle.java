package org.creativeautomation.engine.brand;

/**
 * How a kit wants its hero images described to image generators, from the optional
 * {@code prompt:} section of brand.yaml. Every part is optional (null when the kit leaves it out);
 * the prompt builder falls back to wording read from the palette.
 *
 * @param style          the look, e.g. "bold, graphic, high-contrast sports advertising"
 * @param lighting       e.g. "soft natural daylight from the upper left"
 * @param composition    art direction for the set, added to the framing the layouts need
 * @param negativePrompt what must stay out of the image, e.g. "people, hands, clutter"
 * @param template       the kit's own wording of the whole prompt, or null for the builder's
 */
public record PromptStyle(String style, String lighting, String composition, String negativePrompt,
                          PromptTemplate template) {

    /** A kit without a prompt section. */
    public static final PromptStyle NONE = new PromptStyle(null, null, null, null, null);
}
