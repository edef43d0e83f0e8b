package org.creativeautomation.engine.localize;

import org.creativeautomation.engine.comply.CheckId;
import org.creativeautomation.engine.comply.Finding;
import org.creativeautomation.engine.comply.Severity;
import org.creativeautomation.engine.comply.legal.CopyField;
import org.creativeautomation.engine.compose.Layout;
import org.creativeautomation.engine.localize.machine.Glossary;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The findings that keep translated copy from passing unseen: a warning on every text of a
 * creative that is not the brief's own and that no person has approved as a translation of its
 * source (the untranslated source text, a machine translation, an approved translation of a
 * merely similar text). Each sits on the text's box.
 */
public final class TranslationFindings {
    private final Glossary glossary;

    /** @param glossary the campaign's do-not-translate terms, to name those a machine translation lost */
    public TranslationFindings(Glossary glossary) {
        this.glossary = glossary;
    }

    public List<Finding> of(LocaleCopy copy, Layout layout) {
        List<Finding> findings = new ArrayList<>();
        for (Map.Entry<CopyField, CopyText> translated : copy.translated()) {
            CopyField field = translated.getKey();
            CopyText text = translated.getValue();
            String name = field == CopyField.CTA ? "CTA" : field.label();
            switch (text.origin()) {
                case SOURCE -> findings.add(Finding.of(CheckId.L10N_UNTRANSLATED, Severity.WARNING,
                        "the " + name + " is the " + text.sourceLocale() + " text, not translated into "
                                + copy.localeTag() + ": " + text.note(),
                        field.box(layout), text.sourceLocale() + " \"" + text.text() + "\"",
                        "a " + copy.localeTag() + " translation"));
                case MACHINE -> {
                    List<String> lost = glossary.lostIn(text.sourceText(), text.text());
                    findings.add(Finding.of(CheckId.L10N_MACHINE_TRANSLATION, Severity.WARNING,
                            "the " + name + " is a machine translation (" + text.by() + ") from " + text.sourceLocale()
                                    + " that no person has approved yet (studio l10n approve, or a translator's XLIFF)"
                                    + (lost.isEmpty() ? "" : "; it does not keep " + quoted(lost) + " as written"),
                            field.box(layout), "machine translation of \"" + text.sourceText() + "\"",
                            "an approved translation"));
                }
                case MEMORY -> {
                    if (text.isFuzzy()) {
                        findings.add(Finding.of(CheckId.L10N_FUZZY_MATCH, Severity.WARNING,
                                "the " + name + " is the approved translation of a similar " + text.sourceLocale()
                                        + " text (\"" + text.note() + "\", " + text.matchPercent() + "% alike), not of \""
                                        + text.sourceText() + "\"",
                                field.box(layout), text.matchPercent() + "% match",
                                "an approved translation of this text"));
                    }
                }
                case BRIEF -> {
                    // the brief's own words: nothing to review
                }
            }
        }
        return findings;
    }

    private static String quoted(List<String> terms) {
        return String.join(", ", terms.stream().map(t -> "\"" + t + "\"").toList());
    }
}
