package org.backendlab.sim;

import java.util.SplittableRandom;

/**
 * Seeded random streams, one per source (a client's arrivals, a node's service times, a cache's keys...):
 * each is derived from the run seed and the source's name, so changing one source never reshuffles another.
 */
final class Streams {

    private Streams() {
    }

    static SplittableRandom of(long seed, String nodeId, String purpose) {
        long h = 0xcbf29ce484222325L;
        String name = nodeId + "/" + purpose;
        for (int i = 0; i < name.length(); i++) {
            h ^= name.charAt(i);
            h *= 0x100000001b3L;
        }
        return new SplittableRandom(mix(seed * 0x9e3779b97f4a7c15L ^ mix(h)));
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    /** An exponential draw with the given mean. */
    static double exponential(SplittableRandom random, double mean) {
        return -Math.log(1.0 - random.nextDouble()) * mean;
    }
}
