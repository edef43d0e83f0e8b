package org.creativeautomation.engine.compose;

/** The canvas edge a {@link Scrim} hangs from; its solid part lies along that edge. */
public enum ScrimEdge {
    TOP,
    BOTTOM,
    LEFT,
    RIGHT;

    /** True for the edges a band runs along (top, bottom); false for the sides columns hang from. */
    public boolean isHorizontal() {
        return this == TOP || this == BOTTOM;
    }
}
