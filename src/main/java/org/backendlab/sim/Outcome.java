package org.backendlab.sim;

/** Where a request stands: still travelling, answered, or failed. */
public enum Outcome {
    IN_FLIGHT,
    COMPLETED,
    FAILED
}
