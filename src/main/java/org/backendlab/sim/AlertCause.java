package org.backendlab.sim;

/** Which threshold of a monitoring node a watched node crossed. */
public enum AlertCause {
    CPU,
    P95_LATENCY,
    ERROR_RATE
}
