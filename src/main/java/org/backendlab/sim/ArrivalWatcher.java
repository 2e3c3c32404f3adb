package org.backendlab.sim;

/** Sees each client arrival with what it carries (tests that two designs get the same requests). */
@FunctionalInterface
interface ArrivalWatcher {

    /** {@code requestSeed} determines the request's key and work draws ({@link Requests#uniform}). */
    void arrived(String client, double time, int kind, long requestSeed);
}
