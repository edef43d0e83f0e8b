package org.creativeautomation.engine.brief;

import org.creativeautomation.engine.document.DocNode;
import org.creativeautomation.engine.document.FieldPath;
import org.creativeautomation.engine.document.FieldReader;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a text a brief gives either once for every locale or as a map of locale tag to text, and
 * checks that a map names only the brief's locales. A map may leave locales out (they are
 * translated when the campaign runs) but must give at least one text.
 */
final class LocalizedTextReader {
    private final FieldReader reader;
    private final List<String> locales;

    /**
     * @param locales the market's locale tags, or none when they are missing or invalid; the map
     *                keys are then not checked against them, since that would only repeat the
     *                problem already reported in {@code market.locales}
     */
    LocalizedTextReader(FieldReader reader, List<String> locales) {
        this.reader = reader;
        this.locales = List.copyOf(locales);
    }

    /** @param what what the text is, as messages name it ("message", "call to action") */
    Optional<LocalizedText> read(DocNode node, FieldPath path, String what) {
        if (node instanceof DocNode.MapNode map) {
            return readPerLocale(map, path, what);
        }
        if (node instanceof DocNode.ListNode list) {
            reader.report(list, path, "expected a string or a map of locale to text, found " + list.describe());
            return Optional.empty();
        }
        Optional<String> text = reader.text(node, path, "the " + what + " for every locale");
        if (text.isEmpty() || locales.isEmpty()) {
            return Optional.empty();
        }
        Map<String, String> byLocale = new LinkedHashMap<>();
        locales.forEach(tag -> byLocale.put(tag, text.get()));
        return Optional.of(new LocalizedText(byLocale));
    }

    private Optional<LocalizedText> readPerLocale(DocNode.MapNode map, FieldPath path, String what) {
        Set<String> givenTags = new HashSet<>();
        Map<String, String> byListedTag = new HashMap<>();
        boolean complete = true;
        for (DocNode.Entry entry : map.entries().values()) {
            FieldPath entryPath = path.field(entry.key());
            Optional<String> tag = listedTag(entry, entryPath);
            Optional<String> text = reader.text(entry.value(), entryPath, "the " + what + " in " + entry.key());
            if (tag.isPresent() && !givenTags.add(tag.get())) {
                reader.report(entry.keyLocation(), entryPath, "\"" + entry.key() + "\" repeats locale " + tag.get()
                        + " (one text per locale; tags ignore case)");
                complete = false;
            } else if (tag.isPresent() && text.isPresent()) {
                byListedTag.put(tag.get(), text.get());
            } else {
                complete = false;
            }
        }
        if (locales.isEmpty()) {
            return Optional.empty();
        }
        // Locales left out are translated when the campaign runs, but one text has to start from.
        if (givenTags.isEmpty() && complete) {
            reader.report(map, path, "no text in any locale (give the " + what + " in at least one of "
                    + String.join(", ", locales) + "; the others are translated from it)");
            complete = false;
        }
        if (!complete) {
            return Optional.empty();
        }
        Map<String, String> inListedOrder = new LinkedHashMap<>();
        locales.stream().filter(byListedTag::containsKey).forEach(tag -> inListedOrder.put(tag, byListedTag.get(tag)));
        return Optional.of(new LocalizedText(inListedOrder));
    }

    /**
     * The market's spelling of the entry's locale tag. Tags compare ignoring case, as BCP 47 says,
     * and the text is stored under the market's spelling so that lookups by locale find it.
     */
    private Optional<String> listedTag(DocNode.Entry entry, FieldPath path) {
        if (locales.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> listed = locales.stream().filter(tag -> tag.equalsIgnoreCase(entry.key())).findFirst();
        if (listed.isEmpty()) {
            reader.report(entry.keyLocation(), path, "\"" + entry.key() + "\" is not one of the brief's locales ("
                    + String.join(", ", locales) + ")");
        }
        return listed;
    }
}
