package org.backendlab.sim;

import java.util.Arrays;

/** A growable FIFO of (slot, generation, time) entries without per-entry allocation. */
final class IntRing {

    private int[] slot = new int[16];
    private int[] gen = new int[16];
    private double[] time = new double[16];
    private int head;
    private int size;

    boolean isEmpty() {
        return size == 0;
    }

    int size() {
        return size;
    }

    void add(int s, int g, double t) {
        if (size == slot.length) {
            grow();
        }
        int at = (head + size) & (slot.length - 1);
        slot[at] = s;
        gen[at] = g;
        time[at] = t;
        size++;
    }

    int headSlot() {
        return slot[head];
    }

    int headGen() {
        return gen[head];
    }

    double headTime() {
        return time[head];
    }

    void removeHead() {
        head = (head + 1) & (slot.length - 1);
        size--;
    }

    void clear() {
        head = 0;
        size = 0;
    }

    private void grow() {
        int n = slot.length * 2;
        int[] s = new int[n];
        int[] g = new int[n];
        double[] t = new double[n];
        for (int i = 0; i < size; i++) {
            int at = (head + i) & (slot.length - 1);
            s[i] = slot[at];
            g[i] = gen[at];
            t[i] = time[at];
        }
        slot = s;
        gen = g;
        time = t;
        head = 0;
        Arrays.fill(time, size, n, 0);
    }
}
