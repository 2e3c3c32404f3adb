package org.backendlab.sim;

import java.util.Arrays;

/**
 * Pooled requests in flight (what a client sent), stored in parallel primitive arrays. Each request carries
 * the random draws it may need on its way (its key and its work at every tier), drawn when it was created.
 */
final class Requests {

    /** Tiers a request may do work at, once each: API server, cache, database, file storage. */
    static final int TIERS = 4;

    int[] kind = new int[256];
    int[] client = new int[256];
    int[] key = new int[256];
    int[] phase = new int[256];
    int[] force = new int[256];
    /** Index of the request's trace in the tracer, or -1 when it is not traced. */
    int[] trace = new int[256];
    double[] start = new double[256];
    /** Uniform draw (0-1) that picks the request's cache key from the cache's popularity table. */
    double[] keyDraw = new double[256];
    /** Uniform draws (0-1) of the request's work, by {@code slot * TIERS + tier}; see {@link ServerState#workSeconds}. */
    double[] workDraw = new double[256 * TIERS];
    /** Calls of the request still allocated; the slot is reused only when it is finished and this is 0. */
    int[] calls = new int[256];
    boolean[] finished = new boolean[256];
    private int[] free = new int[256];
    private int freeTop;
    private int slots;
    private int live;

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
            keyDraw = Arrays.copyOf(keyDraw, n);
            workDraw = Arrays.copyOf(workDraw, n * TIERS);
            calls = Arrays.copyOf(calls, n);
            finished = Arrays.copyOf(finished, n);
            free = Arrays.copyOf(free, n);
        }
        return slots++;
    }
}
