package org.creativeautomation.engine.comply.legal;

import org.creativeautomation.engine.comply.Check;
import org.creativeautomation.engine.comply.CheckId;
import org.creativeautomation.engine.comply.CreativeUnderCheck;
import org.creativeautomation.engine.comply.Finding;
import org.creativeautomation.engine.comply.Severity;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@code legal.risky-claim} (warning): a claim legal should review, from the market rules' lexicon
 * of the copy's language: superlatives ("best", "#1"), absolute claims ("guaranteed"), health claims
 * ("cure", "prevents"), and free offers without their terms. "Free" is no offer when the copy also
 * gives its terms ("terms apply", "*") or uses it to mean "without" ("sugar-free", "free from").
 *
 * <p>Text a prohibited phrase already covers is left to {@link ProhibitedPhraseCheck}, and required
 * disclaimer wordings are exempt, so one word yields one finding. Copy in a language the rules do
 * not list is not checked.
 */
public final class RiskyClaimCheck implements Check {
    private static final List<ClaimKind> LISTED_KINDS = List.of(ClaimKind.SUPERLATIVE, ClaimKind.ABSOLUTE, ClaimKind.HEALTH);

    private final LegalRulebook rulebook;
    private final Map<String, ClaimMatchers> matchers = new ConcurrentHashMap<>();

    public RiskyClaimCheck(LegalRulebook rulebook) {
        this.rulebook = rulebook;
    }

    @Override
    public String name() {
        return "risky claims";
    }

    @Override
    public boolean appliesTo(CreativeUnderCheck creative) {
        return creative.copy() != null;
    }

    @Override
    public List<Finding> check(CreativeUnderCheck creative) {
        String tag = creative.copy().localeTag();
        String language = tag == null ? "" : Locale.forLanguageTag(tag).getLanguage();
        Optional<ClaimLexicon> lexicon = rulebook.market().claimsFor(language);
        if (lexicon.isEmpty()) {
            return List.of();
        }
        ClaimMatchers claims = matchers.computeIfAbsent(language, l -> ClaimMatchers.of(lexicon.get()));
        ApplicableRules rules = rulebook.rulesFor(creative.kit(), creative.region());

        Map<CopyField, TokenizedText> fields = new EnumMap<>(CopyField.class);
        for (CopyField field : CopyField.values()) {
            String text = field.text(creative.copy());
            if (text != null && !text.isBlank()) {
                fields.put(field, TokenizedText.of(text, tag));
            }
        }
        boolean termsGiven = fields.values().stream().anyMatch(claims.freeTerms()::anyIn);

        List<Finding> findings = new ArrayList<>();
        for (Map.Entry<CopyField, TokenizedText> entry : fields.entrySet()) {
            CopyField field = entry.getKey();
            TokenizedText text = entry.getValue();
            List<TextSpan> covered = new ArrayList<>();
            rules.prohibited().find(text).forEach(m -> covered.add(m.span()));
            if (field == CopyField.DISCLAIMER) {
                covered.addAll(rules.requiredPassagesIn(text));
            }
            for (ClaimKind kind : LISTED_KINDS) {
                for (PhraseMatch match : claims.byKind().get(kind).find(text)) {
                    if (!overlapsAny(match.span(), covered)) {
                        findings.add(finding(kind, field, match, creative));
                    }
                }
            }
            if (termsGiven) {
                continue;
            }
            claims.notOffers().find(text).forEach(m -> covered.add(m.span()));
            for (PhraseMatch match : claims.freeWords().find(text)) {
                if (!overlapsAny(match.span(), covered) && !joinedByHyphen(text.original(), match.span())) {
                    findings.add(finding(ClaimKind.FREE_OFFER, field, match, creative));
                }
            }
        }
        return findings;
    }

    private static Finding finding(ClaimKind kind, CopyField field, PhraseMatch match, CreativeUnderCheck creative) {
        return Finding.of(CheckId.LEGAL_RISKY_CLAIM, Severity.WARNING,
                "the " + field.label() + " makes " + kind.description() + ": " + FindingText.quote(match.matched()),
                field.box(creative.layout()), FindingText.quote(match.matched()) + " in " + field.label(),
                kind.expected());
    }

    private static boolean overlapsAny(TextSpan span, List<TextSpan> spans) {
        return spans.stream().anyMatch(span::overlaps);
    }

    /** True for the second half of a compound such as "caffeine-free": that "free" means "without". */
    private static boolean joinedByHyphen(String text, TextSpan span) {
        int before = span.start() - 1;
        if (before < 1) {
            return false;
        }
        char c = text.charAt(before);
        boolean dash = c == '-' || Character.getType(c) == Character.DASH_PUNCTUATION;
        return dash && Character.isLetterOrDigit(text.charAt(before - 1));
    }

    /** A language's claim lexicon, compiled. */
    private record ClaimMatchers(Map<ClaimKind, PhraseMatcher> byKind, PhraseMatcher freeWords,
                                 PhraseMatcher freeTerms, PhraseMatcher notOffers) {
        static ClaimMatchers of(ClaimLexicon lexicon) {
            Map<ClaimKind, PhraseMatcher> byKind = new EnumMap<>(ClaimKind.class);
            for (ClaimKind kind : LISTED_KINDS) {
                byKind.put(kind, new PhraseMatcher(lexicon.claims(kind)));
            }
            ClaimLexicon.FreeOfferRule free = lexicon.freeOffer();
            return new ClaimMatchers(byKind, new PhraseMatcher(free.words()), new PhraseMatcher(free.terms()),
                    new PhraseMatcher(free.notOffers()));
        }
    }
}
