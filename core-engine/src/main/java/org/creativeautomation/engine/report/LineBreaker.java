package org.creativeautomation.engine.report;

import org.apache.pdfbox.pdmodel.font.PDFont;

import java.util.ArrayList;
import java.util.List;

/**
 * Breaks text into lines that fit a width: at spaces where it can, inside a word only when the word
 * alone is wider than the line (long check ids, URLs), so nothing ever runs out of its column.
 */
final class LineBreaker {
    private static final String ELLIPSIS = "…";

    private final ProofFonts fonts;

    LineBreaker(ProofFonts fonts) {
        this.fonts = fonts;
    }

    /** The lines of {@code text}; at least one (possibly empty) line. */
    List<String> lines(String text, PDFont font, float size, float width) {
        String printable = fonts.printable(font, text).strip();
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : printable.split(" +")) {
            if (word.isEmpty()) {
                continue;
            }
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (fits(candidate, font, size, width)) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (!line.isEmpty()) {
                lines.add(line.toString());
                line.setLength(0);
            }
            String rest = word;
            while (!fits(rest, font, size, width)) {
                int cut = longestFittingPrefix(rest, font, size, width);
                lines.add(rest.substring(0, cut));
                rest = rest.substring(cut);
            }
            line.append(rest);
        }
        if (!line.isEmpty() || lines.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    /** One line: the text, shortened with an ellipsis when it is wider than {@code width}. */
    String ellipsized(String text, PDFont font, float size, float width) {
        String printable = fonts.printable(font, text).strip();
        if (fits(printable, font, size, width)) {
            return printable;
        }
        String shorter = printable;
        while (!shorter.isEmpty() && !fits(shorter.strip() + ELLIPSIS, font, size, width)) {
            shorter = shorter.substring(0, previousCodePointStart(shorter, shorter.length()));
        }
        return shorter.strip() + ELLIPSIS;
    }

    private boolean fits(String printable, PDFont font, float size, float width) {
        return fonts.width(font, printable, size) <= width;
    }

    private int longestFittingPrefix(String word, PDFont font, float size, float width) {
        int end = word.offsetByCodePoints(0, 1);
        while (end < word.length()) {
            int next = word.offsetByCodePoints(end, 1);
            if (!fits(word.substring(0, next), font, size, width)) {
                break;
            }
            end = next;
        }
        return end;
    }

    private static int previousCodePointStart(String text, int index) {
        return text.offsetByCodePoints(index, -1);
    }
}
