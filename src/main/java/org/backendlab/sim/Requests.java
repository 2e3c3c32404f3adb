package org.backendlab.sim;

import java.util.Arrays;

/**
 * Pooled requests in flight (what a client sent), stored in parallel primitive arrays. Each request carries
 * a random seed drawn when it was created, from which every draw it may need on its way (its cache key, its
 * work at each tier) is derived, so the same request gets the same draws in any design.
 */
final class Requests {

    /** Tiers a request may do work at, once each: API server, cache, database, file storage. */
    static final int TIERS = 4;
    /** Which of a request's draws: its cache key; tier t's work is {@code WORK + t}. */
    static final int KEY = 0;
    static final int WORK = 1;

    int[] kind = new int[256];
    int[] client = new int[256];
    int[] key = new int[256];
    int[] phase = new int[256];
    int[] force = new int[256];
    /** Index of the request's trace in the tracer, or -1 when it is not traced. */
    int[] trace = new int[256];
    double[] start = new double[256];
    /** The request's own random seed (see {@link #uniform}). */
    long[] seed = new long[256];
    /** Calls of the request still allocated; the slot is reused only when it is finished and this is 0. */
    int[] calls = new int[256];
    boolean[] finished = new boolean[256];
    private int[] free = new int[256];
    private int freeTop;
    private int slots;
    private int live;

    /**
     * Draw number {@code which} ({@link #KEY}, {@link #WORK} + tier) of a request with this seed: a uniform
     * number in [0, 1), computed (not stored) by mixing the two, so it costs nothing until it is needed.
     */
    static double uniform(long seed, int which) {
        long z = seed + (which + 1) * 0x9e3779b97f4a7c15L;
        z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
        z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
        z = z ^ (z >>> 33);
        return (z >>> 11) * 0x1.0p-53;
    }

    int allocate() {
        int slot = freeTop > 0 ? free[--freeTop] : newSlot();
        key[slot] = 0;
        phase[slot] = 0;
        force[slot] = 0;
        trace[slot] = -1;
        calls[slot] = 0;
        finished[slot] = false;
        live++;
        return slot;
    }

    /** The request got its answer (or failed); its slot is reused once no call of it is left. */
    void finish(int slot) {
        finished[slot] = true;
        trace[slot] = -1;
        if (calls[slot] == 0) {
            release(slot);
        }
    }

    /** One call of the request ended. */
    void callEnded(int slot) {
        if (--calls[slot] == 0 && finished[slot]) {
            release(slot);
        }
    }

    private void release(int slot) {
        free[freeTop++] = slot;
        live--;
    }

    int live() {
        return live;
    }

    private int newSlot() {
        if (slots == kind.length) {
            int n = slots * 2;
            kind = Arrays.copyOf(kind, n);
            client = Arrays.copyOf(client, n);
            key = Arrays.copyOf(key, n);
            phase = Arrays.copyOf(phase, n);
            force = Arrays.copyOf(force, n);
            trace = Arrays.copyOf(trace, n);
            start = Arrays.copyOf(start, n);
            seed = Arrays.copyOf(seed, n);
            calls = Arrays.copyOf(calls, n);
            finished = Arrays.copyOf(finished, n);
            free = Arrays.copyOf(free, n);
        }
        return slots++;
    }
}
