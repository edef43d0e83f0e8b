package org.creativeautomation.engine.store;

/** What a run produced: creatives planned, of which rendered or already up to date; hero images generated or taken from the cache. */
public record RunCounts(int creatives, int rendered, int upToDate, int generated, int cached) {
    public static final RunCounts NONE = new RunCounts(0, 0, 0, 0, 0);
}
