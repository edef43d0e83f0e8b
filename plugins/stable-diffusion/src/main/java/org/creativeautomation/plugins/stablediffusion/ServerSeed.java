package org.creativeautomation.plugins.stablediffusion;

/**
 * A request's seed as a local server takes it: an unsigned 32-bit number. A1111 reads -1 as "pick
 * one" and its seed field, like the seeds users copy between tools, is 32-bit; folding keeps the
 * engine's 64-bit seeds deterministic (the same request seed always gives the same server seed).
 */
public record ServerSeed(long value) {
    private static final long RANGE = 1L << 32;

    public ServerSeed {
        if (value < 0 || value >= RANGE) {
            throw new IllegalArgumentException("a server seed is from 0 to 2^32-1, was " + value);
        }
    }

    public static ServerSeed of(long requested) {
        return new ServerSeed(Math.floorMod(requested, RANGE));
    }
}
