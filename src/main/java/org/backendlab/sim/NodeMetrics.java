package org.backendlab.sim;

import org.backendlab.model.NodeKind;

/**
 * One node in a metrics snapshot: its run-time state now (down, instances running and booting, threads
 * busy and queue length at this instant, cost per hour of the running instances) and its measures over
 * the sliding window and over the whole run.
 */
public record NodeMetrics(String id, NodeKind kind, boolean down, int runningInstances, int bootingInstances,
                          int coresTotal, int threadsTotal, int threadsBusyNow, int queueNow,
                          double costPerHour, NodeStats window, NodeStats total) {

    /** CPU utilisation (0-1) over the sliding window. */
    public double utilization() {
        return window.utilization();
    }

    /** Share of threads busy over the sliding window (0-1), 0 when the node has no threads. */
    public double threadsBusyShare() {
        return threadsTotal == 0 ? 0 : window.threadsBusy() / threadsTotal;
    }
}
