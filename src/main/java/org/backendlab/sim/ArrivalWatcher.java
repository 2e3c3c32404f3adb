package org.backendlab.sim;

/** Sees each client arrival with the draws it carries (tests that two designs get the same requests). */
@FunctionalInterface
interface ArrivalWatcher {

    /** {@code work} is reused by the engine: copy it to keep it. */
    void arrived(String client, double time, int kind, double keyDraw, double[] work);
}
