package org.creativeautomation.engine.pipeline;

/**
 * The engine's version as it enters every job key. Bump {@link #RENDER_REVISION} whenever the
 * solver or renderer changes what pixels a creative gets, so outputs of older engines are redone.
 */
public final class EngineVersion {
    public static final String RENDER_REVISION = "r7";
    /** Bump whenever a compliance check changes what it finds, so findings of older engines are redone. */
    public static final String CHECKS_REVISION = "c2";

    private EngineVersion() {
    }

    public static String value() {
        String implementation = EngineVersion.class.getPackage().getImplementationVersion();
        return (implementation == null ? "dev" : implementation) + "+" + RENDER_REVISION;
    }

    /** The part of the version that changes pixels: the render revision only, so a rebuild alone re-renders nothing. */
    public static String renderKey() {
        return RENDER_REVISION;
    }
}
