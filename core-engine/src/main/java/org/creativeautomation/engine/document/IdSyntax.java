package org.creativeautomation.engine.document;

import java.util.regex.Pattern;

/**
 * The one syntax of ids in briefs and kits (campaigns, brand kits, products): lowercase letters
 * and digits, words joined by single '-', such as {@code acme-beverages}. Ids become folder and
 * file names, so they must read the same on every file system.
 */
public final class IdSyntax {
    /** The rule as messages state it. */
    public static final String RULE = "lowercase letters, digits and '-'";

    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private IdSyntax() {
    }

    public static boolean isValid(String text) {
        return text != null && ID.matcher(text).matches();
    }

    /** The problem with {@code text} as an id: {@code "Acme Bev" is not a valid id (lowercase letters, ...)}. */
    public static String notValid(String text) {
        return "\"" + text + "\" is not a valid id (" + RULE + ")";
    }
}
