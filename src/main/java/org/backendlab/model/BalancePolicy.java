package org.backendlab.model;

/** How a load balancer picks the instance for the next request. */
public enum BalancePolicy {
    ROUND_ROBIN,
    LEAST_CONNECTIONS,
    RANDOM
}
