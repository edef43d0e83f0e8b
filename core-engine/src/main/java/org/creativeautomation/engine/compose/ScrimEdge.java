package org.creativeautomation.engine.compose;

/** The canvas edge a {@link Scrim} hangs from; its solid part lies along that edge. */
public enum ScrimEdge {
    TOP,
    BOTTOM
}
