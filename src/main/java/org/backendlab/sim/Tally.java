package org.backendlab.sim;

import java.util.Arrays;

/**
 * A fixed set of cumulative measures (counts and time integrals) plus their values at recent ticks, so
 * that any measure over the sliding window is "now minus then". The window starts at the tick
 * {@code windowTicks} ticks ago (or at the start), matching {@link WindowedLatency}. Totals count from
 * {@link #totalStart}, the start or the end of a warm-up ({@link #restartTotals}).
 */
final class Tally {

    double[] now;
    private final double[][] atTick;
    private final double[] tickTimes;
    private int ticks;
    final double start;
    /** Values at the time totals start from; zero unless a warm-up was dropped. */
    private double[] base;
    double totalStart;

    Tally(int measures, int windowTicks, double start) {
        this.start = start;
        this.totalStart = start;
        now = new double[measures];
        base = new double[measures];
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
        base = Arrays.copyOf(base, measures);
        for (int t = 0; t < atTick.length; t++) {
            atTick[t] = Arrays.copyOf(atTick[t], measures);
        }
    }

    /** Totals count from {@code time} on: what came before (a warm-up) is left out. */
    void restartTotals(double time) {
        System.arraycopy(now, 0, base, 0, now.length);
        totalStart = time;
    }

    /** A measure since the totals started. */
    double totalValue(int measure) {
        return now[measure] - base[measure];
    }

    double windowValue(int measure) {
        return now[measure] - atTick[oldest()][measure];
    }
}
