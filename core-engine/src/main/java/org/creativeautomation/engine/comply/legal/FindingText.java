package org.creativeautomation.engine.comply.legal;

import java.util.List;

/** How legal and moderation findings quote copy and lists, kept short enough for a report line. */
final class FindingText {
    private static final int MAX_QUOTE = 80;

    private FindingText() {
    }

    /** {@code "text"}, shortened with an ellipsis when long. */
    static String quote(String text) {
        String oneLine = text.replaceAll("\\s+", " ").strip();
        return "\"" + (oneLine.length() <= MAX_QUOTE ? oneLine : oneLine.substring(0, MAX_QUOTE - 1) + "…") + "\"";
    }

    /** The first {@code max} items joined by ", ", then how many more there are. */
    static String list(List<String> items, int max) {
        if (items.size() <= max) {
            return String.join(", ", items);
        }
        return String.join(", ", items.subList(0, max)) + ", … (" + (items.size() - max) + " more)";
    }
}
