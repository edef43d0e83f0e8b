package org.creativeautomation.engine.localize;

import org.creativeautomation.engine.brief.Brief;
import org.creativeautomation.engine.comply.legal.CopyField;
import org.creativeautomation.engine.document.InvalidDocumentException;
import org.creativeautomation.engine.document.Problem;
import org.creativeautomation.engine.localize.memory.TranslationMemory;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A person's approval of a campaign's translated copy in some locales: every machine translation
 * and every approved translation of a similar text standing in for one becomes the approved
 * translation of its source in the memory, which the next run uses (origin memory). Text left
 * untranslated cannot be approved; when a locale has any, nothing is approved.
 */
public final class TranslationApprover {
    private final TranslationMemory memory;

    public TranslationApprover(TranslationMemory memory) {
        this.memory = memory;
    }

    /**
     * One approved text.
     *
     * @param was what it was before: {@code machine translation (openai)}, {@code 92% match}
     */
    public record Approved(String locale, CopyField field, String text, String was) {
    }

    /**
     * Approves the copy of {@code locales} (tags as the brief writes them, any case) as {@code copy}
     * has it now.
     *
     * @return the texts approved; empty when every text of those locales was the brief's or approved already
     * @throws InvalidDocumentException for a locale the brief does not list, or one with untranslated text
     */
    public List<Approved> approve(Brief brief, CampaignCopy copy, List<String> locales) {
        List<String> problems = new ArrayList<>();
        List<Approved> approved = new ArrayList<>();
        List<TranslationMemory.Approval> approvals = new ArrayList<>();
        for (String given : locales) {
            Optional<String> locale = brief.locales().stream().filter(l -> l.equalsIgnoreCase(given)).findFirst();
            if (locale.isEmpty()) {
                problems.add("--locale " + given + ": not a locale of " + brief.source().getFileName() + " ("
                        + String.join(", ", brief.locales()) + ")");
                continue;
            }
            for (Map.Entry<CopyField, CopyText> entry : copy.forLocale(locale.get()).translated()) {
                CopyText text = entry.getValue();
                String field = entry.getKey().label();
                switch (text.origin()) {
                    case SOURCE -> problems.add("--locale " + locale.get() + ": the " + field + " is not translated "
                            + "(it is the " + text.sourceLocale() + " text); translate it first: studio run --translator "
                            + "ID, or studio l10n export and import");
                    case MACHINE -> {
                        approvals.add(approval(brief, locale.get(), text, "approved:machine:" + text.by()));
                        approved.add(new Approved(locale.get(), entry.getKey(), text.text(),
                                "machine translation (" + text.by() + ")"));
                    }
                    case MEMORY -> {
                        if (text.isFuzzy()) {
                            approvals.add(approval(brief, locale.get(), text, "approved:" + text.by()));
                            approved.add(new Approved(locale.get(), entry.getKey(), text.text(),
                                    text.matchPercent() + "% match"));
                        }
                    }
                    case BRIEF -> {
                        // the brief's own words need no approval
                    }
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidDocumentException(problems.stream().map(p -> new Problem(null, null, p)).toList());
        }
        memory.approve(approvals);
        return approved;
    }

    private static TranslationMemory.Approval approval(Brief brief, String locale, CopyText text, String origin) {
        return new TranslationMemory.Approval(text.sourceLocale(), locale, text.sourceText(), text.text(), origin,
                brief.campaign());
    }
}
