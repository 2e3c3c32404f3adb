package org.backendlab.sim;

import java.util.Arrays;

/**
 * The future event list: a binary min-heap of event slots ordered by time, then by scheduling order,
 * with every event stored in primitive arrays so that scheduling and taking events allocates nothing.
 */
final class EventCalendar {

    private int[] heap = new int[1024];
    private int size;
    private double[] time = new double[1024];
    private long[] seq = new long[1024];
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
        return time[heap[0]];
    }

    void schedule(double at, int eventType, int first, int second) {
        int slot = freeTop > 0 ? free[--freeTop] : newSlot();
        time[slot] = at;
        seq[slot] = nextSeq++;
        type[slot] = eventType;
        a[slot] = first;
        b[slot] = second;
        if (size == heap.length) {
            heap = Arrays.copyOf(heap, size * 2);
        }
        siftUp(size++, slot);
    }

    /** Removes the earliest event and exposes it in the {@code taken*} fields. */
    void take() {
        int slot = heap[0];
        takenTime = time[slot];
        takenType = type[slot];
        takenA = a[slot];
        takenB = b[slot];
        free[freeTop++] = slot;
        int last = heap[--size];
        if (size > 0) {
            siftDown(0, last);
        }
    }

    private int newSlot() {
        if (slots == time.length) {
            int n = slots * 2;
            time = Arrays.copyOf(time, n);
            seq = Arrays.copyOf(seq, n);
            type = Arrays.copyOf(type, n);
            a = Arrays.copyOf(a, n);
            b = Arrays.copyOf(b, n);
            free = Arrays.copyOf(free, n);
        }
        return slots++;
    }

    private boolean before(int x, int y) {
        double tx = time[x];
        double ty = time[y];
        return tx < ty || (tx == ty && seq[x] < seq[y]);
    }

    private void siftUp(int at, int slot) {
        int[] h = heap;
        while (at > 0) {
            int parent = (at - 1) >>> 1;
            int p = h[parent];
            if (!before(slot, p)) {
                break;
            }
            h[at] = p;
            at = parent;
        }
        h[at] = slot;
    }

    private void siftDown(int at, int slot) {
        int[] h = heap;
        int half = size >>> 1;
        while (at < half) {
            int child = 2 * at + 1;
            int c = h[child];
            int right = child + 1;
            if (right < size && before(h[right], c)) {
                child = right;
                c = h[right];
            }
            if (!before(c, slot)) {
                break;
            }
            h[at] = c;
            at = child;
        }
        h[at] = slot;
    }
}
