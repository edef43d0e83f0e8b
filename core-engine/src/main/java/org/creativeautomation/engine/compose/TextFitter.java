package org.creativeautomation.engine.compose;

import java.awt.Font;
import java.awt.font.LineMetrics;
import java.awt.font.TextLayout;
import java.awt.font.TextMeasurer;
import java.awt.geom.Rectangle2D;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds the largest font size at which a text fits a box within a line limit, and breaks its lines
 * evenly so that no lone word hangs on the last line when avoidable.
 *
 * <p>Lines break where the copy's language allows ({@link BreakIterator#getLineInstance(Locale)}:
 * at spaces, between CJK characters but never before 「、」or「。」, between Thai words, which are
 * written without spaces). Widths are measured on the text as it is drawn: each run in its own font
 * (see {@link FontChain}), shaped and in its direction, so Arabic joining and Thai clusters are
 * measured as drawn. A word wider than the line is broken between its letters only when no size
 * down to the minimum avoids it; text that does not fit even then is flagged, never clipped.
 *
 * <p>Results are kept (the studio re-solves a layout on every edit, mostly with unchanged CTA and
 * disclaimer), so an instance is meant to be long-lived; it is thread-safe.
 */
public final class TextFitter {
    private static final int RESULTS_KEPT = 512;
    /** Space kept between one line's lowest ink and the next line's highest, as a share of the size. */
    private static final double INK_GAP = 0.08;

