package org.creativeautomation.engine.comply.brand;

import org.creativeautomation.engine.compose.FontChain;
import org.creativeautomation.engine.compose.LayoutIssue;
import org.creativeautomation.engine.compose.TextBlock;
import org.creativeautomation.engine.compose.TypeFaces;
import org.creativeautomation.engine.comply.Check;
import org.creativeautomation.engine.comply.CheckId;
import org.creativeautomation.engine.comply.CreativeUnderCheck;
import org.creativeautomation.engine.comply.Finding;
import org.creativeautomation.engine.comply.Severity;

import java.awt.Font;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Text is set in the kit's fonts. A block in any other font is an error. The only other faces
 * allowed are those of the engine's fallback chain, which the renderer switches to for characters
 * the kit font has no glyph for; that is a warning naming the characters, since those letters look
 * off-brand. Characters no font can draw (the layout's
 * {@code text.missing-glyphs} issue) are an error: they would show as empty boxes.
 */
public final class FontCheck implements Check {
    private static final int NAMED_CHARACTERS = 5;

    private final KitFaces kitFaces = new KitFaces();

    @Override
    public String name() {
        return "fonts";
    }

    @Override
    public boolean appliesTo(CreativeUnderCheck creative) {
        return creative.layout() != null && creative.kit() != null && creative.kit().fonts() != null;
    }

    @Override
    public List<Finding> check(CreativeUnderCheck creative) {
        KitFaces.Loaded kit = kitFaces.of(creative.kit());
        List<Finding> findings = new ArrayList<>();
        String kitNames = creative.kit().fonts().headlineName() + " or " + creative.kit().fonts().bodyName();
        for (TextBlock block : LayoutText.blocks(creative.layout())) {
            String family = block.fontFamily();
            if (family == null || !kit.names().contains(family.toLowerCase(Locale.ROOT))) {
                findings.add(Finding.of(CheckId.FONT_OFF_BRAND, Severity.ERROR,
                        "the " + LayoutText.name(block) + " is set in a font that is not the kit's", block.box(),
                        "font " + family, kitNames));
                continue;
            }
            kit.faces().ifPresent(faces -> faceOf(faces, block)
                    .flatMap(face -> fallbackWarning(block, face, faces.fallback()))
                    .ifPresent(findings::add));
        }
        for (LayoutIssue issue : creative.layout().issues()) {
            if ("text.missing-glyphs".equals(issue.code())) {
                findings.add(Finding.of(CheckId.FONT_OFF_BRAND, Severity.ERROR, issue.message(), issue.region(),
                        "characters without a glyph in any font", "every character drawn in " + kitNames));
            }
        }
        return findings;
    }

    /** The kit face a block names: its role's face, unless its name is the other face's. */
    private static Optional<Font> faceOf(TypeFaces faces, TextBlock block) {
        String family = block.fontFamily().toLowerCase(Locale.ROOT);
        boolean headline = KitFaces.namesOf(faces.headline()).contains(family);
        boolean body = KitFaces.namesOf(faces.body()).contains(family);
        if (headline == body) {
            return Optional.of(faces.forRole(block.fontRole()));
        }
        return Optional.of(headline ? faces.headline() : faces.body());
    }

    /** A warning naming the characters the renderer draws in a fallback font instead of the kit font. */
    private static Optional<Finding> fallbackWarning(TextBlock block, Font face, FontChain chain) {
        String text = String.join(" ", block.lines());
        if (face.canDisplayUpTo(text) == -1) {
            return Optional.empty();
        }
        Set<Integer> undrawable = new LinkedHashSet<>(chain.undrawable(face, text, Locale.ROOT));
        Set<Integer> fallback = new LinkedHashSet<>();
        text.codePoints()
                .filter(cp -> !face.canDisplay(cp) && !undrawable.contains(cp) && visible(cp))
                .forEach(fallback::add);
        if (fallback.isEmpty()) {
            return Optional.empty();
        }
        String named = fallback.stream().limit(NAMED_CHARACTERS)
                .map(cp -> new String(Character.toChars(cp)) + String.format(Locale.ROOT, " (U+%04X)", cp))
                .collect(Collectors.joining(", "));
        String more = fallback.size() > NAMED_CHARACTERS ? " and " + (fallback.size() - NAMED_CHARACTERS) + " more" : "";
        return Optional.of(Finding.of(CheckId.FONT_OFF_BRAND, Severity.WARNING,
                "the " + LayoutText.name(block) + " has characters the kit font lacks, drawn in a fallback font",
                block.box(), "fallback font for " + named + more, "every character in " + face.getFontName(Locale.ROOT)));
    }

    private static boolean visible(int cp) {
        return !Character.isWhitespace(cp) && !Character.isISOControl(cp) && Character.getType(cp) != Character.FORMAT
                && !(cp >= 0xFE00 && cp <= 0xFE0F);
    }
}
