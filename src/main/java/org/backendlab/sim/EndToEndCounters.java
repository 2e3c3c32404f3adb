package org.backendlab.sim;

import java.util.EnumMap;
import java.util.Map;

/** Running end-to-end measures of the requests of one kind (or of all kinds): started, finished, latency. */
final class EndToEndCounters {

    private static final int STARTED = 0;
    private static final int COMPLETED = 1;
    private static final int FAILED = 2;
    private static final int LATENCY_SUM = 3;
    private static final int FAILURES = 4;
    private static final ReasonCode[] CODES = ReasonCode.values();

    private final Tally tally;
    private final double[] v;
    private final WindowedLatency latency = new WindowedLatency(NodeCounters.WINDOW_TICKS);

    EndToEndCounters(double start) {
        tally = new Tally(FAILURES + CODES.length, NodeCounters.WINDOW_TICKS, start);
        v = tally.now;
    }

    void started() {
        v[STARTED]++;
    }

    void completed(double latencySeconds) {
        v[COMPLETED]++;
        v[LATENCY_SUM] += latencySeconds;
        latency.record(latencySeconds);
    }

    void failed(ReasonCode code) {
        v[FAILED]++;
        v[FAILURES + code.ordinal()]++;
    }

    long startedCount() {
        return Math.round(tally.totalValue(STARTED));
    }

    long completedCount() {
        return Math.round(tally.totalValue(COMPLETED));
    }

    long failedCount() {
        return Math.round(tally.totalValue(FAILED));
    }

    void restartTotals(double now) {
        tally.restartTotals(now);
        latency.restartTotal();
    }

    LatencyHistogram totalLatency() {
        return latency.total();
    }

    void tick(double now) {
        tally.tick(now);
        latency.tick();
    }

    EndToEnd window(double now) {
        return stats(now - tally.windowStart(), false);
    }

    EndToEnd total(double now) {
        return stats(now - tally.totalStart, true);
    }

    private double value(int measure, boolean total) {
        return total ? tally.totalValue(measure) : tally.windowValue(measure);
    }

    private EndToEnd stats(double seconds, boolean total) {
        double[] percentiles = (total ? latency.total() : latency.window()).standardPercentilesMs();
        Map<ReasonCode, Long> failures = new EnumMap<>(ReasonCode.class);
        for (ReasonCode code : CODES) {
            long n = Math.round(value(FAILURES + code.ordinal(), total));
            if (n > 0) {
                failures.put(code, n);
            }
        }
        long completed = Math.round(value(COMPLETED, total));
        return new EndToEnd(seconds, Math.round(value(STARTED, total)), completed,
                Math.round(value(FAILED, total)), failures, seconds > 0 ? completed / seconds : 0,
                completed > 0 ? value(LATENCY_SUM, total) * 1000.0 / completed : Double.NaN,
                percentiles[0], percentiles[1], percentiles[2]);
    }
}
