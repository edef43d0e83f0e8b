package org.creativeautomation.engine.comply.legal;

import org.creativeautomation.engine.comply.Check;
import org.creativeautomation.engine.comply.CheckId;
import org.creativeautomation.engine.comply.CreativeUnderCheck;
import org.creativeautomation.engine.comply.Finding;
import org.creativeautomation.engine.comply.Severity;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code legal.prohibited} (error): a phrase the brand kit or the region's market rules prohibit
 * appears in the message, CTA or disclaimer. Required disclaimer wordings are exempt.
 */
public final class ProhibitedPhraseCheck implements Check {
    private static final int LISTED = 6;
    private final LegalRulebook rulebook;

    public ProhibitedPhraseCheck(LegalRulebook rulebook) {
        this.rulebook = rulebook;
    }

    @Override
    public String name() {
        return "prohibited phrases";
    }

    @Override
    public boolean appliesTo(CreativeUnderCheck creative) {
        return creative.copy() != null;
    }

    @Override
    public List<Finding> check(CreativeUnderCheck creative) {
        ApplicableRules rules = rulebook.rulesFor(creative.kit(), creative.region());
        if (rules.prohibited().isEmpty()) {
            return List.of();
        }
        String expected = "none of: " + FindingText.list(rules.prohibited().phrases(), LISTED);
        List<Finding> findings = new ArrayList<>();
        for (CopyField field : CopyField.values()) {
            String text = field.text(creative.copy());
            if (text == null || text.isBlank()) {
                continue;
            }
            TokenizedText tokens = TokenizedText.of(text, creative.copy().localeTag());
            List<TextSpan> exempt = field == CopyField.DISCLAIMER ? rules.requiredPassagesIn(tokens) : List.of();
            for (PhraseMatch match : rules.prohibited().find(tokens)) {
                if (exempt.stream().anyMatch(span -> span.contains(match.span()))) {
                    continue;
                }
                findings.add(Finding.of(CheckId.LEGAL_PROHIBITED, Severity.ERROR,
                        "the " + field.label() + " says " + FindingText.quote(match.matched()) + ", which "
                                + rules.sourceOf(match.phrase()) + " prohibits (" + FindingText.quote(match.phrase()) + ")",
                        field.box(creative.layout()),
                        FindingText.quote(match.matched()) + " in " + field.label(), expected));
            }
        }
        return findings;
    }
}
