package org.backendlab.sim;

import java.util.Arrays;

/**
 * Pooled calls in flight, one slot per call of a request to a serving node, stored in parallel primitive
 * arrays. A slot's generation changes when it is freed, so events that still name an old call are ignored.
 */
final class Jobs {

    static final int TRAVEL = 1;
    static final int QUEUED = 2;
    static final int WAIT_CORE = 3;
    static final int WORKING = 4;
    static final int WAIT_CHILD = 5;
    static final int DONE = 6;

    static final int RESULT_OK = 0;
    static final int RESULT_HIT = 1;
    static final int RESULT_MISS = 2;
    static final int RESULT_FAILED = 3;

    int[] gen = new int[256];
    int[] request = new int[256];
    int[] parent = new int[256];
    int[] parentGen = new int[256];
    /** The node that made the call (client or API server). */
    int[] caller = new int[256];
    int[] node = new int[256];
    int[] instance = new int[256];
    int[] state = new int[256];
    int[] step = new int[256];
    int[] result = new int[256];
    double[] arrived = new double[256];
    double[] backLatency = new double[256];
    Failure[] failure = new Failure[256];
    private int[] free = new int[256];
    private int freeTop;
    private int slots;

    int allocate() {
        int slot = freeTop > 0 ? free[--freeTop] : newSlot();
        state[slot] = TRAVEL;
        step[slot] = 0;
        result[slot] = RESULT_OK;
        failure[slot] = null;
        instance[slot] = -1;
        node[slot] = -1;
        return slot;
    }

    void release(int slot) {
        gen[slot]++;
        state[slot] = 0;
        failure[slot] = null;
        free[freeTop++] = slot;
    }

    /** Slots ever used; live ones have a non-zero state. */
    int slots() {
        return slots;
    }

    boolean live(int slot, int generation) {
        return gen[slot] == generation && state[slot] != 0;
    }

    private int newSlot() {
        if (slots == gen.length) {
            int n = slots * 2;
            gen = Arrays.copyOf(gen, n);
            request = Arrays.copyOf(request, n);
            parent = Arrays.copyOf(parent, n);
            parentGen = Arrays.copyOf(parentGen, n);
            caller = Arrays.copyOf(caller, n);
            node = Arrays.copyOf(node, n);
            instance = Arrays.copyOf(instance, n);
            state = Arrays.copyOf(state, n);
            step = Arrays.copyOf(step, n);
            result = Arrays.copyOf(result, n);
            arrived = Arrays.copyOf(arrived, n);
            backLatency = Arrays.copyOf(backLatency, n);
            failure = Arrays.copyOf(failure, n);
            free = Arrays.copyOf(free, n);
        }
        return slots++;
    }
}
