package org.creativeautomation.engine.pipeline;

import org.creativeautomation.engine.brief.Brief;
import org.creativeautomation.engine.brief.LocalizedText;
import org.creativeautomation.engine.comply.Check;
import org.creativeautomation.engine.comply.ComplianceChecker;
import org.creativeautomation.engine.comply.CreativeUnderCheck;
import org.creativeautomation.engine.comply.Finding;
import org.creativeautomation.engine.comply.Severity;
import org.creativeautomation.engine.comply.legal.CopyField;
import org.creativeautomation.engine.comply.legal.DisclaimerCheck;
import org.creativeautomation.engine.comply.legal.ProhibitedPhraseCheck;
import org.creativeautomation.engine.compose.CreativeCopy;
import org.creativeautomation.engine.document.DocNode;
import org.creativeautomation.engine.document.DocumentReader;
import org.creativeautomation.engine.document.InvalidDocumentException;
import org.creativeautomation.engine.document.Location;
import org.creativeautomation.engine.document.Problem;
import org.creativeautomation.engine.document.Problems;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The legal checks that fail a creative on its words alone (prohibited phrases, missing required
 * disclaimers), run on the brief's copy before a run spends money on images: copy that would fail
 * every creative is better fixed first. Uses the run's own checks, so it judges exactly as they will.
 */
final class LegalPreflight {
    private final List<Check> checks;

    LegalPreflight(ComplianceChecker checker) {
        this.checks = checker.checks().stream()
                .filter(c -> c instanceof ProhibitedPhraseCheck || c instanceof DisclaimerCheck)
                .toList();
    }

    /**
     * Every error the copy of each locale has, at the place in the brief that holds the words. Locales
     * whose copy is translated when the run starts are left to the checks of their creatives.
     */
    List<Problem> problems(Brief brief, KitResources kit) {
        DocNode root = rootOf(brief);
        Set<Problem> problems = new LinkedHashSet<>();
        for (String locale : brief.locales()) {
            if (!givesEveryText(brief, locale)) {
                continue;
            }
            CreativeCopy copy = copyOf(brief, locale);
            for (Check check : checks) {
                if (check instanceof ProhibitedPhraseCheck) {
                    // One field at a time, so each phrase is reported at the field that holds it.
                    for (CopyField field : CopyField.values()) {
                        errors(check, only(copy, field), brief, kit).forEach(f ->
                                problems.add(problemAt(root, brief, field, locale, f)));
                    }
                } else {
                    errors(check, copy, brief, kit).forEach(f ->
                            problems.add(problemAt(root, brief, CopyField.DISCLAIMER, locale, f)));
                }
            }
        }
        return new ArrayList<>(problems);
    }

    private static List<Finding> errors(Check check, CreativeCopy copy, Brief brief, KitResources kit) {
        CreativeUnderCheck words = new CreativeUnderCheck(null, null, copy, kit.kit(), null,
                brief.regionOf(copy.localeTag()), null);
        if (!check.appliesTo(words)) {
            return List.of();
        }
        return check.check(words).stream().filter(f -> f.severity() == Severity.ERROR).toList();
    }

    private static boolean givesEveryText(Brief brief, String locale) {
        return brief.message().has(locale) && (brief.cta() == null || brief.cta().has(locale))
                && (brief.disclaimer() == null || brief.disclaimer().has(locale));
    }

    static CreativeCopy copyOf(Brief brief, String locale) {
        return new CreativeCopy(locale, brief.message().forLocale(locale), textOf(brief.cta(), locale),
                textOf(brief.disclaimer(), locale));
    }

    private static String textOf(LocalizedText text, String locale) {
        return text == null ? null : text.forLocale(locale);
    }

    private static CreativeCopy only(CreativeCopy copy, CopyField field) {
        return new CreativeCopy(copy.localeTag(), field == CopyField.MESSAGE ? copy.message() : null,
                field == CopyField.CTA ? copy.cta() : null, field == CopyField.DISCLAIMER ? copy.disclaimer() : null);
    }

    /**
     * The finding at the brief's words: {@code message.es-US} where the field has a text per locale,
     * {@code message} where one text serves every locale (reported once), the top of the brief
     * for a field it does not have.
     */
    private static Problem problemAt(DocNode root, Brief brief, CopyField field, String locale, Finding finding) {
        String message = "(" + locale + ") " + finding.message();
        if (!(root instanceof DocNode.MapNode map)) {
            return new Problem(Location.startOf(brief.source()), field.label() + "." + locale, message);
        }
        DocNode value = map.get(field.label());
        if (value instanceof DocNode.MapNode perLocale && perLocale.get(locale) != null) {
            return new Problem(perLocale.get(locale).location(), field.label() + "." + locale, message);
        }
        if (value != null) {
            // One text for every locale: the same words fail in each, and are reported once.
            return new Problem(value.location(), field.label(), finding.message());
        }
        return new Problem(map.location(), field.label(), message);
    }

    private static DocNode rootOf(Brief brief) {
        try {
            return new DocumentReader().read(brief.source(), new Problems());
        } catch (InvalidDocumentException e) {
            return null;
        }
    }
}
