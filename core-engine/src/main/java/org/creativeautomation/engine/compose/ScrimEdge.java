package org.creativeautomation.engine.compose;

/**
 * The canvas edge a {@link Scrim} hangs from; its solid part lies along that edge. {@code AROUND}
 * is a panel that hangs from no edge: solid behind the text, fading out on all sides.
 */
public enum ScrimEdge {
    TOP,
    BOTTOM,
    LEFT,
    RIGHT,
    AROUND;

    /** True for the edges a band runs along (top, bottom); false for the sides columns hang from. */
    public boolean isHorizontal() {
        return this == TOP || this == BOTTOM;
    }
}