    private final double lineSpacing;
    private final Map<FitKey, FittedText> results = Collections.synchronizedMap(
            new LinkedHashMap<>(64, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<FitKey, FittedText> eldest) {
                    return size() > RESULTS_KEPT;
                }
            });

    /** @param lineSpacing line height as a multiple of the font size (e.g. 1.1) */
    public TextFitter(double lineSpacing) {
        this.lineSpacing = lineSpacing;
    }

    /**
     * Fits {@code text} into {@code maxWidth} x {@code maxHeight}; sizes are tried between
     * {@code minPx} and {@code maxPx}. When nothing fits, the result is at {@code minPx} and flagged.
     */
    public FittedText fit(String text, TextStyle style, int maxWidth, int maxHeight, int maxLines, float minPx,
                          float maxPx) {
        FitKey key = new FitKey(text, new Identity(style.face()), new Identity(style.fallback()), style.locale(),
                style.direction(), maxWidth, maxHeight, maxLines, minPx, maxPx);
        FittedText kept = results.get(key);
        if (kept != null) {
            return kept;
        }
        Prepared prepared = new Prepared(text, style);
        int lo = (int) Math.ceil(minPx);
        int hi = Math.max(lo, (int) Math.floor(maxPx));
        FittedText best = largest(prepared, lo, hi, maxWidth, maxHeight, maxLines, false);
        if (best == null) {
            best = largest(prepared, lo, hi, maxWidth, maxHeight, maxLines, true);
        }
        if (best == null) {
            best = layout(prepared, minPx, maxWidth).overflowing();
        }
        results.put(key, best);
        return best;
    }

    /** Binary search for the largest size that fits; null when none does. */
    private FittedText largest(Prepared prepared, int lo, int hi, int maxWidth, int maxHeight, int maxLines,
                               boolean mayBreakWords) {
        FittedText best = null;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            FittedText candidate = layout(prepared, mid, maxWidth);
            boolean fits = candidate.lines().size() <= maxLines && candidate.height() <= maxHeight
                    && candidate.width() <= maxWidth && (mayBreakWords || !candidate.splitsWords());
            if (fits) {
                best = candidate;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return best;
    }

    /** Breaks the text at a fixed size into balanced lines no wider than {@code maxWidth}. */
    public FittedText layout(String text, TextStyle style, float sizePx, int maxWidth) {
        return layout(new Prepared(text, style), sizePx, maxWidth);
    }

    /** Width in pixels of one line as it will be drawn. */
    public static double advance(String line, TextStyle style, float sizePx) {
        if (line.isEmpty()) {
            return 0;
        }
        List<FontSpan> spans = style.fallback().spans(line, style.face(), style.locale());
        return StyledLine.layout(line, spans, sizePx, style.direction()).getAdvance();
    }

    private FittedText layout(Prepared prepared, float sizePx, int maxWidth) {
        TextMeasurer[] measurers = prepared.measurers(sizePx);
        List<Line> greedy = wrap(prepared, measurers, maxWidth);
        List<Line> lines = balance(prepared, measurers, maxWidth, greedy);
        return set(prepared, lines, sizePx);
    }

    /** Narrows the wrap width as far as the line count allows, which evens out the line lengths. */
    private static List<Line> balance(Prepared prepared, TextMeasurer[] measurers, int maxWidth, List<Line> greedy) {
        if (greedy.size() < 2) {
            return greedy;
        }
        long splits = splits(greedy);
        int lo = maxWidth / 2;
        int hi = maxWidth;
        List<Line> best = greedy;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            List<Line> attempt = wrap(prepared, measurers, mid);
            if (attempt.size() <= greedy.size() && splits(attempt) <= splits) {
                best = attempt;
                hi = mid - 1;
            } else {
                lo = mid + 1;
            }
        }
        return best;
    }

    private static long splits(List<Line> lines) {
        return lines.stream().filter(Line::forced).count();
    }

    /**
     * Greedy wrap at the language's break opportunities; a word wider than the line is broken
     * between grapheme clusters. Trailing spaces are not part of a line.
     */
    private static List<Line> wrap(Prepared prepared, TextMeasurer[] measurers, float width) {
        List<Line> lines = new ArrayList<>();
        for (int k = 0; k < prepared.paragraphs.size(); k++) {
            Paragraph paragraph = prepared.paragraphs.get(k);
            String s = paragraph.text;
            if (s.isEmpty()) {
                lines.add(new Line(k, 0, 0, false));
                continue;
            }
            TextMeasurer measurer = measurers[k];
            int start = skipSpaces(s, 0);
            while (start < s.length()) {
                int fitEnd = -1;
                int fitNext = -1;
                for (int b : paragraph.breaks) {
                    if (b <= start) {
                        continue;
                    }
                    int end = trimEnd(s, start, b);
                    if (end <= start) {
                        continue;
                    }
                    if (measurer.getAdvanceBetween(start, end) > width) {
                        break;
                    }
                    fitEnd = end;
                    fitNext = b;
                }
                if (fitEnd < 0) {
                    int cut = forcedCut(paragraph, measurer, start, width);
                    lines.add(new Line(k, start, cut, true));
                    start = skipSpaces(s, cut);
                } else {
                    lines.add(new Line(k, start, fitEnd, false));
                    start = skipSpaces(s, fitNext);
                }
            }
        }
        return lines;
    }

    /** Where to break a word too wide for the line: as much of it as fits, at least one cluster. */
    private static int forcedCut(Paragraph paragraph, TextMeasurer measurer, int start, float width) {
        int limit = measurer.getLineBreakIndex(start, width);
        BreakIterator clusters = paragraph.clusters;
        int cut = clusters.isBoundary(limit) ? limit : clusters.preceding(limit);
        if (cut <= start) {
            cut = clusters.following(start);
        }
        return cut;
    }

    /** The lines shaped as they will be drawn, measured, and their runs recorded. */
    private FittedText set(Prepared prepared, List<Line> lines, float sizePx) {
        Font face = prepared.style.face();
        LineMetrics metrics = StyledLine.sized(face, sizePx).getLineMetrics("Hg", StyledLine.FRC);
        double ascent = metrics.getAscent();
        double descent = metrics.getDescent();
        double minLineHeight = 0;
        double previousInkBelow = Double.NaN;
        double width = 0;
        List<String> texts = new ArrayList<>(lines.size());
        List<TextRun> runs = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            Paragraph paragraph = prepared.paragraphs.get(line.paragraph());
            String text = paragraph.text.substring(line.start(), line.end());
            texts.add(text);
            if (text.isEmpty()) {
                continue;
            }
            List<FontSpan> spans = new ArrayList<>();
            for (FontSpan span : paragraph.spans) {
                int s = Math.max(span.start(), line.start());
                int e = Math.min(span.end(), line.end());
                if (s < e) {
                    spans.add(new FontSpan(s - line.start(), e - line.start(), span.font()));
                    runs.add(new TextRun(i, s - line.start(), e - line.start(), span.font().getFontName(Locale.ROOT)));
                }
            }
            TextLayout shaped = StyledLine.layout(text, spans, sizePx, prepared.style.direction());
            width = Math.max(width, shaped.getAdvance());
            Rectangle2D ink = shaped.getBounds();
            double inkAbove = -ink.getY();
            double inkBelow = ink.getMaxY();
            ascent = Math.max(ascent, inkAbove);
            descent = Math.max(descent, inkBelow);
            if (!Double.isNaN(previousInkBelow)) {
                minLineHeight = Math.max(minLineHeight, previousInkBelow + inkAbove + INK_GAP * sizePx);
            }
            previousInkBelow = inkBelow;
        }
        int lineHeight = (int) Math.max(Math.round(sizePx * lineSpacing), Math.ceil(minLineHeight));
        boolean splitsWords = lines.stream().anyMatch(Line::forced);
        return new FittedText(texts, runs, sizePx, lineHeight, (int) Math.ceil(ascent), (int) Math.ceil(descent),
                (int) Math.ceil(width), false, splitsWords);
    }

    private static int skipSpaces(String s, int from) {
        int i = from;
        while (i < s.length()) {
            int cp = s.codePointAt(i);
            if (!Character.isWhitespace(cp) && !Character.isSpaceChar(cp)) {
                break;
            }
            i += Character.charCount(cp);
        }
        return i;
    }

    private static int trimEnd(String s, int start, int end) {
        int e = end;
        while (e > start) {
            int cp = s.codePointBefore(e);
            if (!Character.isWhitespace(cp) && !Character.isSpaceChar(cp)) {
                break;
            }
            e -= Character.charCount(cp);
        }
        return e;
    }

    /** A line as a range of one paragraph; {@code forced} when it ends inside a word. */
    private record Line(int paragraph, int start, int end, boolean forced) {
    }

    /** The size-independent part of setting a text: paragraphs, their font runs and break opportunities. */
    private static final class Prepared {
        final TextStyle style;
        final List<Paragraph> paragraphs = new ArrayList<>();

        Prepared(String text, TextStyle style) {
            this.style = style;
            for (String paragraph : text.strip().split("\\R")) {
                if (!paragraph.isBlank()) {
                    paragraphs.add(new Paragraph(paragraph.strip(), style));
                }
            }
            if (paragraphs.isEmpty()) {
                paragraphs.add(new Paragraph("", style));
            }
        }

        TextMeasurer[] measurers(float sizePx) {
            TextMeasurer[] measurers = new TextMeasurer[paragraphs.size()];
            for (int k = 0; k < measurers.length; k++) {
                Paragraph paragraph = paragraphs.get(k);
                if (!paragraph.text.isEmpty()) {
                    measurers[k] = new TextMeasurer(StyledLine.attributed(paragraph.text, paragraph.spans, sizePx,
                            style.direction()).getIterator(), StyledLine.FRC);
                }
            }
            return measurers;
        }
    }

    private static final class Paragraph {
        final String text;
        final List<FontSpan> spans;
        /** Offsets where a line may end, ascending, the paragraph's length last. */
        final int[] breaks;
        final BreakIterator clusters;

        Paragraph(String text, TextStyle style) {
            this.text = text;
            this.spans = style.fallback().spans(text, style.face(), style.locale());
            BreakIterator lineBreaks = BreakIterator.getLineInstance(style.locale());
            lineBreaks.setText(text);
            List<Integer> offsets = new ArrayList<>();
            for (int b = lineBreaks.next(); b != BreakIterator.DONE; b = lineBreaks.next()) {
                offsets.add(b);
            }
            this.breaks = offsets.stream().mapToInt(Integer::intValue).toArray();
            this.clusters = BreakIterator.getCharacterInstance(style.locale());
            clusters.setText(text);
        }
    }

    /** Compares by identity: fonts read from two kits' files may share a name, and equal fonts would mix them up. */
    private record Identity(Object value) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Identity that && that.value == value;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(value);
        }
    }

    private record FitKey(String text, Identity face, Identity fallback, Locale locale, TextDirection direction,
                          int maxWidth, int maxHeight, int maxLines, float minPx, float maxPx) {
    }
}
