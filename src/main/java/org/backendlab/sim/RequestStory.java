package org.backendlab.sim;

import java.util.List;
import org.backendlab.model.RequestKind;

/**
 * The hop-by-hop story of one request: its kind, the client that sent it, its steps in time order, its
 * outcome and, when it failed, why. Used both for "send one request" and for animated sampled traffic.
 */
public record RequestStory(long id, RequestKind kind, String client, double start, double end,
                           List<Step> steps, Outcome outcome, Failure failure) {

    public RequestStory {
        steps = List.copyOf(steps);
    }

    /** End-to-end latency in milliseconds, or NaN while in flight. */
    public double latencyMs() {
        return outcome == Outcome.IN_FLIGHT ? Double.NaN : (end - start) * 1000.0;
    }

    /** True when some step happened at the node (the request reached or passed it). */
    public boolean visited(String nodeId) {
        return steps.stream().anyMatch(s -> s.kind() == StepKind.ARRIVE && nodeId.equals(s.node())
                || s.kind() == StepKind.TRAVEL && nodeId.equals(s.peer()));
    }
}
