package org.backendlab.sim;

import java.util.Arrays;

/**
 * A fixed set of cumulative measures (counts and time integrals) plus their values at recent ticks, so
 * that any measure over the sliding window is "now minus then". The window starts at the tick
 * {@code windowTicks} ticks ago (or at the start), matching {@link WindowedLatency}.
 */
final class Tally {

    double[] now;
    private final double[][] atTick;
    private final double[] tickTimes;
    private int ticks;
    final double start;

    Tally(int measures, int windowTicks, double start) {
        this.start = start;
        now = new double[measures];
        atTick = new double[windowTicks + 1][measures];
        tickTimes = new double[windowTicks + 1];
        tick(start);
    }

    /** Remembers the current values at a tick time. */
    void tick(double time) {
        int slot = ticks % atTick.length;
        System.arraycopy(now, 0, atTick[slot], 0, now.length);
        tickTimes[slot] = time;
        ticks++;
    }

    private int oldest() {
        return ticks < atTick.length ? 0 : ticks % atTick.length;
    }

    double windowStart() {
        return tickTimes[oldest()];
    }

    /** Makes room for more measures (new ones start at zero, now and at every tick); never shrinks. */
    void grow(int measures) {
        if (measures <= now.length) {
            return;
        }
        now = Arrays.copyOf(now, measures);
        for (int t = 0; t < atTick.length; t++) {
            atTick[t] = Arrays.copyOf(atTick[t], measures);
        }
    }

    double windowValue(int measure) {
        return now[measure] - atTick[oldest()][measure];
    }
}
