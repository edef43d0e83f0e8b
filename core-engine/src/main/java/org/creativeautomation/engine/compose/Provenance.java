package org.creativeautomation.engine.compose;

/**
 * What a creative's pixels are made of, in the IPTC vocabulary ad platforms read to label synthetic
 * and AI content ({@code Iptc4xmpExt:DigitalSourceType} in the file's XMP).
 *
 * @param digitalSourceType an IPTC digital source type URI, or null for a composite of a photograph
 *                          (which needs no label)
 */
public record Provenance(String digitalSourceType) {
    private static final String IPTC = "http://cv.iptc.org/newscodes/digitalsourcetype/";
    /** A hero from a trained generative model (OpenAI, Firefly, Stable Diffusion), with our text and logo on it. */
    public static final String COMPOSITE_WITH_TRAINED_ALGORITHMIC_MEDIA = IPTC + "compositeWithTrainedAlgorithmicMedia";
    /** A hero drawn by the offline generator (an algorithm, no trained model), with our text and logo on it. */
    public static final String COMPOSITE_SYNTHETIC = IPTC + "compositeSynthetic";

    public static final Provenance PHOTOGRAPH = new Provenance(null);

    /** The XMP packet written into the file: the tool that made it and, when there is one, the source type. */
    public String xmp(String creatorTool) {
        StringBuilder xmp = new StringBuilder(640);
        xmp.append("<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n")
                .append("<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n")
                .append(" <rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n")
                .append("  <rdf:Description rdf:about=\"\"\n")
                .append("    xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\"\n")
                .append("    xmlns:Iptc4xmpExt=\"http://iptc.org/std/Iptc4xmpExt/2008-02-29/\"\n")
                .append("    xmp:CreatorTool=\"").append(escape(creatorTool)).append('"');
        if (digitalSourceType != null) {
            xmp.append("\n    Iptc4xmpExt:DigitalSourceType=\"").append(escape(digitalSourceType)).append('"');
        }
        xmp.append("/>\n </rdf:RDF>\n</x:xmpmeta>\n<?xpacket end=\"r\"?>");
        return xmp.toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace("\"", "&quot;");
    }
}
