package org.creativeautomation.engine.comply.legal;

/**
 * How the brand's copy must write one of its trademarks.
 *
 * @param term     the mark as registered, e.g. {@code Acme}
 * @param symbol   the symbol that must follow it: {@code ®} (registered) or {@code ™}
 * @param required where the symbol is required
 */
public record TrademarkRule(String term, String symbol, Use required) {

    /** Where a trademark symbol is required. */
    public enum Use {
        /** On the first mention in the creative (message, then CTA, then disclaimer). */
        FIRST_USE("first-use"),
        /** On every mention. */
        EVERY_USE("every-use");

        private final String id;

        Use(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }
    }
}
