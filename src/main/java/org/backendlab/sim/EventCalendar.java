package org.backendlab.sim;

import java.util.Arrays;

/**
 * The future event list: a 4-ary min-heap ordered by time, then by scheduling order. The heap keeps each
 * entry's time and sequence next to its slot number (so comparisons touch contiguous memory), and the
 * event's type and two int payloads live in slot-indexed primitive arrays: scheduling and taking an event
 * allocate nothing.
 */
final class EventCalendar {

    private double[] heapTime = new double[1024];
    private long[] heapSeq = new long[1024];
    private int[] heapSlot = new int[1024];
    private int size;
    private int[] type = new int[1024];
    private int[] a = new int[1024];
    private int[] b = new int[1024];
    private int[] free = new int[1024];
    private int freeTop;
    private int slots;
    private long nextSeq;

    /** Fields of the event last taken by {@link #take()}. */
    double takenTime;
    int takenType;
    int takenA;
    int takenB;

    boolean isEmpty() {
        return size == 0;
    }

    int size() {
        return size;
    }

    double peekTime() {
        return heapTime[0];
    }

    void schedule(double at, int eventType, int first, int second) {
        int slot = freeTop > 0 ? free[--freeTop] : newSlot();
        type[slot] = eventType;
        a[slot] = first;
        b[slot] = second;
        if (size == heapTime.length) {
            int n = size * 2;
            heapTime = Arrays.copyOf(heapTime, n);
            heapSeq = Arrays.copyOf(heapSeq, n);
            heapSlot = Arrays.copyOf(heapSlot, n);
        }
        siftUp(size++, at, nextSeq++, slot);
    }

    /** Removes the earliest event and exposes it in the {@code taken*} fields. */
    void take() {
        int slot = heapSlot[0];
        takenTime = heapTime[0];
        takenType = type[slot];
        takenA = a[slot];
        takenB = b[slot];
        free[freeTop++] = slot;
        int last = --size;
        if (last > 0) {
            siftDown(heapTime[last], heapSeq[last], heapSlot[last]);
        }
    }

    private int newSlot() {
        if (slots == type.length) {
            int n = slots * 2;
            type = Arrays.copyOf(type, n);
            a = Arrays.copyOf(a, n);
            b = Arrays.copyOf(b, n);
            free = Arrays.copyOf(free, n);
        }
        return slots++;
    }

    private void siftUp(int at, double time, long seq, int slot) {
        double[] ht = heapTime;
        long[] hs = heapSeq;
        int[] hslot = heapSlot;
        while (at > 0) {
            int parent = (at - 1) >>> 2;
            double pt = ht[parent];
            if (pt < time || (pt == time && hs[parent] < seq)) {
                break;
            }
            ht[at] = pt;
            hs[at] = hs[parent];
            hslot[at] = hslot[parent];
            at = parent;
        }
        ht[at] = time;
        hs[at] = seq;
        hslot[at] = slot;
    }

    private void siftDown(double time, long seq, int slot) {
        double[] ht = heapTime;
        long[] hs = heapSeq;
        int[] hslot = heapSlot;
        int n = size;
        int at = 0;
        while (true) {
            int first = 4 * at + 1;
            if (first >= n) {
                break;
            }
            int best = first;
            double bt = ht[first];
            long bs = hs[first];
            int end = Math.min(first + 4, n);
            for (int c = first + 1; c < end; c++) {
                double ct = ht[c];
                if (ct < bt || (ct == bt && hs[c] < bs)) {
                    best = c;
                    bt = ct;
                    bs = hs[c];
                }
            }
            if (time < bt || (time == bt && seq < bs)) {
                break;
            }
            ht[at] = bt;
            hs[at] = bs;
            hslot[at] = hslot[best];
            at = best;
        }
        ht[at] = time;
        hs[at] = seq;
        hslot[at] = slot;
    }
}
