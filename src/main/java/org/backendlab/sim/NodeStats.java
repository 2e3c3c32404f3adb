package org.backendlab.sim;

import java.util.Map;

/**
 * Measures of one node over a span of simulated time ({@code seconds}: the sliding window or the whole
 * run). Utilization is CPU (busy cores / running cores, 0-1); threadsBusy, queueLength and inSystem are
 * time averages (summed over instances); latencies are the time a call spent at this node, in ms
 * (NaN when nothing completed).
 *
 * <p>Counts of calls at this node:
 * <ul>
 * <li>{@code arrived}: calls it took in (given a thread, queued or dropped because the queue was full);
 *     {@code turnedAway}: calls failed at its door (it was down, or, for a firewall, a rule refused them).
 *     Their sum is what came to the node: {@link #arrivalsPerSecond()} (the offered load, "requests/s").
 * <li>{@code completed}: calls it answered successfully; {@link #completionsPerSecond()} (= {@code throughput}).
 * <li>{@code errors}: failures recorded at this node, by cause (drops, timeouts, down, refused; NO_ROUTE
 *     is recorded at the node that found no path onward); {@code downstreamFailures}: calls this node
 *     failed because a call it made failed further on (e.g. the database was down).
 * <li>{@link #failedHere()} and {@link #errorShare()}: THE error figure of a node, used by monitoring
 *     alerts and meant for every gauge and chart: of the calls that came to this node and ended, the share
 *     that ended in failure while the node held them, whether the node failed them itself or a call it made
 *     failed.
 * </ul>
 * {@code waited} counts arrivals that found every thread busy and queued; cache fields are 0 / NaN for
 * nodes that are not caches.
 *
 * <p>These are figures of the whole node (all its instances together); per-instance arrivals and CPU are in
 * {@link NodeMetrics#instances()}.
 */
public record NodeStats(double seconds, double utilization, double threadsBusy, double queueLength,
                        double inSystem, long arrived, long waited, long completed, double throughput,
                        double meanLatencyMs, double p50LatencyMs, double p95LatencyMs, double p99LatencyMs,
                        long dropped, long timeouts, long downstreamFailures, Map<ReasonCode, Long> errors,
                        long cacheHits, long cacheMisses, long turnedAway) {

    public NodeStats {
        java.util.EnumMap<ReasonCode, Long> copy = new java.util.EnumMap<>(ReasonCode.class);
        copy.putAll(errors);
        errors = java.util.Collections.unmodifiableMap(copy);
    }

    /** Hits / (hits + misses), NaN when the cache answered nothing. */
    public double cacheHitRatio() {
        long lookups = cacheHits + cacheMisses;
        return lookups == 0 ? Double.NaN : (double) cacheHits / lookups;
    }

    public long errors(ReasonCode code) {
        return errors.getOrDefault(code, 0L);
    }

    /** Every failure recorded at this node, by any cause (see {@link #failedHere()} for the error figure). */
    public long failed() {
        return errors.values().stream().mapToLong(Long::longValue).sum();
    }

    /**
     * Calls that came to this node and ended in failure there: dropped, timed out, down, refused, or failed
     * because a call this node made failed. (A NO_ROUTE recorded here is the node's own call finding no
     * path; the call it was serving is counted once, as a downstream failure.)
     */
    public long failedHere() {
        return failed() - errors(ReasonCode.NO_ROUTE) + downstreamFailures;
    }

    /**
     * Of the calls that came to this node and ended (answered or failed), the share that failed while the
     * node held them: {@code failedHere / (completed + failedHere)}, 0-1, 0 when none ended. Monitoring's
     * error-rate alert compares exactly this (over the window) with its threshold.
     */
    public double errorShare() {
        long bad = failedHere();
        long done = completed + bad;
        return done == 0 ? 0 : (double) bad / done;
    }

    /** Calls that came to this node per second, taken in or turned away: the offered load. */
    public double arrivalsPerSecond() {
        return seconds > 0 ? (arrived + turnedAway) / seconds : 0;
    }

    /** Calls this node answered successfully per second (the same as {@code throughput}). */
    public double completionsPerSecond() {
        return throughput;
    }
}
