package org.creativeautomation.engine.comply.legal;

/** The kinds of risky claim the market rules list per language; legal reviews each one. */
public enum ClaimKind {
    SUPERLATIVE("superlative", "a superlative claim", "a claim with substantiation on file, or none"),
    ABSOLUTE("absolute", "an absolute claim", "a claim with substantiation on file, or none"),
    HEALTH("health", "a health claim", "only health claims authorised for the product and market"),
    FREE_OFFER("free", "a free offer without its terms", "the offer's terms on the creative (e.g. \"terms apply\")");

    private final String id;
    private final String description;
    private final String expected;

    ClaimKind(String id, String description, String expected) {
        this.id = id;
        this.description = description;
        this.expected = expected;
    }

    /** The field that lists these claims in the market rules. */
    public String id() {
        return id;
    }

    /** As findings name it: "a health claim". */
    public String description() {
        return description;
    }

    /** What a finding of this kind expects instead. */
    public String expected() {
        return expected;
    }
}
