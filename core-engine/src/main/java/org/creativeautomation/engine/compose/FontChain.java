package org.creativeautomation.engine.compose;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.awt.Font;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The fonts that draw what a kit's font cannot: an ordered list of installed families, tried per
 * run of text, so Japanese copy in a Latin brand font comes out in a Japanese font rather than as
 * empty boxes. Read from {@code font-fallback.yaml}; families are looked up by name once, on first
 * need, and kept, so setting text never scans the installed fonts.
 *
 * <p>Thread-safe: the pipeline sets text on several threads at once.
 */
public final class FontChain {
    private static final Logger LOG = LoggerFactory.getLogger(FontChain.class);
    private static final String RESOURCE = "font-fallback.yaml";

    private final List<String> chain;
    private final Map<String, List<String>> languages;
    /** Resolved families by "family|bold": empty when not installed. */
    private final Map<String, Optional<Font>> families = new ConcurrentHashMap<>();
    /** The fallback list per language tag and weight. */
    private final Map<String, List<Font>> fallbacks = new ConcurrentHashMap<>();
    /** Faces by the name a {@link TextRun} records, per weight. */
    private final Map<String, Optional<Font>> named = new ConcurrentHashMap<>();

    /**
     * @param chain     family names tried in order
     * @param languages per BCP 47 language tag, families tried before the chain
     */
    public FontChain(List<String> chain, Map<String, List<String>> languages) {
        this.chain = List.copyOf(chain);
        Map<String, List<String>> copy = new LinkedHashMap<>();
        languages.forEach((tag, list) -> copy.put(tag.toLowerCase(Locale.ROOT), List.copyOf(list)));
        this.languages = Map.copyOf(copy);
    }

    /** The chain shipped with the engine, read once. */
    public static FontChain standard() {
        return Standard.CHAIN;
    }

    /** Reads a chain from YAML: {@code chain} (a list of family names) and optional {@code languages}. */
    public static FontChain read(InputStream yaml) throws IOException {
        ObjectMapper mapper = new ObjectMapper(new YAMLFactory())
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
        ChainFile file = mapper.readValue(yaml, ChainFile.class);
        if (file.chain() == null || file.chain().isEmpty()) {
            throw new IOException("a font fallback file needs a non-empty 'chain' of family names");
        }
        return new FontChain(file.chain(), file.languages() == null ? Map.of() : file.languages());
    }

    private record ChainFile(List<String> chain, Map<String, List<String>> languages) {
    }

    private static final class Standard {
        static final FontChain CHAIN = load();

