package org.backendlab.sim;

import java.util.EnumMap;
import java.util.Map;

/**
 * The running measures of one node: counts, time integrals of busy cores, running cores, busy threads
 * and queue length (advanced on every change of those levels), and latencies at the node.
 */
final class NodeCounters {

    static final int WINDOW_TICKS = 10;
    static final int ARRIVED = 0;
    static final int COMPLETED = 1;
    static final int DROPPED = 2;
    static final int TIMEOUTS = 3;
    static final int DOWNSTREAM_FAILED = 4;
    static final int LATENCY_SUM = 5;
    static final int HITS = 6;
    static final int MISSES = 7;
    static final int CORE_BUSY_AREA = 8;
    static final int CORE_CAP_AREA = 9;
    static final int THREAD_AREA = 10;
    static final int QUEUE_AREA = 11;
    static final int WAITED = 12;
    /** Calls that came to the node and were failed at its door (it was down, a firewall refused). */
    static final int TURNED_AWAY = 13;
    static final int ERRORS = 14;
    private static final ReasonCode[] CODES = ReasonCode.values();

    final Tally tally;
    final double[] v;
    final WindowedLatency latency = new WindowedLatency(WINDOW_TICKS);
    int coresBusy;
    int coresCap;
    int threadsBusy;
    int queued;
    private double last;

    NodeCounters(double start) {
        tally = new Tally(ERRORS + CODES.length, WINDOW_TICKS, start);
        v = tally.now;
        last = start;
    }

    /** Adds the time since the last change to the integrals; call before changing a level. */
    void touch(double now) {
        double dt = now - last;
        if (dt > 0) {
            v[CORE_BUSY_AREA] += coresBusy * dt;
            v[CORE_CAP_AREA] += coresCap * dt;
            v[THREAD_AREA] += threadsBusy * dt;
            v[QUEUE_AREA] += queued * dt;
            last = now;
        }
    }

    void error(ReasonCode code) {
        v[ERRORS + code.ordinal()]++;
    }

    void completed(double latencySeconds) {
        v[COMPLETED]++;
        v[LATENCY_SUM] += latencySeconds;
        latency.record(latencySeconds);
    }

    void restartTotals(double now) {
        touch(now);
        tally.restartTotals(now);
        latency.restartTotal();
    }

    void tick(double now) {
        touch(now);
        tally.tick(now);
        latency.tick();
    }

    NodeStats window(double now) {
        touch(now);
        return stats(now - tally.windowStart(), false);
    }

    NodeStats total(double now) {
        touch(now);
        return stats(now - tally.totalStart, true);
    }

    private double value(int measure, boolean total) {
        return total ? tally.totalValue(measure) : tally.windowValue(measure);
    }

    private NodeStats stats(double seconds, boolean total) {
        double[] percentiles = (total ? latency.total() : latency.window()).standardPercentilesMs();
        Map<ReasonCode, Long> errors = new EnumMap<>(ReasonCode.class);
        for (ReasonCode code : CODES) {
            long n = Math.round(value(ERRORS + code.ordinal(), total));
            if (n > 0) {
                errors.put(code, n);
            }
        }
        double span = seconds > 0 ? seconds : Double.NaN;
        double cap = value(CORE_CAP_AREA, total);
        long completed = Math.round(value(COMPLETED, total));
        return new NodeStats(seconds,
                cap > 0 ? value(CORE_BUSY_AREA, total) / cap : 0,
                seconds > 0 ? value(THREAD_AREA, total) / span : threadsBusy,
                seconds > 0 ? value(QUEUE_AREA, total) / span : queued,
                seconds > 0 ? (value(THREAD_AREA, total) + value(QUEUE_AREA, total)) / span : threadsBusy + queued,
                Math.round(value(ARRIVED, total)), Math.round(value(WAITED, total)), completed,
                seconds > 0 ? completed / span : 0,
                completed > 0 ? value(LATENCY_SUM, total) * 1000.0 / completed : Double.NaN,
                percentiles[0], percentiles[1], percentiles[2],
                Math.round(value(DROPPED, total)), Math.round(value(TIMEOUTS, total)),
                Math.round(value(DOWNSTREAM_FAILED, total)), errors,
                Math.round(value(HITS, total)), Math.round(value(MISSES, total)),
                Math.round(value(TURNED_AWAY, total)));
    }
}
