package org.backendlab.sim;

import org.backendlab.model.NodeKind;

/**
 * A structured reason a request failed: the code, the node where it happened, and the values that
 * explain it. Fields that do not apply to the code are null or 0, e.g.
 * {@code QUEUE_FULL(node=db-1, limit=50)}, {@code REFUSED(node=fw-1, rule=3, origin=client-1, destination=db-1)},
 * {@code NO_ROUTE(node=client-1, need=DATABASE)}, {@code TIMEOUT(node=api-1, limit=5000)}.
 */
public record Failure(ReasonCode code, String node, NodeKind need, int rule,
                      String origin, String destination, double limit) {

    static Failure queueFull(String node, int queue) {
        return new Failure(ReasonCode.QUEUE_FULL, node, null, 0, null, null, queue);
    }

    static Failure timeout(String node, double timeoutMs) {
        return new Failure(ReasonCode.TIMEOUT, node, null, 0, null, null, timeoutMs);
    }

    static Failure nodeDown(String node) {
        return new Failure(ReasonCode.NODE_DOWN, node, null, 0, null, null, 0);
    }

    static Failure refused(String firewall, int rule, String origin, String destination) {
        return new Failure(ReasonCode.REFUSED, firewall, null, rule, origin, destination, 0);
    }

    static Failure noRoute(String from, NodeKind need) {
        return new Failure(ReasonCode.NO_ROUTE, from, need, 0, null, null, 0);
    }
}
