package org.creativeautomation.engine.comply.brand;

import org.creativeautomation.engine.compose.Box;
import org.creativeautomation.engine.compose.Layout;
import org.creativeautomation.engine.compose.TextBlock;

import java.util.ArrayList;
import java.util.List;

/** The text blocks of a layout, in reading order, and how findings name them. */
final class LayoutText {
    private LayoutText() {
    }

    /** Message, CTA label and disclaimer, those the layout has. */
    static List<TextBlock> blocks(Layout layout) {
        List<TextBlock> blocks = new ArrayList<>(3);
        if (layout.message() != null) {
            blocks.add(layout.message());
        }
        if (layout.cta() != null && layout.cta().label() != null) {
            blocks.add(layout.cta().label());
        }
        if (layout.disclaimer() != null) {
            blocks.add(layout.disclaimer());
        }
        return blocks;
    }

    /** The block as a person would name it: "message", "CTA", "disclaimer". */
    static String name(TextBlock block) {
        return "cta".equals(block.role()) ? "CTA" : block.role();
    }

    /**
     * The boxes text occupies on the canvas, named: message, CTA button (its whole button) and
     * disclaimer. What the logo's clear space and the safe zones must keep out.
     */
    static List<Named> areas(Layout layout) {
        List<Named> areas = new ArrayList<>(3);
        if (layout.message() != null) {
            areas.add(new Named("message", layout.message().box()));
        }
        if (layout.cta() != null) {
            areas.add(new Named("CTA button", layout.cta().box()));
        }
        if (layout.disclaimer() != null) {
            areas.add(new Named("disclaimer", layout.disclaimer().box()));
        }
        return areas;
    }

    /** A box with the name findings give it. */
    record Named(String name, Box box) {
    }

    /**
     * The box of line {@code i}: the block's width, from its baseline up by the font's ascent and
     * down by its descent (both read off the block's box, which spans first ascent to last descent).
     */
    static Box lineBox(TextBlock block, int i) {
        int first = block.baselines().get(0);
        int last = block.baselines().get(block.baselines().size() - 1);
        int ascent = Math.max(1, first - block.box().y());
        int descent = Math.max(0, block.box().bottom() - last);
        int baseline = block.baselines().get(i);
        return new Box(block.box().x(), baseline - ascent, block.box().width(), ascent + descent);
    }
}
