package org.backendlab.sim;

/**
 * The node that limits the backend, why, and the values behind it (over the sliding window).
 * {@code symptomNode} is where the problem shows (e.g. the API server whose threads are all busy) and
 * may differ from {@code node}, where the cause is (e.g. the slow database).
 */
public record Bottleneck(String node, BottleneckCause cause, String symptomNode, double utilization,
                         double threadsBusyShare, double queueLength, long dropped, long timeouts) {
}
