package org.backendlab.sim;

import java.util.Arrays;

/**
 * The keys a cache node holds: at most {@code capacity} positive int keys, each fresh until its expiry,
 * least recently used evicted first. An open-addressing table and a linked list in primitive arrays.
 */
final class CacheStore {

    private static final int EMPTY = 0;
    private int capacity;
    private int[] table;
    private int mask;
    private int[] keys;
    private double[] expiry;
    private int[] prev;
    private int[] next;
    private int[] free;
    private int freeTop;
    private int head = -1;
    private int tail = -1;
    private int size;

    CacheStore(int capacity) {
        resize(capacity);
    }

    /** Empties the cache and sets a new capacity. */
    void resize(int newCapacity) {
        capacity = Math.max(0, Math.min(newCapacity, ZipfKeys.MAX_KEYS));
        int tableSize = Integer.highestOneBit(Math.max(4, capacity * 2 - 1)) << 1;
        table = new int[tableSize];
        mask = tableSize - 1;
        keys = new int[capacity + 1];
        expiry = new double[capacity + 1];
        prev = new int[capacity + 1];
        next = new int[capacity + 1];
        free = new int[capacity + 1];
        freeTop = 0;
        for (int e = capacity; e >= 1; e--) {
            free[freeTop++] = e;
        }
        head = -1;
        tail = -1;
        size = 0;
    }

    int capacity() {
        return capacity;
    }

    int size() {
        return size;
    }

    /** True when the key is present and fresh (then it becomes most recent); an expired key is removed. */
    boolean get(int key, double now) {
        int pos = find(key);
        if (pos < 0) {
            return false;
        }
        int e = table[pos];
        if (expiry[e] <= now) {
            removeAt(pos);
            return false;
        }
        unlink(e);
        pushFront(e);
        return true;
    }

    /** Stores a key, fresh until {@code until}, evicting the least recently used key when full. */
    void put(int key, double until) {
        if (capacity == 0) {
            return;
        }
        int pos = find(key);
        if (pos >= 0) {
            int e = table[pos];
            expiry[e] = until;
            unlink(e);
            pushFront(e);
            return;
        }
        if (size == capacity) {
            removeAt(find(keys[tail]));
        }
        int e = free[--freeTop];
        keys[e] = key;
        expiry[e] = until;
        pushFront(e);
        int slot = hash(key);
        while (table[slot] != EMPTY) {
            slot = (slot + 1) & mask;
        }
        table[slot] = e;
        size++;
    }

    void remove(int key) {
        int pos = find(key);
        if (pos >= 0) {
            removeAt(pos);
        }
    }

    private int hash(int key) {
        return (key * 0x9E3779B9) >>> 7 & mask;
    }

    private int find(int key) {
        int slot = hash(key);
        while (true) {
            int e = table[slot];
            if (e == EMPTY) {
                return -1;
            }
            if (keys[e] == key) {
                return slot;
            }
            slot = (slot + 1) & mask;
        }
    }

    private void removeAt(int pos) {
        int e = table[pos];
        unlink(e);
        free[freeTop++] = e;
        size--;
        // backward-shift deletion keeps linear probing correct without tombstones
        int hole = pos;
        int slot = (pos + 1) & mask;
        while (table[slot] != EMPTY) {
            int home = hash(keys[table[slot]]);
            if (((slot - home) & mask) >= ((slot - hole) & mask)) {
                table[hole] = table[slot];
                hole = slot;
            }
            slot = (slot + 1) & mask;
        }
        table[hole] = EMPTY;
    }

    private void pushFront(int e) {
        prev[e] = -1;
        next[e] = head;
        if (head >= 0) {
            prev[head] = e;
        }
        head = e;
        if (tail < 0) {
            tail = e;
        }
    }

    private void unlink(int e) {
        if (prev[e] >= 0) {
            next[prev[e]] = next[e];
        } else {
            head = next[e];
        }
        if (next[e] >= 0) {
            prev[next[e]] = prev[e];
        } else {
            tail = prev[e];
        }
    }

    /** Copies every entry into another store (for an isolated copy of the simulation). */
    void copyInto(CacheStore other) {
        int[] order = new int[size];
        int n = 0;
        for (int e = tail; e >= 0; e = prev[e]) {
            order[n++] = e;
        }
        for (int i = 0; i < n; i++) {
            other.put(keys[order[i]], expiry[order[i]]);
        }
        Arrays.fill(order, 0);
    }
}
