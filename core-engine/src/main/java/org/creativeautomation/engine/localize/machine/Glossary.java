package org.creativeautomation.engine.localize.machine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Terms a translation keeps exactly as written: the brand's name, its products' names, its
 * trademarks and what its {@code voice.yaml} lists. Longer terms come first, so that a prompt and a
 * check name "Acme Sparkling Water" before "Acme".
 */
public record Glossary(List<String> doNotTranslate) {

    public Glossary {
        Set<String> unique = new LinkedHashSet<>();
        Set<String> seen = new java.util.HashSet<>();
        for (String term : doNotTranslate) {
            String t = term == null ? "" : term.strip();
            if (!t.isEmpty() && seen.add(t.toLowerCase(Locale.ROOT))) {
                unique.add(t);
            }
        }
        List<String> sorted = new ArrayList<>(unique);
        sorted.sort((a, b) -> Integer.compare(b.length(), a.length()));
        doNotTranslate = List.copyOf(sorted);
    }

    public static Glossary of(Collection<String> terms) {
        return new Glossary(List.copyOf(terms));
    }

    /** The terms {@code text} contains (ignoring case), longest first. */
    public List<String> termsIn(String text) {
        String folded = text.toLowerCase(Locale.ROOT);
        return doNotTranslate.stream().filter(term -> folded.contains(term.toLowerCase(Locale.ROOT))).toList();
    }

    /** The terms of {@code source} that {@code translation} no longer contains as written. */
    public List<String> lostIn(String source, String translation) {
        return termsIn(source).stream().filter(term -> !translation.contains(term)).toList();
    }
}
