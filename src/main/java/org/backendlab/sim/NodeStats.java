package org.backendlab.sim;

import java.util.Map;

/**
 * Measures of one node over a span of simulated time ({@code seconds}: the sliding window or the whole
 * run). Utilization is CPU (busy cores / running cores, 0-1); threadsBusy, queueLength and inSystem are
 * time averages (summed over instances); latencies are the time a call spent at this node, in ms
 * (NaN when nothing completed). {@code errors} counts failures that happened at this node, by cause;
 * {@code downstreamFailures} counts calls this node failed because a call it made failed further on;
 * {@code waited} counts arrivals that found every thread busy and queued; cache fields are 0 / NaN for nodes that are not caches.
 */
public record NodeStats(double seconds, double utilization, double threadsBusy, double queueLength,
                        double inSystem, long arrived, long waited, long completed, double throughput,
                        double meanLatencyMs, double p50LatencyMs, double p95LatencyMs, double p99LatencyMs,
                        long dropped, long timeouts, long downstreamFailures, Map<ReasonCode, Long> errors,
                        long cacheHits, long cacheMisses) {

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

    public long failed() {
        return errors.values().stream().mapToLong(Long::longValue).sum();
    }
}
