package org.creativeautomation.engine.comply.legal;

import org.creativeautomation.engine.comply.Check;
import org.creativeautomation.engine.comply.CheckId;
import org.creativeautomation.engine.comply.CreativeUnderCheck;
import org.creativeautomation.engine.comply.Finding;
import org.creativeautomation.engine.comply.Severity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Trademark use, for kits whose {@code legal.yaml} lists trademarks; findings are
 * {@code legal.risky-claim} warnings, since a misused mark weakens it but breaks no law by itself.
 * It flags a mark without its symbol where one is required (on its first mention in reading
 * order, message then CTA then disclaimer, or on every mention), and a mark used as a noun in the
 * plural or possessive ("Acmes", "Acme's"), which trademark owners avoid so that the mark does not
 * become a generic word.
 */
public final class TrademarkCheck implements Check {
    private static final Pattern POSSESSIVE = Pattern.compile("^[\\s\\u00A0\\u2009\\u202F®™]*['’]s\\b");
    private static final Pattern SPACES = Pattern.compile("^[\\s\\u00A0\\u2009\\u202F]*");

    private final LegalRulebook rulebook;
    private final Map<String, PhraseMatcher> matchers = new ConcurrentHashMap<>();

    public TrademarkCheck(LegalRulebook rulebook) {
        this.rulebook = rulebook;
    }

    @Override
    public String name() {
        return "trademarks";
    }

    @Override
    public boolean appliesTo(CreativeUnderCheck creative) {
        return creative.copy() != null;
    }

    @Override
    public List<Finding> check(CreativeUnderCheck creative) {
        List<TrademarkRule> trademarks = rulebook.rulesFor(creative.kit(), creative.region()).trademarks();
        List<Finding> findings = new ArrayList<>();
        for (TrademarkRule rule : trademarks) {
            PhraseMatcher term = matchers.computeIfAbsent(rule.term(), t -> new PhraseMatcher(List.of(t)));
            int uses = 0;
            for (CopyField field : CopyField.values()) {
                String text = field.text(creative.copy());
                if (text == null || text.isBlank()) {
                    continue;
                }
                for (PhraseMatch match : term.find(text, creative.copy().localeTag())) {
                    uses++;
                    String after = text.substring(match.span().end());
                    String written = FindingText.quote(match.matched()) + " in " + field.label();
                    if (match.inflected() || POSSESSIVE.matcher(after).find()) {
                        findings.add(Finding.of(CheckId.LEGAL_RISKY_CLAIM, Severity.WARNING,
                                "the " + field.label() + " uses the trademark " + FindingText.quote(rule.term())
                                        + " as a noun (plural or possessive)",
                                field.box(creative.layout()), written,
                                FindingText.quote(rule.term()) + " unchanged, as an adjective (\"" + rule.term()
                                        + rule.symbol() + " drinks\")"));
                    }
                    boolean symbolRequired = rule.required() == TrademarkRule.Use.EVERY_USE || uses == 1;
                    if (symbolRequired && !SPACES.matcher(after).replaceFirst("").startsWith(rule.symbol())) {
                        findings.add(Finding.of(CheckId.LEGAL_RISKY_CLAIM, Severity.WARNING,
                                "the " + field.label() + " writes the trademark " + FindingText.quote(rule.term())
                                        + " without " + rule.symbol()
                                        + (rule.required() == TrademarkRule.Use.EVERY_USE ? "" : " on its first use"),
                                field.box(creative.layout()), written + " without " + rule.symbol(),
                                FindingText.quote(rule.term() + rule.symbol())));
                    }
                }
            }
        }
        return findings;
    }
}
