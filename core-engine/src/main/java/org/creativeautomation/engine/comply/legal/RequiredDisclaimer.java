package org.creativeautomation.engine.comply.legal;

import java.util.List;

/**
 * A disclaimer a creative must carry: at least one of {@code anyOf} must appear in the creative's
 * disclaimer text (words in order; case, accents and punctuation ignored).
 *
 * @param anyOf  the accepted wordings
 * @param reason why it is required, for findings: "the brand kit's disclaimer for US", a law's name
 */
public record RequiredDisclaimer(List<String> anyOf, String reason) {
    public RequiredDisclaimer {
        anyOf = List.copyOf(anyOf);
    }
}
