package org.creativeautomation.engine.comply.legal;

import org.creativeautomation.engine.compose.Box;
import org.creativeautomation.engine.compose.CreativeCopy;
import org.creativeautomation.engine.compose.Layout;

/** The pieces of copy on a creative, in reading order, and where the layout put each. */
public enum CopyField {
    MESSAGE("message"), CTA("cta"), DISCLAIMER("disclaimer");

    private final String label;

    CopyField(String label) {
        this.label = label;
    }

    /** As findings name it: {@code message}. */
    public String label() {
        return label;
    }

    /** The field's text, null when the creative has none. */
    public String text(CreativeCopy copy) {
        return switch (this) {
            case MESSAGE -> copy.message();
            case CTA -> copy.cta();
            case DISCLAIMER -> copy.disclaimer();
        };
    }

    /** Where the field is drawn; null without a layout or when the layout has no such block. */
    public Box box(Layout layout) {
        if (layout == null) {
            return null;
        }
        return switch (this) {
            case MESSAGE -> layout.message() == null ? null : layout.message().box();
            case CTA -> layout.cta() == null ? null : layout.cta().box();
            case DISCLAIMER -> layout.disclaimer() == null ? null : layout.disclaimer().box();
        };
    }
}
