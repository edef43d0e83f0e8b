package org.creativeautomation.engine.document;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** Suggests the known field name a misspelt one was probably meant to be. */
public final class NearestName {
    private NearestName() {
    }

    public static Optional<String> among(String unknown, Collection<String> known) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        String u = unknown.toLowerCase(Locale.ROOT);
        for (String candidate : known) {
            int d = distance(u, candidate.toLowerCase(Locale.ROOT));
            if (d < bestDistance) {
                bestDistance = d;
                best = candidate;
            }
        }
        return best != null && bestDistance <= allowedDistance(unknown) ? Optional.of(best) : Optional.empty();
    }

    /**
     * How many edits a name may be from a suggestion. Short names get one: two edits turn "a" into
     * "cta", which is a guess, not a correction.
     */
    static int allowedDistance(String name) {
        return name.length() <= 3 ? 1 : Math.max(2, name.length() / 3);
    }

    /** Damerau-Levenshtein (optimal string alignment) distance, so swapped letters count once. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
