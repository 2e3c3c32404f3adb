package org.backendlab.sim;

import java.util.List;
import org.backendlab.model.NodeKind;

/**
 * One node in a metrics snapshot: its run-time state now (down, instances running and booting, threads
 * busy and queue length at this instant, cost per hour of the running instances) and its measures over
 * the sliding window and over the whole run.
 *
 * <p>{@code instances}: for a server node, one entry per existing instance (running, booting or
 * draining; slot order, numbered from 1) with its own arrivals per second and CPU utilisation over the
 * window and its calls held now ({@link InstanceMetrics}); empty for other nodes. The count follows
 * scaling live. The instances' arrivals add up to the node's {@code window.arrived()}, except for calls
 * taken in by an instance that has gone since.
 */
public record NodeMetrics(String id, NodeKind kind, boolean down, int runningInstances, int bootingInstances,
                          int coresTotal, int threadsTotal, int threadsBusyNow, int queueNow,
                          double costPerHour, NodeStats window, NodeStats total, List<InstanceMetrics> instances) {

    public NodeMetrics {
        instances = List.copyOf(instances);
    }

    /** CPU utilisation (0-1) over the sliding window. */
    public double utilization() {
        return window.utilization();
    }

    /** Share of threads busy over the sliding window (0-1), 0 when the node has no threads. */
    public double threadsBusyShare() {
        return threadsTotal == 0 ? 0 : window.threadsBusy() / threadsTotal;
    }
}
