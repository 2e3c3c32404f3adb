package org.backendlab.sim;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.backendlab.model.RequestKind;

/**
 * An immutable picture of the simulation at one simulated time: every node's metrics (in diagram order),
 * end-to-end figures (all requests and per request kind, over the sliding window and the whole run), the
 * cost per hour of running instances, recent autoscaler decisions, active alerts and the bottleneck.
 * {@code shedRequests}: arrivals the engine did not start because its in-flight limit was reached
 * (absurd loads only; 0 in any sensible run; see docs/model.md "Limits").
 */
public record MetricsSnapshot(double time, double windowSeconds, Map<String, NodeMetrics> nodes,
                              EndToEnd window, EndToEnd total,
                              Map<RequestKind, EndToEnd> windowByKind, Map<RequestKind, EndToEnd> totalByKind,
                              double costPerHour, List<ScalingEvent> scalingEvents, List<Alert> alerts,
                              Optional<Bottleneck> bottleneck, long shedRequests) {

    public NodeMetrics node(String id) {
        NodeMetrics metrics = nodes.get(id);
        if (metrics == null) {
            throw new IllegalArgumentException("no node " + id);
        }
        return metrics;
    }
}
