package org.creativeautomation.engine.localize;

import org.creativeautomation.engine.comply.legal.CopyField;
import org.creativeautomation.engine.compose.CreativeCopy;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The copy of one locale of a campaign, each text with its origin.
 *
 * @param region the region of the market the locale belongs to
 * @param texts  the campaign's texts in this locale: a message always, a CTA and a disclaimer when the
 *               brief has them
 */
public record LocaleCopy(String localeTag, String region, Map<CopyField, CopyText> texts) {

    public LocaleCopy {
        if (!texts.containsKey(CopyField.MESSAGE)) {
            throw new IllegalArgumentException("the copy of " + localeTag + " has no message");
        }
        texts = java.util.Collections.unmodifiableMap(new EnumMap<>(texts));
    }

    /** The words as the composer sets them. */
    public CreativeCopy creativeCopy() {
        return new CreativeCopy(localeTag, textOf(CopyField.MESSAGE), textOf(CopyField.CTA),
                textOf(CopyField.DISCLAIMER));
    }

    private String textOf(CopyField field) {
        CopyText text = texts.get(field);
        return text == null ? null : text.text();
    }

    /** The origin of the whole copy: the least trusted of its texts'. */
    public CopyOrigin origin() {
        return CopyOrigin.weakest(texts.values().stream().map(CopyText::origin).toList());
    }

    /** Whether every text comes from the brief. */
    public boolean fromBrief() {
        return origin() == CopyOrigin.BRIEF;
    }

    /** The texts that do not come from the brief, in reading order. */
    public List<Map.Entry<CopyField, CopyText>> translated() {
        List<Map.Entry<CopyField, CopyText>> out = new ArrayList<>();
        texts.forEach((field, text) -> {
            if (text.origin() != CopyOrigin.BRIEF) {
                out.add(Map.entry(field, text));
            }
        });
        return out;
    }

    /**
     * What this copy's findings depend on besides its words (see {@link CopyText#judgement()}); null
     * when every text is the brief's, so such creatives keep the keys they always had.
     */
    public String judgement() {
        if (fromBrief()) {
            return null;
        }
        return texts.entrySet().stream().map(e -> e.getKey().label() + "=" + e.getValue().judgement())
                .collect(Collectors.joining(";"));
    }
}
