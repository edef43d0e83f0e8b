package org.creativeautomation.engine.comply.legal;

import org.creativeautomation.engine.comply.Check;
import org.creativeautomation.engine.comply.CheckId;
import org.creativeautomation.engine.comply.CreativeUnderCheck;
import org.creativeautomation.engine.comply.Finding;
import org.creativeautomation.engine.comply.Severity;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code legal.disclaimer-missing} (error): the creative's disclaimer lacks a disclaimer required
 * for its region, by the brand kit ({@code legal.disclaimers}) or by the market rules. A required
 * wording counts as present when its words appear in order anywhere in the disclaimer, whatever
 * the case, accents and punctuation, so the brief may add its own sentences around it. A region
 * with no required disclaimer yields no finding.
 */
public final class DisclaimerCheck implements Check {
    private final LegalRulebook rulebook;

    public DisclaimerCheck(LegalRulebook rulebook) {
        this.rulebook = rulebook;
    }

    @Override
    public String name() {
        return "required disclaimers";
    }

    @Override
    public boolean appliesTo(CreativeUnderCheck creative) {
        return creative.copy() != null;
    }

    @Override
    public List<Finding> check(CreativeUnderCheck creative) {
        ApplicableRules rules = rulebook.rulesFor(creative.kit(), creative.region());
        if (rules.disclaimers().isEmpty()) {
            return List.of();
        }
        String text = creative.copy().disclaimer();
        TokenizedText disclaimer = text == null ? null : TokenizedText.of(text, creative.copy().localeTag());
        String measured = text == null || text.isBlank() ? "no disclaimer" : "disclaimer " + FindingText.quote(text);
        List<Finding> findings = new ArrayList<>();
        for (RequiredDisclaimer required : rules.disclaimers()) {
            boolean present = disclaimer != null
                    && required.anyOf().stream().anyMatch(wording -> disclaimer.findPassage(wording).isPresent());
            if (present) {
                continue;
            }
            String expected = required.anyOf().size() == 1 ? FindingText.quote(required.anyOf().get(0))
                    : "one of: " + String.join(" or ", required.anyOf().stream().map(FindingText::quote).toList());
            findings.add(Finding.of(CheckId.LEGAL_DISCLAIMER_MISSING, Severity.ERROR,
                    "the disclaimer lacks " + required.reason(),
                    CopyField.DISCLAIMER.box(creative.layout()), measured, expected));
        }
        return findings;
    }
}
