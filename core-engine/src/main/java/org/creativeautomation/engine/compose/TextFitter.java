package org.creativeautomation.engine.compose;

import java.awt.font.LineMetrics;
import java.awt.font.TextLayout;
import java.awt.font.TextMeasurer;
import java.awt.geom.Rectangle2D;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
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
            best = set(prepared, lines(prepared, minPx, maxWidth), minPx).overflowing();
        }
        results.put(key, best);
        return best;
    }

    /**
     * The largest size that fits, null when none does. Sizes are searched on estimates (see
     * {@link Prepared}); the size found is then set exactly, and a size whose exact setting misses
     * the limits by rounding gives way to the next smaller one.
     */
    private FittedText largest(Prepared prepared, int lo, int hi, int maxWidth, int maxHeight, int maxLines,
                               boolean mayBreakWords) {
        int found = -1;
        int low = lo;
        int high = hi;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            List<Line> lines = lines(prepared, mid, maxWidth);
            if (fits(estimate(prepared, lines, mid), maxWidth, maxHeight, maxLines, mayBreakWords)) {
                found = mid;
                low = mid + 1;
            } else {
                high = mid - 1;
            }
        }
        for (int size = found; size >= lo && found >= 0; size--) {
            FittedText exact = set(prepared, lines(prepared, size, maxWidth), size);
            if (fits(exact, maxWidth, maxHeight, maxLines, mayBreakWords)) {
                return exact;
            }
        }
        return null;
    }

    private static boolean fits(FittedText text, int maxWidth, int maxHeight, int maxLines, boolean mayBreakWords) {
        return text.lines().size() <= maxLines && text.height() <= maxHeight && text.width() <= maxWidth
                && (mayBreakWords || !text.splitsWords());
    }

    /** Breaks the text at a fixed size into balanced lines no wider than {@code maxWidth}. */
    public FittedText layout(String text, TextStyle style, float sizePx, int maxWidth) {
        Prepared prepared = new Prepared(text, style);
        return set(prepared, lines(prepared, sizePx, maxWidth), sizePx);
    }

    /** Width in pixels of one line as it will be drawn. */
    public static double advance(String line, TextStyle style, float sizePx) {
        if (line.isEmpty()) {
            return 0;
        }
        List<FontSpan> spans = style.fallback().spans(line, style.face(), style.locale());
        return StyledLine.layout(line, spans, sizePx, style.direction()).getAdvance();
    }

    /** Balanced lines at a size, chosen on the reference-size measurements. */
    private static List<Line> lines(Prepared prepared, float sizePx, int maxWidth) {
        float width = maxWidth * Prepared.REFERENCE_PX / sizePx;
        return balance(prepared, width, wrap(prepared, width));
    }

    /** Narrows the wrap width as far as the line count allows, which evens out the line lengths. */
    private static List<Line> balance(Prepared prepared, float width, List<Line> greedy) {
        if (greedy.size() < 2) {
            return greedy;
        }
        long splits = splits(greedy);
        float lo = width / 2;
        float hi = width;
        List<Line> best = greedy;
        // A tenth of a pixel at the reference size is finer than any difference a break makes.
        while (hi - lo > 0.1f) {
            float mid = (lo + hi) / 2;
            List<Line> attempt = wrap(prepared, mid);
            if (attempt.size() <= greedy.size() && splits(attempt) <= splits) {
                best = attempt;
                hi = mid;
            } else {
                lo = mid;
            }
        }
        return best;
    }

    private static long splits(List<Line> lines) {
        return lines.stream().filter(Line::forced).count();
    }

    /**
     * Greedy wrap at the language's break opportunities, {@code width} in reference-size pixels; a
     * word wider than the line is broken between grapheme clusters. Trailing spaces are not part of
     * a line.
     */
    private static List<Line> wrap(Prepared prepared, float width) {
        List<Line> lines = new ArrayList<>();
        for (int k = 0; k < prepared.paragraphs.size(); k++) {
            Paragraph paragraph = prepared.paragraphs.get(k);
            String s = paragraph.text;
            if (s.isEmpty()) {
                lines.add(new Line(k, 0, 0, false));
                continue;
            }
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
                    if (paragraph.advance(start, end) > width) {
                        break;
                    }
                    fitEnd = end;
                    fitNext = b;
                }
                if (fitEnd < 0) {
                    int cut = paragraph.forcedCut(start, width);
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

    /**
     * The lines' size and spacing scaled from their reference-size layouts. Glyph advances and
     * outlines scale linearly with the size (fractional metrics, no hinting), so this matches the
     * exact setting to within rounding.
     */
    private FittedText estimate(Prepared prepared, List<Line> lines, float sizePx) {
        double scale = sizePx / Prepared.REFERENCE_PX;
        Metrics metrics = new Metrics(prepared.ascent, prepared.descent);
        List<String> texts = new ArrayList<>(lines.size());
        for (Line line : lines) {
            Paragraph paragraph = prepared.paragraphs.get(line.paragraph());
            texts.add(paragraph.text.substring(line.start(), line.end()));
            if (line.end() > line.start()) {
                metrics.add(paragraph.ink(line.start(), line.end()), INK_GAP * Prepared.REFERENCE_PX);
            }
        }
        return metrics.fitted(texts, List.of(), sizePx, scale, lineSpacing, lines.stream().anyMatch(Line::forced));
    }

    /** The lines shaped as they will be drawn at {@code sizePx}, measured, and their runs recorded. */
    private FittedText set(Prepared prepared, List<Line> lines, float sizePx) {
        LineMetrics face = StyledLine.sized(prepared.style.face(), sizePx).getLineMetrics("Hg", StyledLine.FRC);
        Metrics metrics = new Metrics(face.getAscent(), face.getDescent());
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
            metrics.add(Ink.of(StyledLine.layout(text, spans, sizePx, prepared.style.direction())), INK_GAP * sizePx);
        }
        return metrics.fitted(texts, runs, sizePx, 1, lineSpacing, lines.stream().anyMatch(Line::forced));
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

    /** A line's advance and how far its ink reaches above and below the baseline. */
    private record Ink(double advance, double above, double below) {
        static Ink of(TextLayout layout) {
            Rectangle2D bounds = layout.getBounds();
            return new Ink(layout.getAdvance(), -bounds.getY(), bounds.getMaxY());
        }
    }

    /** Block metrics gathered line by line: the widest line, the highest and lowest ink, the spacing ink needs. */
    private static final class Metrics {
        private double ascent;
        private double descent;
        private double width;
        private double minLineHeight;
        private double previousBelow = Double.NaN;

        Metrics(double faceAscent, double faceDescent) {
            this.ascent = faceAscent;
            this.descent = faceDescent;
        }

        void add(Ink ink, double gap) {
            width = Math.max(width, ink.advance());
            ascent = Math.max(ascent, ink.above());
            descent = Math.max(descent, ink.below());
            if (!Double.isNaN(previousBelow)) {
                minLineHeight = Math.max(minLineHeight, previousBelow + ink.above() + gap);
            }
            previousBelow = ink.below();
        }

        /** The block at {@code sizePx}, the gathered metrics multiplied by {@code scale}. */
        FittedText fitted(List<String> lines, List<TextRun> runs, float sizePx, double scale, double lineSpacing,
                          boolean splitsWords) {
            int lineHeight = (int) Math.max(Math.round(sizePx * lineSpacing), Math.ceil(minLineHeight * scale));
            return new FittedText(lines, runs, sizePx, lineHeight, (int) Math.ceil(ascent * scale),
                    (int) Math.ceil(descent * scale), (int) Math.ceil(width * scale), false, splitsWords);
        }
    }

    /**
     * The size-independent part of setting a text: paragraphs, their font runs and break
     * opportunities, and measurements at a reference size from which every other size is scaled.
     */
    private static final class Prepared {
        static final float REFERENCE_PX = 100f;

        final TextStyle style;
        final List<Paragraph> paragraphs = new ArrayList<>();
        final double ascent;
        final double descent;

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
            LineMetrics metrics = StyledLine.sized(style.face(), REFERENCE_PX).getLineMetrics("Hg", StyledLine.FRC);
            this.ascent = metrics.getAscent();
            this.descent = metrics.getDescent();
        }
    }

    /** One paragraph of the text, with its measurements at the reference size kept as they are asked for. */
    private static final class Paragraph {
        final String text;
        final List<FontSpan> spans;
        /** Offsets where a line may end, ascending, the paragraph's length last. */
        final int[] breaks;
        private final BreakIterator clusters;
        private final TextMeasurer measurer;
        private final Map<Long, Float> advances = new HashMap<>();
        private final Map<Long, Ink> inks = new HashMap<>();

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
            this.measurer = text.isEmpty() ? null : new TextMeasurer(StyledLine.attributed(text, spans,
                    Prepared.REFERENCE_PX, style.direction()).getIterator(), StyledLine.FRC);
        }

        /** Advance of characters start..end at the reference size, shaped in the paragraph's context. */
        float advance(int start, int end) {
            return advances.computeIfAbsent(key(start, end), k -> measurer.getAdvanceBetween(start, end));
        }

        Ink ink(int start, int end) {
            return inks.computeIfAbsent(key(start, end), k -> Ink.of(measurer.getLayout(start, end)));
        }

        /** Where to break a word too wide for the line: as much of it as fits, at least one cluster. */
        int forcedCut(int start, float width) {
            int limit = measurer.getLineBreakIndex(start, width);
            int cut = clusters.isBoundary(limit) ? limit : clusters.preceding(limit);
            if (cut <= start) {
                cut = clusters.following(start);
            }
            return cut;
        }

        private static long key(int start, int end) {
            return ((long) start << 32) | end;
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