        private static FontChain load() {
            try (InputStream in = FontChain.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException(RESOURCE + " is missing from the engine's class path");
                }
                return read(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /**
     * True for a face named Bold, Black or Heavy (kit fonts are read from files, so Java reports them
     * all as plain): such a face gets the bold weight of each fallback family.
     */
    public static boolean isHeavy(Font face) {
        String name = face.getFontName(Locale.ROOT).toLowerCase(Locale.ROOT);
        return face.isBold() || name.contains("bold") || name.contains("black") || name.contains("heavy");
    }

    /** The installed fallback fonts (at size 1) for copy in {@code locale}, in the order they are tried. */
    public List<Font> fallbacks(Locale locale, boolean bold) {
        String tag = locale.toLanguageTag();
        return fallbacks.computeIfAbsent(tag + "|" + bold, k -> {
            Set<String> order = new LinkedHashSet<>(preferredFor(locale));
            order.addAll(chain);
            List<Font> fonts = new ArrayList<>();
            for (String family : order) {
                family(family, bold).ifPresent(fonts::add);
            }
            return List.copyOf(fonts);
        });
    }

    private List<String> preferredFor(Locale locale) {
        String language = locale.getLanguage();
        if (language.isEmpty()) {
            return List.of();
        }
        List<String> keys = new ArrayList<>();
        keys.add(locale.toLanguageTag());
        if (!locale.getScript().isEmpty()) {
            keys.add(language + "-" + locale.getScript());
        }
        if (!locale.getCountry().isEmpty()) {
            keys.add(language + "-" + locale.getCountry());
        }
        keys.add(language);
        for (String key : keys) {
            List<String> preferred = languages.get(key.toLowerCase(Locale.ROOT));
            if (preferred != null) {
                return preferred;
            }
        }
        return List.of();
    }

    private Optional<Font> family(String family, boolean bold) {
        return families.computeIfAbsent(family + "|" + bold, k -> {
            Font font = new Font(family, bold ? Font.BOLD : Font.PLAIN, 1);
            // Java quietly substitutes its default font for a name it does not know.
            boolean installed = font.getFamily(Locale.ROOT).equalsIgnoreCase(family)
                    || font.getFontName(Locale.ROOT).equalsIgnoreCase(family);
            if (!installed) {
                LOG.debug("Fallback font family {} is not installed; skipping it", family);
                return Optional.empty();
            }
            return Optional.of(font);
        });
    }

    /**
     * The fallback face a {@link TextRun} names, at size 1: the same font the text was measured in
     * when this chain set it.
     */
    public Optional<Font> named(String fontName, boolean bold) {
        return named.computeIfAbsent(fontName.toLowerCase(Locale.ROOT) + "|" + bold, k -> {
            Set<String> all = new LinkedHashSet<>();
            languages.values().forEach(all::addAll);
            all.addAll(chain);
            for (String family : all) {
                Optional<Font> font = family(family, bold);
                if (font.isPresent() && font.get().getFontName(Locale.ROOT).equalsIgnoreCase(fontName)) {
                    return font;
                }
            }
            return Optional.empty();
        });
    }

    /**
     * Splits text into runs, each drawn by one font: the face wherever it has the glyphs, otherwise
     * the first fallback that has every glyph of the run (so a word stays in one font and is shaped
     * as a whole), otherwise per character the first fallback that has it. Runs never split a
     * grapheme cluster (a letter and its marks share a font). The fonts are at size 1.
     */
    List<FontSpan> spans(String text, Font face, Locale locale) {
        if (text.isEmpty()) {
            return List.of();
        }
        if (face.canDisplayUpTo(text) == -1) {
            return List.of(new FontSpan(0, text.length(), face));
        }
        List<int[]> clusters = clusters(text, locale);
        int n = clusters.size();
        Coverage[] coverage = new Coverage[n];
        for (int i = 0; i < n; i++) {
            int[] c = clusters.get(i);
            coverage[i] = isBlank(text, c[0], c[1]) ? Coverage.BLANK
                    : covers(face, text, c[0], c[1]) ? Coverage.FACE : Coverage.FALLBACK;
        }
        // Spaces between two words the face lacks stay with them, so a sentence is shaped in one font.
        for (int i = 0; i < n; i++) {
            if (coverage[i] == Coverage.BLANK) {
                int after = i + 1;
                while (after < n && coverage[after] == Coverage.BLANK) {
                    after++;
                }
                boolean inside = i > 0 && coverage[i - 1] == Coverage.FALLBACK && after < n
                        && coverage[after] == Coverage.FALLBACK;
                for (int j = i; j < after; j++) {
                    coverage[j] = inside ? Coverage.FALLBACK : Coverage.FACE;
                }
                i = after - 1;
            }
        }
        List<Font> fallbacks = fallbacks(locale, isHeavy(face));
        List<FontSpan> spans = new ArrayList<>();
        int i = 0;
        while (i < n) {
            int j = i;
            while (j < n && coverage[j] == coverage[i]) {
                j++;
            }
            int start = clusters.get(i)[0];
            int end = clusters.get(j - 1)[1];
            if (coverage[i] == Coverage.FACE) {
                add(spans, new FontSpan(start, end, face));
            } else {
                Optional<Font> whole = firstCovering(fallbacks, text, start, end);
                if (whole.isPresent()) {
                    add(spans, new FontSpan(start, end, whole.get()));
                } else {
                    for (int k = i; k < j; k++) {
                        splitCluster(spans, text, clusters.get(k), face, fallbacks);
                    }
                }
            }
            i = j;
        }
        return spans;
    }

    /** Whether the face draws a grapheme cluster, a fallback must, or it is a space that goes with its neighbours. */
    private enum Coverage {
        FACE,
        FALLBACK,
        BLANK
    }

    private static void splitCluster(List<FontSpan> spans, String text, int[] cluster, Font face, List<Font> fallbacks) {
        Optional<Font> whole = covers(face, text, cluster[0], cluster[1]) ? Optional.of(face)
                : firstCovering(fallbacks, text, cluster[0], cluster[1]);
        if (whole.isPresent()) {
            add(spans, new FontSpan(cluster[0], cluster[1], whole.get()));
            return;
        }
        for (int at = cluster[0]; at < cluster[1]; ) {
            int cp = text.codePointAt(at);
            int next = at + Character.charCount(cp);
            Font font = face;
            if (needsGlyph(cp) && !face.canDisplay(cp)) {
                font = fallbacks.stream().filter(f -> f.canDisplay(cp)).findFirst().orElse(face);
            }
            add(spans, new FontSpan(at, next, font));
            at = next;
        }
    }

    /** Appends a span, merging it into the previous one when both use the same font. */
    private static void add(List<FontSpan> spans, FontSpan span) {
        if (!spans.isEmpty()) {
            FontSpan last = spans.get(spans.size() - 1);
            if (last.font().equals(span.font()) && last.end() == span.start()) {
                spans.set(spans.size() - 1, new FontSpan(last.start(), span.end(), last.font()));
                return;
            }
        }
        spans.add(span);
    }

    private static Optional<Font> firstCovering(List<Font> fonts, String text, int start, int end) {
        for (Font font : fonts) {
            if (covers(font, text, start, end)) {
                return Optional.of(font);
            }
        }
        return Optional.empty();
    }

    private static boolean covers(Font font, String text, int start, int end) {
        for (int i = start; i < end; ) {
            int cp = text.codePointAt(i);
            if (needsGlyph(cp) && !font.canDisplay(cp)) {
                return false;
            }
            i += Character.charCount(cp);
        }
        return true;
    }

    private static boolean isBlank(String text, int start, int end) {
        for (int i = start; i < end; ) {
            int cp = text.codePointAt(i);
            if (!Character.isWhitespace(cp) && !Character.isSpaceChar(cp)) {
                return false;
            }
            i += Character.charCount(cp);
        }
        return true;
    }

    private static List<int[]> clusters(String text, Locale locale) {
        BreakIterator graphemes = BreakIterator.getCharacterInstance(locale);
        graphemes.setText(text);
        List<int[]> clusters = new ArrayList<>();
        int start = graphemes.first();
        for (int end = graphemes.next(); end != BreakIterator.DONE; start = end, end = graphemes.next()) {
            clusters.add(new int[]{start, end});
        }
        return clusters;
    }

    /**
     * The distinct code points of the text, in order of first use, that neither the face nor any
     * installed font of the chain has a glyph for: they would be drawn as empty boxes.
     */
    public List<Integer> undrawable(Font face, String text, Locale locale) {
        if (text == null || face.canDisplayUpTo(text) == -1) {
            return List.of();
        }
        List<Font> fallbacks = fallbacks(locale, isHeavy(face));
        Set<Integer> missing = new LinkedHashSet<>();
        text.codePoints()
                .filter(cp -> drawsSomething(cp) && !face.canDisplay(cp)
                        && fallbacks.stream().noneMatch(f -> f.canDisplay(cp)))
                .forEach(missing::add);
        return List.copyOf(missing);
    }

    /**
     * Whether a character needs a glyph of the font that sets it. Controls, format characters
     * (joiners, bidi marks) and variation selectors draw nothing of their own.
     */
    static boolean needsGlyph(int cp) {
        return !Character.isISOControl(cp) && Character.getType(cp) != Character.FORMAT && !isVariationSelector(cp);
    }

    /** A character that leaves ink: what a missing glyph would show as an empty box. */
    static boolean drawsSomething(int cp) {
        return needsGlyph(cp) && !Character.isWhitespace(cp) && !Character.isSpaceChar(cp);
    }

    private static boolean isVariationSelector(int cp) {
        return (cp >= 0xFE00 && cp <= 0xFE0F) || (cp >= 0xE0100 && cp <= 0xE01EF);
    }
}
