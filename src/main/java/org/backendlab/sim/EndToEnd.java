package org.backendlab.sim;

import java.util.Map;

/**
 * Requests as clients see them over a span ({@code seconds}): started, completed, failed by cause,
 * completions per second and end-to-end latency in ms (NaN when none completed).
 */
public record EndToEnd(double seconds, long started, long completed, long failed, Map<ReasonCode, Long> failures,
                       double throughput, double meanLatencyMs, double p50LatencyMs, double p95LatencyMs,
                       double p99LatencyMs) {

    public EndToEnd {
        java.util.EnumMap<ReasonCode, Long> copy = new java.util.EnumMap<>(ReasonCode.class);
        copy.putAll(failures);
        failures = java.util.Collections.unmodifiableMap(copy);
    }

    /** Failed / (completed + failed), 0 when nothing finished. */
    public double errorRate() {
        long done = completed + failed;
        return done == 0 ? 0 : (double) failed / done;
    }
}
