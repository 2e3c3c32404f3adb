package org.backendlab.sim;

/**
 * Counts latencies in log-spaced buckets (microseconds, 128 sub-buckets per power of two, so any
 * reported percentile is within 0.4% of the true value); adding, subtracting and clearing keep the
 * sliding window cheap.
 */
final class LatencyHistogram {

    private static final int SUB = 128;
    private static final int SIZE = 36 * SUB;
    /** Allocated on first use and grown to the highest bucket used: many histograms record little or nothing. */
    private long[] counts;
    private long total;
    private int highest = -1;

    void recordSeconds(double seconds) {
        long us = (long) (seconds * 1e6);
        int index = index(us < 0 ? 0 : us);
        fit(index);
        counts[index]++;
        total++;
        if (index > highest) {
            highest = index;
        }
    }

    /**
     * Makes room up to bucket {@code index}, growing by doubling: a node that only ever records short
     * times (a firewall or load balancer passes calls on in no time) keeps a few hundred bytes per
     * histogram instead of 36 KB, which matters for long chains of such nodes.
     */
    private void fit(int index) {
        if (counts == null || index >= counts.length) {
            int size = Math.min(SIZE, Math.max(64, Integer.highestOneBit(Math.max(1, index)) << 1));
            counts = counts == null ? new long[size] : java.util.Arrays.copyOf(counts, size);
        }
    }

    static int index(long us) {
        if (us < 2 * SUB) {
            return (int) us;
        }
        int shift = 63 - Long.numberOfLeadingZeros(us) - 7;
        int index = (shift + 1) * SUB + (int) (us >>> shift) - SUB;
        return Math.min(index, SIZE - 1);
    }

    /** Middle of a bucket, in microseconds. */
    static double middle(int index) {
        if (index < 2 * SUB) {
            return index + 0.5;
        }
        int shift = index / SUB - 1;
        long low = (long) (index % SUB + SUB) << shift;
        return low + (1L << shift) / 2.0;
    }

    long total() {
        return total;
    }

    /** The p-quantile (0-1) in milliseconds, NaN when empty. */
    double percentileMs(double p) {
        if (total == 0) {
            return Double.NaN;
        }
        long rank = Math.max(1, (long) Math.ceil(p * total));
        long seen = 0;
        for (int i = 0; i <= highest; i++) {
            seen += counts[i];
            if (seen >= rank) {
                return middle(i) / 1000.0;
            }
        }
        return middle(highest) / 1000.0;
    }

    /** p50, p95 and p99 in milliseconds in one pass (NaN when empty). */
    double[] standardPercentilesMs() {
        double[] out = {Double.NaN, Double.NaN, Double.NaN};
        if (total == 0) {
            return out;
        }
        long[] ranks = {rank(0.50), rank(0.95), rank(0.99)};
        long seen = 0;
        int next = 0;
        for (int i = 0; i <= highest && next < 3; i++) {
            seen += counts[i];
            while (next < 3 && seen >= ranks[next]) {
                out[next++] = middle(i) / 1000.0;
            }
        }
        while (next < 3) {
            out[next++] = middle(highest) / 1000.0;
        }
        return out;
    }

    private long rank(double p) {
        return Math.max(1, (long) Math.ceil(p * total));
    }

    void add(LatencyHistogram other) {
        if (other.total == 0) {
            return;
        }
        fit(other.highest);
        for (int i = 0; i <= other.highest; i++) {
            counts[i] += other.counts[i];
        }
        total += other.total;
        highest = Math.max(highest, other.highest);
    }

    void subtract(LatencyHistogram other) {
        if (other.total == 0) {
            return;
        }
        fit(other.highest);
        for (int i = 0; i <= other.highest; i++) {
            counts[i] -= other.counts[i];
        }
        total -= other.total;
    }

    void clear() {
        if (counts == null) {
            return;
        }
        for (int i = 0; i <= highest; i++) {
            counts[i] = 0;
        }
        total = 0;
        highest = -1;
    }
}
