package org.backendlab.sim;

/**
 * Latencies over the whole run and over the sliding window: per-second buckets feed a running window
 * histogram, and the oldest bucket is subtracted when the window moves on.
 */
final class WindowedLatency {

    private final LatencyHistogram total = new LatencyHistogram();
    private final LatencyHistogram window = new LatencyHistogram();
    private final LatencyHistogram[] buckets;
    private int current;

    WindowedLatency(int windowTicks) {
        buckets = new LatencyHistogram[windowTicks + 1];
        for (int i = 0; i < buckets.length; i++) {
            buckets[i] = new LatencyHistogram();
        }
    }

    void record(double seconds) {
        total.recordSeconds(seconds);
        window.recordSeconds(seconds);
        buckets[current].recordSeconds(seconds);
    }

    /** Called once per tick: the oldest second leaves the window. */
    void tick() {
        current = (current + 1) % buckets.length;
        window.subtract(buckets[current]);
        buckets[current].clear();
    }

    /** The whole-run histogram starts afresh (after a warm-up). */
    void restartTotal() {
        total.clear();
    }

    LatencyHistogram total() {
        return total;
    }

    LatencyHistogram window() {
        return window;
    }
}
