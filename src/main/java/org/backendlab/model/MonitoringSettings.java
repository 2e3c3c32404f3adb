package org.backendlab.model;

/**
 * Alert thresholds of a monitoring node: CPU (0-1), p95 latency (ms) and error share (0-1) that raise an
 * alert once held for {@code holdSeconds}.
 */
public record MonitoringSettings(double cpuAlert, double p95AlertMs, double errorRateAlert, double holdSeconds) {

    public static MonitoringSettings defaults() {
        return new MonitoringSettings(0.8, 1000, 0.05, 10);
    }
}
