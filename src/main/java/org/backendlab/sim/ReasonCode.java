package org.backendlab.sim;

/** Why a request (or one call of it) failed; the UI turns the code and its values into a sentence. */
public enum ReasonCode {
    /** The instance's queue was full: {@code limit} = queue length. */
    QUEUE_FULL,
    /** The request stayed longer than the node's timeout: {@code limit} = timeout in ms. */
    TIMEOUT,
    /** The node (or every instance behind a load balancer) was down. */
    NODE_DOWN,
    /** A firewall rule refused the call: {@code node} = firewall, {@code rule} = 1-based index. */
    REFUSED,
    /** No calls path leads from {@code origin} to a node of kind {@code need}. */
    NO_ROUTE
}
